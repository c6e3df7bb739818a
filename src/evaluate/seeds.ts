import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readArticle } from "../articles/read.js";
import { extractArticle } from "../extract/extract.js";
import { type EvalReport, evaluate, type Gold } from "./score.js";

export const SEEDS_DIR = fileURLToPath(new URL("../../seeds/", import.meta.url));
export const UNSEEN_DIR = fileURLToPath(new URL("../../test/fixtures/unseen/", import.meta.url));
export const HOLDOUT_DIR = fileURLToPath(new URL("../../test/fixtures/holdout/", import.meta.url));

/** Extracts every article of a folder and scores it against the gold annotation. */
export async function evaluateSeeds(
  gold: Gold,
  now = new Date(),
  dir = SEEDS_DIR,
): Promise<EvalReport> {
  const files = (await readdir(dir)).filter((f) => f.endsWith(".txt")).sort();
  const extractions = [];
  for (const f of files) {
    const a = await readArticle(join(dir, f));
    extractions.push(
      extractArticle(a.text, { file: a.file, now, ...(a.meta ? { meta: a.meta } : {}) }),
    );
  }
  return evaluate(gold, extractions);
}
