/**
 * Helpers for integration test files. Files run one at a time against one shared database, so
 * each file clears what it needs before it starts instead of relying on what others left.
 */
import { inject } from "vitest";
import { createDriver, type Driver } from "../../../src/db/driver.js";
import type { Neo4jSettings } from "../../../src/db/local-server.js";

/** The settings of the test database, as chosen by global-setup.ts. */
export function testSettings(): Neo4jSettings {
  return inject("neo4j");
}

/** A new driver for the test database; close it in afterAll. */
export function getTestDriver(): Driver {
  return createDriver(testSettings());
}

/** Deletes every node and relationship. Indexes and constraints stay. */
export async function clearDatabase(
  driver: Driver,
  database = testSettings().database,
): Promise<void> {
  await driver.executeQuery("MATCH (n) DETACH DELETE n", {}, { database });
}
