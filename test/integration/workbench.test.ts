import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyzeGraph } from "../../src/analyze/analyze.js";
import { type App, createApp } from "../../src/app.js";
import { loadAppConfig } from "../../src/config/app-config.js";
import type { Database } from "../../src/db/database.js";
import { loadSeeds, testDatabase } from "./support/seeds.js";

// The pages the server sends (landing, playground, explorer) and the network analytics, over
// the seeds, through app.fetch.
let db: Database;
let app: App;

beforeAll(async () => {
  db = testDatabase();
  await loadSeeds(db);
  app = createApp({ db, config: loadAppConfig({ KG_GRAPHIQL: "true" }) });
});

afterAll(async () => {
  await db.close();
});

const get = (path: string, headers: Record<string, string> = {}) =>
  app.fetch(`http://127.0.0.1${path}`, { headers });

async function gql(query: string): Promise<{ data?: Record<string, unknown>; errors?: unknown[] }> {
  const res = await app.fetch("http://127.0.0.1/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });
  return (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
}

describe("pages", () => {
  it("serves a landing page at /", async () => {
    const res = await get("/");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('href="/explore"');
    expect(html).toContain('href="/graphql"');
  });

  it("serves the playground with everything inline: no script, style or worker from elsewhere", async () => {
    const res = await get("/graphql", { accept: "text/html" });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("LavrovCalls");
    expect(html).not.toMatch(/<(script|link)[^>]+(src|href)="https?:/);
    expect(html).not.toMatch(/import\s*\(?["']https?:/);
  });

  it("sends pages compressed when asked, and 304 for a copy the client has", async () => {
    const plain = await get("/graphql", { accept: "text/html" });
    const zipped = await get("/graphql", { accept: "text/html", "accept-encoding": "gzip" });
    expect(zipped.headers.get("content-encoding")).toBe("gzip");
    const etag = plain.headers.get("etag") ?? "";
    expect(etag).not.toBe("");
    const again = await get("/graphql", { accept: "text/html", "if-none-match": etag });
    expect(again.status).toBe(304);
  });

  it("bundles the explorer's script and serves its page and style", async () => {
    const page = await get("/explore");
    expect(await page.text()).toContain('src="/explore/app.js"');
    const js = await get("/explore/app.js");
    expect(js.headers.get("content-type")).toContain("javascript");
    expect((await js.text()).length).toBeGreaterThan(10_000);
    expect((await get("/explore/app.css")).status).toBe(200);
    expect((await get("/explore/nothing.js")).status).toBe(404);
  });

  it("still answers GraphQL on /graphql", async () => {
    expect((await gql("{ __typename }")).data).toEqual({ __typename: "Query" });
  });
});

describe("network analytics", () => {
  it("gives no centrality before an analysis", async () => {
    const r = await gql('{ person(id: "nasser-bourita") { centrality { degree } community } }');
    expect(r.data).toEqual({ person: { centrality: null, community: null } });
  });

  it("stores degree, PageRank and community per person, served most central first", async () => {
    const s = await analyzeGraph(db);
    expect(s.persons).toBeGreaterThanOrEqual(12);
    const r = await gql(`{
      people(orderBy: CENTRALITY, first: 3) {
        edges { node { id centrality { degree pageRank } community } }
      }
      lavrov: person(id: "sergey-lavrov") { community }
      bourita: person(id: "nasser-bourita") { community centrality { degree } }
    }`);
    expect(r.errors).toBeUndefined();
    const data = r.data as {
      people: { edges: { node: { id: string; centrality: { pageRank: number } } }[] };
      lavrov: { community: number };
      bourita: { community: number; centrality: { degree: number } };
    };
    const ranks = data.people.edges.map((e) => e.node.centrality.pageRank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    // Lavrov is the one person Bourita dealt with: the meeting with Patrushev was only planned.
    expect(data.bourita.centrality.degree).toBe(1);
    expect(data.lavrov.community).toBe(data.bourita.community);
  });

  it("refuses orderBy with search, which orders by relevance", async () => {
    const r = (await gql(
      '{ people(search: "لافروف", orderBy: CENTRALITY) { edges { node { id } } } }',
    )) as {
      errors?: { extensions?: { code?: string } }[];
    };
    expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
