/**
 * The benchmark's graphs: generated articles loaded with the project's own loader until the
 * graph holds a target number of relationships, then counted and sampled for query variables.
 */
import type { Driver } from "neo4j-driver";
import type { Database } from "../../../src/db/database.js";
import { loadArticles } from "../../../src/load/load.js";
import { graphArticles } from "../corpus.js";

const NOW = new Date("2026-11-23T00:00:00Z");

export interface GraphSize {
  /** Label: 10k, 100k, 1M. */
  readonly label: string;
  /** Relationships to reach (the load stops at the first chunk that reaches it). */
  readonly relationships: number;
}

export interface LoadReport {
  articles: number;
  generatedPersons: number;
  seconds: number;
  articlesPerSecond: number;
  skipped: number;
}

export interface GraphCounts {
  nodes: number;
  relationships: number;
  byLabel: Record<string, number>;
  byType: Record<string, number>;
}

/** Persons the generator invents for a graph of this many relationships: grows slower than it. */
export function personsFor(relationships: number): number {
  return Math.round(Math.min(5000, Math.max(60, 5 * Math.sqrt(relationships))));
}

async function scalar(driver: Driver, database: string, cypher: string): Promise<number> {
  const { records } = await driver.executeQuery(cypher, {}, { database });
  return Number(records[0]?.get(0) ?? 0);
}

export async function relationshipCount(driver: Driver, database: string): Promise<number> {
  return scalar(driver, database, "MATCH ()-[r]->() RETURN count(r)");
}

/**
 * Empties the database: relationships first, then nodes, 10,000 at a time, each slice its own
 * transaction, so that neither a hub's relationships nor a large graph ever make one
 * transaction big (the local server has a 512 MB heap).
 */
export async function clearGraph(db: Database, database: string): Promise<void> {
  for (const slice of [
    "MATCH ()-[r]->() WITH r LIMIT 10000 DELETE r RETURN count(*) AS deleted",
    "MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS deleted",
  ]) {
    for (;;) {
      const { records } = await db.driver.executeQuery(slice, {}, { database });
      if (Number(records[0]?.get("deleted") ?? 0) === 0) break;
    }
  }
}

/**
 * Generates and loads articles (seeded) until the graph has `size.relationships` relationships.
 * The first small chunk measures relationships per article; later chunks are sized from it.
 */
export async function buildGraph(
  db: Database,
  database: string,
  size: GraphSize,
  seed: number,
  log: (m: string) => void,
): Promise<LoadReport> {
  const persons = personsFor(size.relationships);
  const stream = graphArticles(seed, { persons });
  let next = 0;
  let busy = 0;
  let skipped = 0;
  let rels = 0;
  let chunk = 100;
  while (rels < size.relationships) {
    const slice = Array.from({ length: chunk }, () => {
      const a = stream.next().value;
      return { file: a.file, text: a.text, meta: { published: a.published } };
    });
    const t0 = performance.now();
    const s = await loadArticles(db, slice, { now: NOW, batchSize: 250 });
    busy += performance.now() - t0;
    skipped += s.skipped.length;
    next += slice.length;
    rels = await relationshipCount(db.driver, database);
    const perArticle = rels / next;
    const left = Math.ceil((size.relationships - rels) / perArticle);
    chunk = Math.max(1, Math.min(2000, left));
    if (next % 10_000 < slice.length || rels >= size.relationships)
      log(`  ${size.label}: ${next} articles, ${rels} relationships`);
  }
  const seconds = busy / 1000;
  return {
    articles: next,
    generatedPersons: persons,
    seconds: Number(seconds.toFixed(1)),
    articlesPerSecond: Math.round(next / seconds),
    skipped,
  };
}

export async function countGraph(driver: Driver, database: string): Promise<GraphCounts> {
  const byLabel: Record<string, number> = {};
  const byType: Record<string, number> = {};
  for (const label of ["Person", "Name", "Country", "Event", "Agreement", "Article"])
    byLabel[label] = await scalar(driver, database, `MATCH (n:${label}) RETURN count(n)`);
  const { records } = await driver.executeQuery(
    "CALL db.relationshipTypes() YIELD relationshipType AS t RETURN t ORDER BY t",
    {},
    { database },
  );
  for (const r of records) {
    const t = r.get("t") as string;
    byType[t] = await scalar(driver, database, `MATCH ()-[r:\`${t}\`]->() RETURN count(r)`);
  }
  return {
    nodes: await scalar(driver, database, "MATCH (n) RETURN count(n)"),
    relationships: await scalar(driver, database, "MATCH ()-[r]->() RETURN count(r)"),
    byLabel,
    byType,
  };
}

