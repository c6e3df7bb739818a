import { Database } from "../../../src/db/database.js";
import { type LoadSummary, loadPaths } from "../../../src/load/load.js";
import { clearDatabase, getTestDriver } from "./db.js";

export const SEEDS = new URL("../../../seeds/", import.meta.url).pathname;
/** The annotation's dates without a year are read as of this day. */
export const SEED_CLOCK = new Date("2026-11-23T00:00:00Z");

export function testDatabase(options: ConstructorParameters<typeof Database>[1] = {}): Database {
  return new Database(getTestDriver(), options);
}

/** Empties the test database, applies the schema and loads seeds/. */
export async function loadSeeds(db: Database): Promise<LoadSummary> {
  await clearDatabase(db.driver);
  await db.applySchema();
  return loadPaths(db, [SEEDS], { now: SEED_CLOCK });
}
