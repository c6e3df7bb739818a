import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadArticles } from "../../src/load/load.js";
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
    // No sidecar, no dateline: "today, Tuesday 14 March" dates the story itself.
    const dated = await gql(`{ article(id: "${CALL_2023}") { publishedAt } }`);
    expect(dated.data.article.publishedAt).toBe("2023-03-14");
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
    // The article prints that paragraph twice: it is one passage.
    const same = r.data.search.filter(
      (h: Hit & { node: { snippet?: string } }) => h.node.snippet === p.snippet,
    );
    expect(same).toHaveLength(1);
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
  it("are flagged in a person's lists", async () => {
    const r = await gql(`{ person(id: "nasser-bourita") {
      met { planned person { id } } called { planned } calledBy { planned } visits { planned } } }`);
    expect(r.errors).toBeUndefined();
    const met = r.data.person.met as { planned: boolean; person: { id: string } }[];
    expect(met.find((m) => m.person.id === "dmitry-patrushev")?.planned).toBe(true);
    expect(met.find((m) => m.person.id === "sergey-lavrov")?.planned).toBe(false);
    const calls = [...r.data.person.called, ...r.data.person.calledBy];
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.every((c: { planned: boolean }) => c.planned === false)).toBe(true);
  });

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

describe("counts over time", () => {
  it("filters counterparts by date, type and plan", async () => {
    const r = await gql(`{ person(id: "nasser-bourita") {
      all: counterparts { person { id } count types }
      calls: counterparts(type: CALL) { person { id } count types }
      since: counterparts(from: "2025-10") { person { id } count firstDate lastDate }
      planned: counterparts(includePlanned: true) { person { id } count }
      calledWithLavrov: eventCounts(type: CALL, with: "Lavrov") { count }
    } }`);
    expect(r.errors).toBeUndefined();
    const p = r.data.person;
    const lavrov = (list: { person: { id: string } }[]) =>
      list.find((c) => c.person.id === "sergey-lavrov") as Record<string, unknown>;
    const calls = p.calledWithLavrov.reduce((n: number, c: { count: number }) => n + c.count, 0);
    expect(calls).toBeGreaterThanOrEqual(2);
    expect(lavrov(p.calls)).toMatchObject({ count: calls, types: ["CALL"] });
    expect(lavrov(p.all).count).toBeGreaterThan(calls);
    const since = lavrov(p.since);
    expect(since.count).toBeLessThan(lavrov(p.all).count as number);
    expect(String(since.firstDate) >= "2025-10").toBe(true);
    expect(p.planned.map((c: { person: { id: string } }) => c.person.id)).toContain(
      "dmitry-patrushev",
    );
  });

  it("counts a pair's events per month, as many as their timeline holds", async () => {
    const r = await gql(`{
      person(id: "nasser-bourita") { eventCounts(with: "sergey-lavrov") { period type count } }
      byYear: person(id: "nasser-bourita") { eventCounts(by: YEAR, with: "sergey-lavrov") { period count } }
      timeline(a: "nasser-bourita", b: "sergey-lavrov") { kind date event { planned } }
    }`);
    expect(r.errors).toBeUndefined();
    const months = r.data.person.eventCounts;
    const sum = (xs: { count: number }[]) => xs.reduce((n, c) => n + c.count, 0);
    const dated = r.data.timeline.filter(
      (i: { kind: string; date: string | null; event: { planned: boolean } | null }) =>
        i.kind === "EVENT" && i.date !== null && !i.event?.planned,
    );
    expect(sum(months)).toBe(dated.length);
    expect(sum(r.data.byYear.eventCounts)).toBe(dated.length);
    const periods = months.map((c: { period: string }) => c.period);
    expect(periods).toEqual([...periods].sort());
    expect(periods).toContain("2023-03");
  });

  it("counts a country's events with another, and names its top counterparts", async () => {
    const r = await gql(`{ country(code: "MA") {
      eventCounts(by: YEAR, with: "روسيا") { period type count }
      counterparts(first: 3) { country { code } count types persons { person { id } count } }
    } }`);
    expect(r.errors).toBeUndefined();
    const c = r.data.country;
    expect(c.eventCounts.length).toBeGreaterThan(0);
    const [top] = c.counterparts;
    expect(top.country.code).toBe("RU");
    expect(top.persons[0].person.id).toBe("sergey-lavrov");
    const total = c.eventCounts.reduce((n: number, x: { count: number }) => n + x.count, 0);
    expect(top.count).toBeGreaterThanOrEqual(total);
  });

  it("orders a person's and a country's events newest first on request", async () => {
    const q = (order: string) => `{
      person(id: "nasser-bourita") { events(first: 50, orderBy: ${order}) { edges { node { id dateStart } } } }
      country(code: "MA") { events(first: 50, orderBy: ${order}) { edges { node { id dateStart } } } } }`;
    const asc = (await gql(q("DATE_ASC"))).data;
    const desc = (await gql(q("DATE_DESC"))).data;
    for (const k of ["person", "country"]) {
      type E = { node: { id: string; dateStart: string | null } };
      const a = asc[k].events.edges as E[];
      const d = desc[k].events.edges as E[];
      const dated = (xs: E[]) => xs.filter((x) => x.node.dateStart !== null).map((x) => x.node.id);
      expect(dated(d)).toEqual(dated(a).reverse());
      expect(d.length).toBe(a.length);
    }
  });

  it("orders events newest first on request", async () => {
    const q = (order: string) =>
      `{ events(first: 100, orderBy: ${order}) { edges { node { id date dateStart } } } }`;
    const asc = (await gql(q("DATE_ASC"))).data.events.edges.map((e: { node: object }) => e.node);
    const desc = (await gql(q("DATE_DESC"))).data.events.edges.map((e: { node: object }) => e.node);
    const dated = (xs: { dateStart: string | null }[]) => xs.filter((x) => x.dateStart !== null);
    expect(desc).toHaveLength(asc.length);
    const starts = dated(desc).map((x) => x.dateStart);
    expect(starts).toEqual([...starts].sort().reverse());
    expect(desc.at(-1).dateStart === null || dated(asc).length === asc.length).toBe(true);
  });
});