export interface Actor {
  id: string;
  nameEn: string;
  nameAr: string;
  country: string | null;
  /** Events the person took part in. */
  degree: number;
}

export interface Variables {
  /** Persons of typical degree (35th to 95th percentile), requests rotate over them. */
  typical: Actor[];
  /** The person with the most events. */
  hub: Actor;
  degrees: { persons: number; p50: number; p90: number; p99: number; max: number };
  /** Pairs of persons who share an event (timeline) and pairs that may not (path). */
  timelinePairs: [string, string][];
  pathPairs: [string, string][];
  /** Country pairs with events between them. */
  countryPairs: [string, string][];
  /** One-month windows (YYYY-MM) that hold events. */
  months: string[];
}

/** Query variables drawn from the loaded graph, deterministically (by rank, not at random). */
export async function chooseVariables(driver: Driver, database: string): Promise<Variables> {
  const { records } = await driver.executeQuery(
    `MATCH (p:Person)
     WITH p, COUNT { (p)-[:PARTICIPATED_IN]->() } AS degree
     WHERE degree > 0
     RETURN p.id AS id, p.nameEn AS nameEn, p.nameAr AS nameAr, p.country AS country, degree
     ORDER BY degree, id`,
    {},
    { database },
  );
  const all: Actor[] = records.map((r) => ({
    id: r.get("id"),
    nameEn: r.get("nameEn"),
    nameAr: r.get("nameAr"),
    country: r.get("country"),
    degree: Number(r.get("degree")),
  }));
  if (all.length < 4) throw new Error(`the graph has only ${all.length} persons with events`);
  const at = (q: number) => all[Math.min(all.length - 1, Math.floor(q * all.length))] as Actor;
  const typical: Actor[] = [];
  for (let k = 0; k < 12; k++) {
    const a = at(0.35 + (0.6 * k) / 11);
    if (!typical.some((t) => t.id === a.id)) typical.push(a);
  }
  const hub = all[all.length - 1] as Actor;

  const timelinePairs: [string, string][] = [];
  const countryPairs: [string, string][] = [];
  for (const a of typical) {
    const { records: rs } = await driver.executeQuery(
      `MATCH (:Person {id: $id})-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(o:Person)
       RETURN o.id AS other, o.country AS country, count(e) AS n ORDER BY n DESC, other LIMIT 5`,
      { id: a.id },
      { database },
    );
    const first = rs[0];
    if (first) timelinePairs.push([a.id, first.get("other")]);
    for (const r of rs) {
      const c = r.get("country") as string | null;
      if (
        a.country &&
        c &&
        c !== a.country &&
        !countryPairs.some(([x, y]) => x === a.country && y === c)
      ) {
        countryPairs.push([a.country, c]);
        break;
      }
    }
  }
  const pathPairs: [string, string][] = typical.map((a, k) => [
    a.id,
    (typical[(k + typical.length / 2) % typical.length] ?? hub).id,
  ]);
  const { records: ms } = await driver.executeQuery(
    `MATCH (e:Event) WHERE e.dateStart IS NOT NULL
     WITH substring(e.dateStart, 0, 7) AS month, count(*) AS n
     RETURN month ORDER BY n DESC, month LIMIT 12`,
    {},
    { database },
  );
  const degreeAt = (q: number) => at(q).degree;
  return {
    typical,
    hub,
    degrees: {
      persons: all.length,
      p50: degreeAt(0.5),
      p90: degreeAt(0.9),
      p99: degreeAt(0.99),
      max: hub.degree,
    },
    timelinePairs,
    pathPairs: pathPairs.filter(([a, b]) => a !== b),
    countryPairs,
    months: ms.map((r) => r.get("month") as string).sort(),
  };
}
