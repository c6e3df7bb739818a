import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SeededApp, seededApp } from "./support/seeded-app.js";

// What an analyst asks next, over the seeds: sources to read, text to search, counts over time,
// paths between persons, planned events set apart.
let seeded: SeededApp;
const gql: SeededApp["gql"] = (query, variables) => seeded.gql(query, variables);

beforeAll(async () => {
  seeded = await seededApp();
});

afterAll(async () => {
  await seeded.db.close();
});

const CALL_2023 = "003_82310776f7d92159.txt";

describe("sources", () => {
  it("gives the headline, not a breadcrumb or a byline, and the outlet a byline names", async () => {
    const r = await gql(`{ articles(first: 10) { edges { node { id title outlet } } } }`);
    expect(r.errors).toBeUndefined();
    const byId = new Map(
      // biome-ignore lint/suspicious/noExplicitAny: checked below
      r.data.articles.edges.map((e: any) => [e.node.id, e.node]),
    );
    // biome-ignore lint/suspicious/noExplicitAny: checked below
    const titles = [...byId.values()].map((a: any) => a.title ?? "");
    expect(titles.some((t) => t.includes("»"))).toBe(false);
    expect(titles.some((t) => t.includes("متابعة"))).toBe(false);
    expect(byId.get(CALL_2023)).toMatchObject({ title: null, outlet: "ناظورسيتي" });
    expect(byId.get("001_5a4acab8a9b4d735.txt")).toMatchObject({
      title: "ناصر بوريطة يلتقي سيرغي لافروف لبحث آفاق التعاون المتقدم",
    });
  });

  it("keeps the text, and each quote's offsets and paragraph agree with it", async () => {
    const r = await gql(`{ events(first: 100) { edges { node { sources {
      quote start end article { id text } context { start end text } } } } } }`);
    expect(r.errors).toBeUndefined();
    // biome-ignore lint/suspicious/noExplicitAny: checked below
    const sources = r.data.events.edges.flatMap((e: any) => e.node.sources);
    expect(sources.length).toBeGreaterThan(10);
    for (const s of sources) {
      expect(s.article.text.slice(s.start, s.end)).toBe(s.quote);
      expect(s.context.start).toBeLessThanOrEqual(s.start);
      expect(s.context.end).toBeGreaterThanOrEqual(s.end);
      expect(s.article.text.slice(s.context.start, s.context.end)).toBe(s.context.text);
    }
  });
});

describe("search in article text", () => {
  it("finds the passage on the war in Ukraine, with the word highlighted", async () => {
    const r = await gql(`{ search(text: "أوكرانيا") { score node { __typename
      ... on Passage { start end snippet highlights { start end } article { id events(first: 5) { type } } } } } }`);
    expect(r.errors).toBeUndefined();
    type Hit = { node: { __typename: string; article?: { id: string } } };
    const p = r.data.search
      .map((h: Hit) => h.node)
      .find((n: Hit["node"]) => n.__typename === "Passage" && n.article?.id === CALL_2023);
    expect(p).toBeDefined();
    expect(p.highlights.length).toBeGreaterThan(0);
    const h = p.highlights[0];
    expect(p.snippet.slice(h.start, h.end)).toBe("أوكرانيا");
    expect(p.article.events.map((e: { type: string }) => e.type)).toContain("CALL");
  });

  it("reads English text with the English analyzer", async () => {
    const r = await gql(
      `{ search(text: "October") { node { __typename ... on Passage { article { id } } } } }`,
    );
    expect(r.errors).toBeUndefined();
    // biome-ignore lint/suspicious/noExplicitAny: checked below
    const ids = r.data.search.map((h: any) => h.node.article?.id);
    expect(ids).toContain("000_b5e59526b7a6a800.txt");
  });
});

describe("planned events", () => {
  it("are no counterparts: a meeting only announced does not count", async () => {
    const r = await gql(
      `{ person(id: "nasser-bourita") { counterparts { person { id } count } } }`,
    );
    expect(r.errors).toBeUndefined();
    // biome-ignore lint/suspicious/noExplicitAny: checked below
    const ids = r.data.person.counterparts.map((c: any) => c.person.id);
    expect(ids).toContain("sergey-lavrov");
    expect(ids).not.toContain("dmitry-patrushev");
  });
});
