/**
 * `npm start`: the GraphQL API on PORT (default 4000). Connects to Neo4j (NEO4J_URI, or the local
 * "dev" instance, started on demand), applies the schema, loads seeds/ into an empty graph (or
 * again into one drawn under an older graph model), then listens. Stops cleanly on SIGINT and SIGTERM.
 */
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";
import { createApp } from "./app.js";
import { type AppConfig, AppConfigError, loadAppConfig } from "./config/app-config.js";
import { Database, DatabaseUnavailableError } from "./db/database.js";
import { createDriver } from "./db/driver.js";
import { resolveNeo4jSettings } from "./db/settings.js";
import { prepareGraph } from "./load/prepare.js";

const SEEDS = fileURLToPath(new URL("../seeds/", import.meta.url));
const RETRY_MS = 5_000;
const SHUTDOWN_GRACE_MS = 10_000;

function log(message: string): void {
  process.stdout.write(`${new Date().toISOString()} ${message}\n`);
}

function playgroundUrl(config: AppConfig): string {
  const local = ["127.0.0.1", "0.0.0.0", "::", "::1", "localhost"].includes(config.host);
  const host = local ? "localhost" : config.host.includes(":") ? `[${config.host}]` : config.host;
  return `http://${host}:${config.port}/graphql`;
}

/**
 * Prepares the database, retrying in the background while it is unreachable: the server keeps
 * answering /health, /ready says 503 and queries fail with DATABASE_UNAVAILABLE meanwhile.
 */
function prepareWhenReachable(db: Database, stopped: () => boolean): void {
  prepareGraph(db, SEEDS, log).catch((e: unknown) => {
    if (stopped()) return;
    if (e instanceof DatabaseUnavailableError) {
      log(`Neo4j is unreachable; retrying in ${RETRY_MS / 1000} s`);
      setTimeout(() => prepareWhenReachable(db, stopped), RETRY_MS).unref();
      return;
    }
    log(`error: preparing the database failed: ${(e as Error).message}`);
    process.exitCode = 1;
    process.kill(process.pid, "SIGTERM");
  });
}

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadAppConfig();
  } catch (e) {
    if (!(e instanceof AppConfigError)) throw e;
    process.stderr.write(`${e.message}\n`);
    process.exitCode = 1;
    return;
  }

  const settings = await resolveNeo4jSettings({ instance: "dev", log });
  const driver = createDriver(settings, {
    // Fail a request within seconds while Neo4j is away, rather than retrying for 30 s.
    maxTransactionRetryTime: 5_000,
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
  });
  const db = new Database(driver, { database: settings.database });
  let stopping = false;
  prepareWhenReachable(db, () => stopping);

  const app = createApp({ db, config });
  const server = createServer(app);

  const shutdown = (signal: string) => {
    if (stopping) {
      log(`${signal} again: exiting now`);
      process.exit(process.exitCode ?? 1);
    }
    stopping = true;
    log(`${signal}: shutting down`);
    const force = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS).unref();
    server.close(() => {
      clearTimeout(force);
      db.close().then(
        () => log("stopped"),
        (e: unknown) => log(`error closing the database driver: ${(e as Error).message}`),
      );
    });
    server.closeIdleConnections();
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));

  server.on("error", (e: NodeJS.ErrnoException) => {
    log(
      e.code === "EADDRINUSE"
        ? `error: port ${config.port} on ${config.host} is in use (set PORT)`
        : `error: ${e.message}`,
    );
    process.exitCode = 1;
    void db.close();
  });
  server.listen(config.port, config.host, () => {
    log(`Neo4j: ${settings.uri} (database ${settings.database})`);
    log(
      config.graphiql
        ? `GraphQL playground: ${playgroundUrl(config)}`
        : `GraphQL endpoint: ${playgroundUrl(config)}`,
    );
    log(`Network explorer: ${playgroundUrl(config).replace(/\/graphql$/, "/explore")}`);
  });
}

try {
  await main();
} catch (e) {
  process.stderr.write(`error: ${(e as Error).message}\n`);
  process.exitCode = 1;
}
