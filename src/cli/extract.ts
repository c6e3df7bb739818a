import { ArticleReadError, readArticle } from "../articles/read.js";
import { extractArticle } from "../extract/extract.js";
import type { Extraction } from "../extract/types.js";

/** `npm run -s extract -- FILE...`: one JSON document with the facts of each article. */
async function main(): Promise<number> {
  const files = process.argv.slice(2).filter((a) => a !== "--");
  if (files.length === 0) {
    process.stderr.write("usage: npm run -s extract -- FILE...\n");
    return 2;
  }
  const articles: Extraction[] = [];
  let failed = 0;
  for (const path of files) {
    try {
      const a = await readArticle(path);
      const x = extractArticle(a.text, { file: a.file, ...(a.meta ? { meta: a.meta } : {}) });
      for (const p of a.problems)
        x.diagnostics.unshift({ level: "warning", code: "input", message: p });
      articles.push(x);
    } catch (e) {
      if (!(e instanceof ArticleReadError)) throw e;
      process.stderr.write(`error: ${e.message}\n`);
      failed++;
    }
  }
  process.stdout.write(`${JSON.stringify({ articles }, null, 2)}\n`);
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main();