describe("roles on the event's date", () => {
  it("gives the office held that day, not another held alongside it", async () => {
    const r = await gql(`{ events(filter: { participant: "marco-rubio" }) { edges { node { date
      participants { office person { id role } } } } } }`);
    expect(r.errors).toBeUndefined();
    const [call] = r.data.events.edges;
    const rubio = call.node.participants.find(
      (p: { person: { id: string } }) => p.person.id === "marco-rubio",
    );
    // The article calls him the foreign minister; he was acting security adviser as well.
    expect(rubio.office).toBe("Secretary of State");
  });

  it("gives a person found by title the title the article gave", async () => {
    const r =
      await gql(`{ event(id: "x") { id } events(filter: { participant: "x-ltfi-boush-rh" }) {
      edges { node { participants { office person { id role } } } } } }`);
    expect(r.errors).toBeUndefined();
    const ps = r.data.events.edges[0].node.participants;
    const lotfi = ps.find((p: { person: { id: string } }) => p.person.id === "x-ltfi-boush-rh");
    expect(lotfi.office).toBe(lotfi.person.role);
    expect(lotfi.office).toBeTruthy();
  });
});

describe("preview", () => {
  const TEXT =
    "الرباط يستقبل وزيرا روسيا\nاستقبل وزير الخارجية المغربي ناصر بوريطة، اليوم الأربعاء بالرباط، نظيره الروسي سيرغي لافروف.\n";

  it("says what ingesting would add, writes nothing and needs no token", async () => {
    const before = await gql("{ articles { totalCount } }");
    const r = await gql(
      `query($t: String!) { extract(text: $t, meta: { published: "2026-04-01" }) {
        title publishedAt
        persons { id source inGraph { id } }
        events { type date planned participants quote start end }
        diagnostics { level code }
      } }`,
      { t: TEXT },
    );
    expect(r.errors).toBeUndefined();
    const x = r.data.extract;
    expect(x.title).toBe("الرباط يستقبل وزيرا روسيا");
    expect(x.events).toEqual([
      expect.objectContaining({
        type: "MEETING",
        date: "2026-04-01",
        planned: false,
        participants: expect.arrayContaining(["nasser-bourita", "sergey-lavrov"]),
      }),
    ]);
    const e = x.events[0];
    expect(TEXT.slice(e.start, e.end)).toBe(e.quote);
    expect(x.persons.every((p: { inGraph: { id: string } | null }) => p.inGraph !== null)).toBe(
      true,
    );
    const after = await gql("{ articles { totalCount } }");
    expect(after.data.articles.totalCount).toBe(before.data.articles.totalCount);
  });

  it("reads the outlet and the date from the article's address when no sidecar gives them", async () => {
    const r = await gql(
      `query($t: String!) { extract(text: $t, meta: { url: "https://www.example-news.com/2026/04/01/story" }) {
        outlet publishedAt events { date } } }`,
      { t: TEXT },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.extract).toEqual({
      outlet: "example-news.com",
      publishedAt: "2026-04-01",
      events: [{ date: "2026-04-01" }],
    });
  });

  it("runs a few previews per request, not dozens", async () => {
    const many = Array.from({ length: 5 }, (_, i) => `p${i}: extract(text: $t) { title }`).join(
      " ",
    );
    const r = await gql(`query($t: String!) { ${many} }`, { t: TEXT });
    expect(r.errors?.[0]?.extensions?.code).toBe("LIMIT_EXCEEDED");
  });

  it("refuses what ingesting would refuse", async () => {
    const r = await gql(`{ extract(text: "no Arabic here") { title } }`);
    expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("an article's text when the article changes", () => {
  it("is the new text, with no paragraph of the old one left", async () => {
    const first =
      "سطر أول للخبر\nاستقبل وزير الخارجية المغربي ناصر بوريطة يوم 2 مايو 2024 بالرباط سفير اليابان.\n";
    const second = "عنوان آخر\n\nالتقى ناصر بوريطة يوم 3 مايو 2024 بسيرغي لافروف في موسكو.\n";
    const q = `{ article(id: "changing.txt") { text events { sources { start end quote context { text } } } } }`;
    await loadArticles(seeded.db, [{ file: "changing.txt", text: first }]);
    expect((await gql(q)).data.article.text).toBe(first);
    const summary = await loadArticles(seeded.db, [{ file: "changing.txt", text: second }]);
    expect(summary.replaced).toBe(1);
    const r = await gql(q);
    expect(r.data.article.text).toBe(second);
    for (const e of r.data.article.events)
      for (const src of e.sources) {
        expect(second.slice(src.start, src.end)).toBe(src.quote);
        expect(second).toContain(src.context.text);
      }
    const search = await gql(
      `{ search(text: "اليابان", kinds: [PASSAGE]) { node { ... on Passage { article { id } } } } }`,
    );
    const ids = search.data.search.map(
      (h: { node: { article: { id: string } } }) => h.node.article.id,
    );
    expect(ids).not.toContain("changing.txt");
  });
});
