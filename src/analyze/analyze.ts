import type { Database } from "../db/database.js";
import { type Link, personMetrics } from "./metrics.js";

export interface AnalyzeSummary {
  readonly persons: number;
  readonly links: number;
  readonly communities: number;
  readonly seconds: { read: number; compute: number; write: number };
}

const BATCH = 10_000;

/** Reads the network of persons, computes their metrics and stores them on the Person nodes. */
export async function analyzeGraph(db: Database): Promise<AnalyzeSummary> {
  const t0 = performance.now();
  const [personRows, linkRows] = await Promise.all([
    db.read("analyze-persons"),
    db.read("analyze-links"),
  ]);
  const persons = personRows.map((r) => String(r.id));
  const links: Link[] = linkRows.map((r) => ({
    a: String(r.a),
    b: String(r.b),
    weight: Number(r.weight ?? 1),
  }));
  const t1 = performance.now();
  const metrics = personMetrics(persons, links);
  const t2 = performance.now();
  for (let i = 0; i < metrics.length; i += BATCH) {
    const rows = metrics.slice(i, i + BATCH);
    await db.write((tx) => tx.run("analyze-write", { rows }));
  }
  const t3 = performance.now();
  return {
    persons: metrics.length,
    links: links.length,
    communities: new Set(metrics.map((m) => m.community)).size,
    seconds: { read: (t1 - t0) / 1000, compute: (t2 - t1) / 1000, write: (t3 - t2) / 1000 },
  };
}
