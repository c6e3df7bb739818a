import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { readArticle } from "../articles/read.js";
import { extractArticle } from "../extract/extract.js";
import type { Extraction } from "../extract/types.js";
import { type RealGoldArticle, type RealReport, scoreArticle, summarize } from "./real-score.js";

export interface RealEvalOptions {
  /** Folder of the article texts (NNN.txt with optional NNN.txt.meta.json). */
  readonly dir: string;
  /** Folder of the annotation (NNN.json). */
  readonly goldDir: string;
  /** Inclusive range of article numbers to score, e.g. 1–40. */
  readonly from?: number;
  readonly to?: number;
  readonly types?: ReadonlySet<string>;
}

export interface RealEvalResult {
  readonly report: RealReport;
  readonly extractions: ReadonlyMap<string, Extraction>;
  readonly gold: ReadonlyMap<string, RealGoldArticle>;
  /** Annotated articles whose text is not in `dir`. */
  readonly missingTexts: string[];
}

/** Extracts every annotated article found in `dir` and scores it as the reference scorer does. */
export async function evaluateReal(options: RealEvalOptions): Promise<RealEvalResult> {
  const goldFiles = (await readdir(options.goldDir)).filter((f) => /^\d+\.json$/.test(f)).sort();
  const texts = new Set(await readdir(options.dir));
  const gold = new Map<string, RealGoldArticle>();
  const extractions = new Map<string, Extraction>();
  const missingTexts: string[] = [];
  const scores = [];
  for (const g of goldFiles) {
    const n = Number.parseInt(g, 10);
    if (
      (options.from !== undefined && n < options.from) ||
      (options.to !== undefined && n > options.to)
    )
      continue;
    const file = g.replace(/\.json$/, ".txt");
    const data = JSON.parse(await readFile(join(options.goldDir, g), "utf8")) as RealGoldArticle;
    gold.set(file, data);
    if (!texts.has(file)) {
      missingTexts.push(file);
      scores.push(scoreArticle(file, data, undefined, options.types));
      continue;
    }
    const a = await readArticle(join(options.dir, file));
    const x = extractArticle(a.text, { file: a.file, ...(a.meta ? { meta: a.meta } : {}) });
    extractions.set(file, x);
    scores.push(scoreArticle(file, data, x, options.types));
  }
  return { report: summarize(scores), extractions, gold, missingTexts };
}
