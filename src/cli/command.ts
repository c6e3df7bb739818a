import { Database } from "../db/database.js";
import { createDriver } from "../db/driver.js";
import { resolveNeo4jSettings } from "../db/settings.js";

/**
 * Runs `work` on the graph the commands use (NEO4J_URI, else the local "dev" instance, started
 * on demand) with the schema applied, and closes the connection after.
 */
export async function withGraph<T>(work: (db: Database) => Promise<T>): Promise<T> {
  const settings = await resolveNeo4jSettings({ instance: "dev" });
  const db = new Database(createDriver(settings), { database: settings.database });
  try {
    await db.applySchema();
    return await work(db);
  } finally {
    await db.close();
  }
}

/** Runs a command: its result is the exit status; an error is printed on one line, status 1. */
export async function runCommand(main: () => Promise<number>): Promise<void> {
  try {
    process.exitCode = await main();
  } catch (e) {
    process.stderr.write(`error: ${(e as Error).message}\n`);
    process.exitCode = 1;
  }
}
