import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { evaluateReal } from "../evaluate/real.js";
import { formatRealReport } from "../evaluate/real-report.js";
import { evaluateSeeds, HOLDOUT_DIR, SEEDS_DIR, UNSEEN_DIR } from "../evaluate/seeds.js";

/**
 * `npm run eval`: precision, recall and F1 of extraction on the annotated seed articles;
 * `-- --unseen` and `-- --holdout` on the two sets of hand-written articles beyond the seeds;
 * `-- --real DIR [--gold DIR] [--from N] [--to N] [--types CALL,MEETING] [--quiet]` on real news
 * annotated one file per article, with each missed and each spurious event and its sentence.
 */
const args = process.argv.slice(2).filter((a) => a !== "--");
const flag = (name: string) => args.includes(name);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const json = flag("--json");

const realDir = option("--real");
if (realDir !== undefined) {
  const goldDir = resolve(option("--gold") ?? "../shared/eval/real/gold");
  const from = option("--from");
  const to = option("--to");
  const types = option("--types");
  const result = await evaluateReal({
    dir: resolve(realDir),
    goldDir,
    ...(from ? { from: Number(from) } : {}),
    ...(to ? { to: Number(to) } : {}),
    ...(types ? { types: new Set(types.split(",").map((t) => t.trim().toUpperCase())) } : {}),
  });
  if (json) process.stdout.write(`${JSON.stringify(result.report, null, 2)}\n`);
  else process.stdout.write(formatRealReport(result, { details: !flag("--quiet") }));
} else {
  const set = flag("--unseen") ? "unseen" : flag("--holdout") ? "holdout" : "seeds";
  const gold = JSON.parse(
    await readFile(new URL(`../../test/fixtures/${set}.gold.json`, import.meta.url), "utf8"),
  );
  // Dates without a year are read as of the day the annotations were written.
  const report = await evaluateSeeds(
    gold,
    new Date("2026-11-23T00:00:00Z"),
    set === "seeds" ? SEEDS_DIR : set === "unseen" ? UNSEEN_DIR : HOLDOUT_DIR,
  );
  if (json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else {
    const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
    const row = (
      name: string,
      s: { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number },
    ) =>
      `${name.padEnd(11)} P ${pct(s.precision).padStart(6)}  R ${pct(s.recall).padStart(6)}  F1 ${s.f1.toFixed(3)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
    console.log(row("persons", report.persons));
    console.log(row("events", report.events));
    console.log(row("agreements", report.agreements));
    console.log(
      `direction   ${report.direction.correct}/${report.direction.total} calls with the right caller`,
    );
    console.log(`dates       ${report.dates.exact}/${report.dates.total} gold dates exact`);
    if (report.personCountryErrors.length > 0)
      console.log(`country errors: ${report.personCountryErrors.join("; ")}`);
    if (report.misses.length > 0)
      console.log(`\nmisses and extras:\n  ${report.misses.join("\n  ")}`);
  }
}
