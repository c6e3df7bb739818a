import { createRequire } from "node:module";
import { UndirectedGraph } from "graphology";

// Both are CommonJS modules typed as ES default exports, which NodeNext cannot import as typed.
const require = createRequire(import.meta.url);
const pagerank: typeof import("graphology-metrics/centrality/pagerank.js").default = require("graphology-metrics/centrality/pagerank");
const louvain: typeof import("graphology-communities-louvain").default = require("graphology-communities-louvain");

export interface Link {
  readonly a: string;
  readonly b: string;
  /** How many events the two shared. */
  readonly weight: number;
}

export interface PersonMetrics {
  readonly id: string;
  /** How many persons this one dealt with. */
  readonly degree: number;
  /** PageRank over the weighted network of persons (sums to 1 over all persons). */
  readonly pagerank: number;
  /** Louvain community; persons with no link are each their own. */
  readonly community: number;
}

/**
 * Network metrics of persons, computed with graphology (a maintained graph library whose metrics
 * and Louvain implementation are tested on large graphs): degree, weighted PageRank, and Louvain
 * communities. Pure: persons and links in, one record per person out.
 */
export function personMetrics(persons: readonly string[], links: readonly Link[]): PersonMetrics[] {
  const g = new UndirectedGraph({ allowSelfLoops: false });
  for (const id of persons) g.mergeNode(id);
  for (const l of links) {
    if (l.a === l.b) continue;
    g.mergeNode(l.a);
    g.mergeNode(l.b);
    g.mergeEdge(l.a, l.b, { weight: l.weight });
  }
  if (g.order === 0) return [];
  const rank = g.size > 0 ? pagerank(g, { getEdgeWeight: "weight" }) : {};
  const communities =
    g.size > 0
      ? louvain(g, { getEdgeWeight: "weight", rng: seeded(42) })
      : ({} as Record<string, number>);
  // Louvain numbers isolated persons too; should it not, they get one of their own after its.
  let next = Math.max(-1, ...Object.values(communities)) + 1;
  const uniform = 1 / g.order;
  return g.mapNodes((id) => ({
    id,
    degree: g.degree(id),
    pagerank: rank[id] ?? uniform,
    community: communities[id] ?? next++,
  }));
}

/** A small deterministic generator, so that a graph always gets the same communities. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
