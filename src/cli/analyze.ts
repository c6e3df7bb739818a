import { analyzeGraph } from "../analyze/analyze.js";
import { Database } from "../db/database.js";
import { createDriver } from "../db/driver.js";
import { resolveNeo4jSettings } from "../db/settings.js";

/** `npm run analyze`: recomputes degree, PageRank and communities of persons in the graph. */
async function main(): Promise<number> {
  const settings = await resolveNeo4jSettings({ instance: "dev" });
  const db = new Database(createDriver(settings), { database: settings.database });
  try {
    await db.applySchema();
    const s = await analyzeGraph(db);
    const t = s.seconds;
    console.log(
      `analysed ${s.persons} persons, ${s.links} links: ${s.communities} communities (read ${t.read.toFixed(2)} s, compute ${t.compute.toFixed(2)} s, write ${t.write.toFixed(2)} s)`,
    );
    return 0;
  } finally {
    await db.close();
  }
}

try {
  process.exitCode = await main();
} catch (e) {
  process.stderr.write(`error: ${(e as Error).message}\n`);
  process.exitCode = 1;
}
