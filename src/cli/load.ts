import { analyzeGraph } from "../analyze/analyze.js";
import { articlePaths, loadPaths } from "../load/load.js";
import { runCommand, withGraph } from "./command.js";

/**
 * `npm run load -- [--allow-skipped] [PATH...]`: loads article files or folders (default seeds/)
 * into the graph. Every file that could not be loaded is printed with its reason, and the exit
 * status is 1 when there was one (2 when nothing at all loaded), unless --allow-skipped (for
 * scheduled jobs that load what they can).
 */
async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((a) => a !== "--");
  const allowSkipped = args.includes("--allow-skipped");
  const unknown = args.filter((a) => a.startsWith("--") && a !== "--allow-skipped");
  if (unknown.length > 0) {
    process.stderr.write(`error: unknown option ${unknown.join(", ")}\n`);
    return 2;
  }
  const given = args.filter((a) => !a.startsWith("--"));
  const paths = given.length > 0 ? given : ["seeds"];
  return withGraph(async (db) => {
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
    for (const f of summary.replacedFiles)
      console.log(`replaced ${f}: its earlier facts were redrawn`);
    for (const s of summary.skipped) console.log(`skipped ${s.file}: ${s.reason}`);
    for (const w of summary.warnings) console.log(`warning ${w.file}: ${w.message}`);
    for (const d of summary.diagnostics) console.log(`note: ${d.message}`);
    if (summary.skipped.length === 0 || allowSkipped) return 0;
    process.stderr.write(
      `${summary.skipped.length} of ${summary.articles} files were not loaded (--allow-skipped to exit 0 all the same)\n`,
    );
    return summary.skipped.length === summary.articles ? 2 : 1;
  });
}

await runCommand(main);
