import { mkdir, writeFile } from "node:fs/promises";
import { cpus } from "node:os";
import { Database } from "../../src/db/database.js";
import { createDriver } from "../../src/db/driver.js";
import { startLocalDatabase } from "../../src/db/local-server.js";
import { readNeo4jSettings } from "../../src/db/settings.js";
import { extractArticle } from "../../src/extract/extract.js";
import { loadArticles } from "../../src/load/load.js";
import { generateCorpus, type SyntheticArticle } from "./corpus.js";

/**
 * `npm run bench`: extraction throughput on one core, accuracy on generated articles the seeds
 * never showed, and end-to-end extract + resolve + load into a real Neo4j at growing sizes.
 * `-- --full` adds the 100k run. Results go to test/bench/out/.
 */
const full = process.argv.includes("--full");
const NOW = new Date("2026-11-23T00:00:00Z");
const results: Record<string, unknown> = {
  machine: `${cpus().length} × ${cpus()[0]?.model ?? "cpu"}`,
  node: process.version,
};

function extractAll(corpus: readonly SyntheticArticle[]) {
  return corpus.map((a) =>
    extractArticle(a.text, { file: a.file, now: NOW, meta: { published: a.published } }),
  );
}

// 1. Extraction speed: one process, one thread.
{
  const corpus = generateCorpus(3000, 7);
  extractAll(corpus.slice(0, 300)); // warm-up
  const t0 = performance.now();
  extractAll(corpus);
  const secs = (performance.now() - t0) / 1000;
  const kb = corpus.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / corpus.length / 1024;
  results.extraction = {
    articles: corpus.length,
    avgKB: Number(kb.toFixed(1)),
    seconds: Number(secs.toFixed(2)),
    articlesPerSecond: Math.round(corpus.length / secs),
  };
  console.log(
    `extraction: ${corpus.length} articles of ${kb.toFixed(1)} KB in ${secs.toFixed(2)} s = ${Math.round(corpus.length / secs)} articles/s on one core`,
  );
}

// 2. Accuracy on generated articles (events by type, participants and date; call direction).
{
  const corpus = generateCorpus(2000, 99);
  const out = extractAll(corpus);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let dirOk = 0;
  let dirAll = 0;
  corpus.forEach((a, i) => {
    const events = out[i]?.events ?? [];
    const used = new Set<number>();
    for (const t of a.truth) {
      const k = events.findIndex(
        (e, j) =>
          !used.has(j) &&
          e.type === t.type &&
          e.date === t.date &&
          e.participants.length === t.participants.length &&
          t.participants.every((p) => e.participants.includes(p)),
      );
      if (k >= 0) {
        used.add(k);
        tp++;
        if (t.type === "CALL") {
          dirAll++;
          if (events[k]?.initiator === t.initiator) dirOk++;
        }
      } else fn++;
    }
    fp += events.length - used.size;
  });
  const p = tp / (tp + fp);
  const r = tp / (tp + fn);
  const f1 = (2 * p * r) / (p + r);
  results.syntheticAccuracy = {
    articles: corpus.length,
    precision: p,
    recall: r,
    f1,
    direction: `${dirOk}/${dirAll}`,
  };
  console.log(
    `generated articles: event P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f1.toFixed(3)}; call direction ${dirOk}/${dirAll}`,
  );
}

// 3. End to end into a real database: its own local instance, emptied before each size.
{
  const settings =
    readNeo4jSettings() ??
    (await startLocalDatabase({ instance: "bench", port: 7689, log: (m) => console.log(m) }));
  const db = new Database(createDriver(settings), { database: settings.database });
  await db.applySchema();
  const sizes = full ? [1_000, 10_000, 100_000] : [1_000, 10_000];
  const runs: unknown[] = [];
  for (const size of sizes) {
    await clear(db);
    let busy = 0;
    let facts = 0;
    const chunk = 2_000;
    for (let start = 0; start < size; start += chunk) {
      const corpus = generateCorpus(Math.min(chunk, size - start), 1_000 + start).map((a, i) => ({
        file: `n${start + i}.txt`,
        text: a.text,
        meta: { published: a.published },
      }));
      // Only extract + resolve + load is timed, not making up the articles.
      const t0 = performance.now();
      const s = await loadArticles(db, corpus, { now: NOW, batchSize: 500 });
      busy += performance.now() - t0;
      facts += s.events.created + s.events.merged + s.agreements.created + s.agreements.merged;
    }
    const secs = busy / 1000;
    runs.push({
      articles: size,
      seconds: Number(secs.toFixed(1)),
      articlesPerSecond: Math.round(size / secs),
      factsPerSecond: Math.round(facts / secs),
    });
    console.log(
      `end to end: ${size} articles in ${secs.toFixed(1)} s = ${Math.round(size / secs)} articles/s, ${Math.round(facts / secs)} facts/s`,
    );
  }
  results.endToEnd = runs;
  await db.close();
}

async function clear(db: Database) {
  // In slices, relationships first, so a large graph never needs one huge transaction.
  for (const statement of ["bench-clear-rels", "bench-clear-batch"]) {
    for (;;) {
      const [row] = await db.write((tx) => tx.run(statement));
      if (Number(row?.deleted ?? 0) === 0) break;
    }
  }
}

await mkdir(new URL("./out/", import.meta.url), { recursive: true });
await writeFile(
  new URL(`./out/bench-${Date.now()}.json`, import.meta.url),
  `${JSON.stringify(results, null, 2)}\n`,
);
