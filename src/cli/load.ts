import { analyzeGraph } from "../analyze/analyze.js";
import { Database } from "../db/database.js";
import { createDriver } from "../db/driver.js";
import { resolveNeo4jSettings } from "../db/settings.js";
import { articlePaths, loadPaths } from "../load/load.js";

/** `npm run load -- [PATH...]`: loads article files or folders (default seeds/) into the graph. */
async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((a) => a !== "--");
  const paths = args.length > 0 ? args : ["seeds"];
  const settings = await resolveNeo4jSettings({ instance: "dev" });
  const db = new Database(createDriver(settings), { database: settings.database });
  try {
    await db.applySchema();
    const total = (await articlePaths(paths)).length;
    const bar = process.stderr.isTTY && total >= 50;
    const started = Date.now();
    const summary = await loadPaths(db, paths, {
      onProgress: (done, all) => {
        if (!bar) return;
        const width = 30;
        const filled = Math.round((done / all) * width);
        process.stderr.write(
          `\r[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${all}`,
        );
      },
    });
    if (bar) process.stderr.write("\n");
    const secs = (Date.now() - started) / 1000;
    console.log(
      `articles:   ${summary.articles} (loaded ${summary.loaded}, unchanged ${summary.unchanged}, replaced ${summary.replaced}, skipped ${summary.skipped.length})`,
    );
    console.log(`persons:    ${summary.persons.created} created, ${summary.persons.merged} merged`);
    console.log(
      `events:     ${summary.events.created} created, ${summary.events.merged} merged into existing`,
    );
    console.log(
      `agreements: ${summary.agreements.created} created, ${summary.agreements.merged} merged into existing`,
    );
    console.log(`time:       ${secs.toFixed(2)} s`);
    // The network changed: the metrics the explorer and people(orderBy: CENTRALITY) read follow.
    const a = await analyzeGraph(db);
    console.log(`analysis:   ${a.persons} persons, ${a.communities} communities`);
    for (const s of summary.skipped) console.log(`skipped ${s.file}: ${s.reason}`);
    for (const d of summary.diagnostics) console.log(`note: ${d.message}`);
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
