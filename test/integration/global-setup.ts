/**
 * Global setup of the integration project: finds the Neo4j server the tests run against and hands
 * its settings to the test files (read them with inject("neo4j"), or use support/db.ts).
 *
 * With NEO4J_URI set (plus NEO4J_PASSWORD etc.), that server is used and never stopped here.
 * Otherwise the local instance "test" (bolt://127.0.0.1:7688, data in .neo4j/test/) is started,
 * or reused when it already runs. Outside CI it is deliberately left running afterwards, so the
 * next test run starts in about a second instead of ten; stop it with
 * `npm run db:stop -- --instance test`. With CI set, an instance started here is stopped again.
 * The server is a detached process writing to a file, so it never keeps vitest from exiting.
 */
import type { TestProject } from "vitest/node";
import type { Neo4jSettings } from "../../src/db/local-server.js";
import { readNeo4jSettings } from "../../src/db/settings.js";

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: Neo4jSettings;
  }
}

const INSTANCE = "test";

/** NEO4J_TEST_PORT moves the local test instance off 7688 (.ci/run uses it when 7688 is taken). */
function testPort(): number | undefined {
  const raw = process.env.NEO4J_TEST_PORT?.trim();
  if (!raw) return undefined;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new Error(`NEO4J_TEST_PORT must be a port number, got "${raw}".`);
  }
  return port;
}

export default async function setup(
  project: TestProject,
): Promise<(() => Promise<void>) | undefined> {
  const configured = readNeo4jSettings();
  if (configured) {
    console.log(`integration tests use the Neo4j server at ${configured.uri} (NEO4J_URI)`);
    project.provide("neo4j", configured);
    return undefined;
  }

  const { localDatabaseStatus, startLocalDatabase, stopLocalDatabase } = await import(
    "../../src/db/local-server.js"
  );
  const port = testPort();
  const wasRunning = (await localDatabaseStatus({ instance: INSTANCE, port })).running;
  const settings = await startLocalDatabase({
    instance: INSTANCE,
    port,
    log: (msg) => console.log(msg),
  });
  console.log(`integration tests use the local Neo4j instance "${INSTANCE}" at ${settings.uri}`);
  project.provide("neo4j", settings);

  if (wasRunning || !process.env.CI) return undefined;
  return async () => {
    await stopLocalDatabase({ instance: INSTANCE, log: (msg) => console.log(msg) });
  };
}
