import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readArticle } from "../articles/read.js";
import { extractArticle } from "../extract/extract.js";
import { type EvalReport, evaluate, type Gold } from "./score.js";

export const SEEDS_DIR = fileURLToPath(new URL("../../seeds/", import.meta.url));

/** Extracts every seed article and scores it against the gold annotation. */
export async function evaluateSeeds(gold: Gold, now = new Date()): Promise<EvalReport> {
  const files = (await readdir(SEEDS_DIR)).filter((f) => f.endsWith(".txt")).sort();
  const extractions = [];
  for (const f of files) {
    const a = await readArticle(join(SEEDS_DIR, f));
    extractions.push(
      extractArticle(a.text, { file: a.file, now, ...(a.meta ? { meta: a.meta } : {}) }),
    );
  }
  return evaluate(gold, extractions);
}
