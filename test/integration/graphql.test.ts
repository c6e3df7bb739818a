/**
 * The GraphQL API over the seed articles, through `app.fetch` (no port): the questions the API
 * exists to answer, checked against what the five seeds say.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, createApp } from "../../src/app.js";
import { loadAppConfig } from "../../src/config/app-config.js";
import type { Database } from "../../src/db/database.js";
import { EXAMPLES } from "../../src/graphql/examples.js";
import { loadSeeds, testDatabase } from "./support/seeds.js";

/** A value of a GraphQL response: its shape is what the assertions check. */
// biome-ignore lint/suspicious/noExplicitAny: response data is checked by assertions, not types
type Json = any;

interface Result {
  status: number;
  data?: Record<string, Json> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

let db: Database;
let app: App;
let roundTrips = 0;

async function gql(query: string, variables: Record<string, unknown> = {}): Promise<Result> {
  const res = await app.fetch("http://localhost/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...((await res.json()) as object) };
}

/** The data of a query that must succeed. */
async function data(query: string, variables: Record<string, unknown> = {}) {
  const r = await gql(query, variables);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data as Record<string, Json>;
}

const LAVROV = "sergey-lavrov";
const BOURITA = "nasser-bourita";
const CALL_ARTICLE = "003_82310776f7d92159.txt";

beforeAll(async () => {
  db = testDatabase({ onQuery: () => roundTrips++ });
  await loadSeeds(db);
  app = createApp({ db, config: loadAppConfig({}) });
});

afterAll(async () => {
  await db.close();
});

describe("persons and their calls", () => {
  it("lists Bourita among the persons Lavrov called, on 2023-03-14, with its source", async () => {
    const d = await data(
      `query($id: ID!) {
        person(id: $id) {
          id nameEn
          called {
            date directed
            person { id nameEn }
            event {
              type date initiator { id }
              participants { role person { id } }
              sources { article { id file } quote start end }
            }
          }
        }
      }`,
      { id: LAVROV },
    );
    expect(d.person.nameEn).toBe("Sergey Lavrov");
    const call = d.person.called.find(
      (c: Json) => c.person.id === BOURITA && c.date === "2023-03-14",
    );
    expect(call).toBeDefined();
    // Lavrov was the caller: the call is directed, he initiated it and took the caller's part.
    expect(call.directed).toBe(true);
    expect(call.event.type).toBe("CALL");
    expect(call.event.initiator.id).toBe(LAVROV);
    expect(call.event.participants).toEqual(
      expect.arrayContaining([
        { role: "CALLER", person: { id: LAVROV } },
        { role: "CALLEE", person: { id: BOURITA } },
      ]),
    );
    const source = call.event.sources.find((s: Json) => s.article.file === CALL_ARTICLE);
    expect(source).toBeDefined();
    expect(source.quote).toContain("لافروف");
    expect(source.end).toBeGreaterThan(source.start);
  });

  it("shows the same call from Bourita's side, and his own calls to Lavrov", async () => {
    const d = await data(
      `query($id: ID!) {
        person(id: $id) {
          calledBy { date directed person { id } }
          called { date person { id } }
        }
      }`,
      { id: BOURITA },
    );
    expect(d.person.calledBy).toContainEqual({
      date: "2023-03-14",
      directed: true,
      person: { id: LAVROV },
    });
    const toLavrov = d.person.called
      .filter((c: Json) => c.person.id === LAVROV)
      .map((c: Json) => c.date);
    expect(toLavrov).toEqual(expect.arrayContaining(["2025-09-09", "2026-03-06"]));
    expect([...toLavrov].sort()).toEqual(toLavrov);
  });

  it("lists a call without a known caller in both lists of both persons, undirected", async () => {
    const d = await data(
      `{
        abdelatty: person(id: "badr-abdelatty") {
          called { date directed person { id } }
          calledBy { date directed person { id } }
        }
        rubio: person(id: "marco-rubio") {
          called { date directed person { id } }
          calledBy { date directed person { id } }
        }
      }`,
    );
    const call = (id: string) => [{ date: "2025-12-09", directed: false, person: { id } }];
    expect(d.abdelatty.called).toEqual(call("marco-rubio"));
    expect(d.abdelatty.calledBy).toEqual(call("marco-rubio"));
    expect(d.rubio.called).toEqual(call("badr-abdelatty"));
    expect(d.rubio.calledBy).toEqual(call("badr-abdelatty"));
  });

  it("filters calls by date overlap", async () => {
    const d = await data(
      `{ person(id: "${BOURITA}") {
          y2025: called(from: "2025", to: "2025") { date }
          march2026: called(from: "2026-03") { date }
      } }`,
    );
    expect(d.person.y2025.map((c: Json) => c.date)).toEqual(["2025-09-09"]);
    expect(d.person.march2026.map((c: Json) => c.date)).toEqual(["2026-03-06"]);
  });

  it("gives Bourita's counterparts with how often and when", async () => {
    const d = await data(
      `{ person(id: "${BOURITA}") {
          counterparts { person { id } count types firstDate lastDate }
      } }`,
    );
    const [first] = d.person.counterparts;
    // Three calls, the Moscow talks and the signing of the memorandum, 2023 to 2026.
    expect(first).toMatchObject({
      person: { id: LAVROV },
      count: 5,
      firstDate: "2023-03-14",
      lastDate: "2026-03-06",
    });
    expect(first.types).toEqual(["CALL", "MEETING", "SIGNING"]);
    const counts = d.person.counterparts.map((c: Json) => c.count);
    expect([...counts].sort((a: number, b: number) => b - a)).toEqual(counts);
  });

  it("lists meetings, signed agreements and events", async () => {
    const d = await data(
      `{ person(id: "${LAVROV}") {
          met { date person { id } event { type place } }
          agreementsSigned { nameEn date parties { code } }
          events(type: CALL) { totalCount edges { node { date type } } }
      } }`,
    );
    expect(d.person.met).toContainEqual({
      date: "2025-10-16",
      person: { id: BOURITA },
      event: { type: "MEETING", place: expect.stringContaining("موسكو") },
    });
    expect(d.person.agreementsSigned).toContainEqual(
      expect.objectContaining({ date: "2025-10-16", parties: [{ code: "MA" }, { code: "RU" }] }),
    );
    expect(d.person.events.totalCount).toBe(3);
    expect(d.person.events.edges.map((e: Json) => e.node.date)).toEqual([
      "2023-03-14",
      "2025-09-09",
      "2026-03-06",
    ]);
  });
});

describe("finding a person by name", () => {
  it.each([
    ["سيرغي لافروف"],
    ["سيرجي لافروف"],
    ["سَيرغي لافروف"],
    ["سيرغى لافروف"],
    ["  سيرغي   لافروف "],
    ["Lavrov"],
    ["Sergey Lavrov"],
    ["sergey lavrov"],
  ])("finds Lavrov by %j", async (name) => {
    const d = await data(`query($name: String!) { person(name: $name) { id } }`, { name });
    expect(d.person).toEqual({ id: LAVROV });
  });

  it("finds Lotfi Bouchaara by his Arabic name", async () => {
    const d = await data(`{ person(name: "لطفي بوشعرة") { id nameAr countryCode role } }`);
    expect(d.person).toMatchObject({ nameAr: "لطفي بوشعرة", countryCode: "MA" });
  });

  it("answers null for an unknown name or id", async () => {
    const d = await data(
      `{ a: person(name: "فلان الفلاني") { id } b: person(id: "nobody") { id } }`,
    );
    expect(d).toEqual({ a: null, b: null });
  });

  it("needs exactly one of id and name", async () => {
    for (const args of ["", `(id: "${LAVROV}", name: "Lavrov")`]) {
      const r = await gql(`{ person${args} { id } }`);
      expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
  });
});

describe("paths and relations", () => {
  it("connects Lotfi Bouchaara to Sergey Lavrov through a country only when asked", async () => {
    const { person } = await data(`{ person(name: "لطفي بوشعرة") { id } }`);
    const query = `query($from: ID!, $to: ID!, $via: [PathHub!]) {
        path(from: $from, to: $to, via: $via) {
          length
          steps {
            relationship direction date
            node {
              __typename
              ... on Person { id }
              ... on Event { id type }
              ... on Agreement { id }
              ... on Country { code }
            }
          }
        }
      }`;
    // No chain of shared events joins them: person to person, there is no path.
    const direct = await data(query, { from: person.id, to: LAVROV });
    expect(direct.path).toBeNull();
    const d = await data(query, { from: person.id, to: LAVROV, via: ["COUNTRY"] });
    const { length, steps } = d.path;
    expect(length).toBeGreaterThan(0);
    expect(length).toBeLessThanOrEqual(8);
    expect(steps).toHaveLength(length + 1);
    expect(steps[0]).toMatchObject({ relationship: null, node: { id: person.id } });
    expect(steps.at(-1).node).toEqual({ __typename: "Person", id: LAVROV });
    for (const step of steps.slice(1)) expect(step.relationship).toMatch(/^[A-Z_]+$/);
    // Bouchaara's only recorded interaction is his meeting with Bogdanov in Moscow.
    expect(steps[1].node).toMatchObject({ __typename: "Event", type: "MEETING" });
    expect(steps.some((s: Json) => s.node.__typename === "Country")).toBe(true);
  });

  it("goes person to person through shared events, with alternatives and their sources", async () => {
    const d = await data(`{
      paths(from: "nasser-bourita", to: "sergey-lavrov", first: 3) {
        length
        steps { relationship role date node { __typename ... on Person { id } ... on Event { id type planned } }
                source { quote article { id } } }
      }
    }`);
    expect(d.paths).toHaveLength(3);
    const events = new Set();
    for (const p of d.paths) {
      expect(p.length).toBe(2);
      expect(p.steps.map((s: Json) => s.node.__typename)).toEqual(["Person", "Event", "Person"]);
      const step = p.steps[1];
      expect(step.relationship).toBe("PARTICIPATED_IN");
      expect(step.node.planned).toBe(false);
      expect(step.source.quote.length).toBeGreaterThan(10);
      events.add(step.node.id);
    }
    expect(events.size).toBe(3);
  });

  it("leaves planned events out of a path unless asked", async () => {
    const q = (planned: boolean) =>
      `{ path(from: "nasser-bourita", to: "dmitry-patrushev", includePlanned: ${planned}) { length steps { node { ... on Event { planned } } } } }`;
    expect((await data(q(false))).path).toBeNull();
    // Through hubs as well, no step is the planned meeting or an edge drawn from it.
    const hubs =
      await data(`{ path(from: "nasser-bourita", to: "dmitry-patrushev", via: [COUNTRY, AGREEMENT]) {
      steps { relationship node { ... on Event { planned } } } } }`);
    for (const step of hubs.path?.steps ?? []) {
      expect(step.node.planned ?? false).toBe(false);
      expect(["MET", "CALLED", "VISITED", "SIGNED", "WROTE_TO"]).not.toContain(step.relationship);
    }
    const p = (await data(q(true))).path;
    expect(p.length).toBe(2);
    expect(p.steps[1].node.planned).toBe(true);
  });

  it("finds no path within too few hops, and rejects more than twelve", async () => {
    const { person } = await data(`{ person(name: "لطفي بوشعرة") { id } }`);
    const d = await data(
      `{ path(from: "${person.id}", to: "${LAVROV}", maxHops: 1, via: [COUNTRY]) { length } }`,
    );
    expect(d.path).toBeNull();
    const r = await gql(`{ path(from: "${person.id}", to: "${LAVROV}", maxHops: 13) { length } }`);
    expect(r.errors?.[0]).toMatchObject({
      message: expect.stringContaining("between 1 and 12"),
      extensions: { code: "BAD_USER_INPUT" },
    });
    const unknown = await gql(`{ path(from: "nobody", to: "${LAVROV}") { length } }`);
    expect(unknown.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("lists relations between Morocco and Russia in date order", async () => {
    const d = await data(`{
      country(code: "ma") {
        code nameEn
        relations(with: "RU") {
          kind date dateStart
          event { id type }
          agreement { id nameEn parties { code } }
        }
      }
    }`);
    expect(d.country).toMatchObject({ code: "MA", nameEn: "Morocco" });
    const rel = d.country.relations;
    const starts = rel.map((r: Json) => r.dateStart);
    expect([...starts].sort()).toEqual(starts);
    const events = rel
      .filter((r: Json) => r.kind === "EVENT")
      .map((r: Json) => [r.date, r.event.type]);
    expect(events).toEqual(
      expect.arrayContaining([
        ["2023-03-14", "CALL"],
        ["2025-09-09", "CALL"],
        ["2025-10-16", "MEETING"],
        ["2026-03-06", "CALL"],
      ]),
    );
    const agreements = rel.filter((r: Json) => r.kind === "AGREEMENT");
    expect(agreements.map((r: Json) => r.date)).toEqual(["2016-03", "2025-10-16"]);
    for (const a of agreements)
      expect(a.agreement.parties).toEqual([{ code: "MA" }, { code: "RU" }]);
    // Egypt and the United States have nothing to do with it.
    const cairo = await data(`{ country(code: "MA") { relations(with: "US") { kind } } }`);
    expect(cairo.country.relations).toEqual([]);
  });

  it("gives the same timeline by ISO codes, and one between two persons", async () => {
    const both = await data(`{
      c: country(code: "MA") { relations(with: "RU") { kind date } }
      t: timeline(a: "MA", b: "RU") { kind date }
      p: timeline(a: "${LAVROV}", b: "${BOURITA}") { kind date event { type } }
      m: timeline(a: "${BOURITA}", b: "RU", from: "2025-10", to: "2025-10") { kind date }
    }`);
    expect(both.t).toEqual(both.c.relations);
    expect(both.p.filter((i: Json) => i.kind === "EVENT").map((i: Json) => i.date)).toEqual([
      "2023-03-14",
      "2025-09-09",
      "2025-10-16",
      "2025-10-16",
      "2026-03-06",
    ]);
    expect(both.m.every((i: Json) => i.date.startsWith("2025-10"))).toBe(true);
    expect(both.m.length).toBeGreaterThan(0);
    const r = await gql(`{ timeline(a: "MA", b: "ZZ") { kind } }`);
    expect(r.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});

describe("events, agreements and articles", () => {
  it("pages events by date with cursors; counts only on request", async () => {
    const query = `query($after: String) {
      events(first: 4, after: $after) {
        pageInfo { hasNextPage hasPreviousPage endCursor }
        edges { cursor node { id dateStart } }
      }
    }`;
    const seen: string[] = [];
    const starts: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const d: Record<string, Json> = await data(query, { after });
      for (const e of d.events.edges) {
        seen.push(e.node.id);
        if (e.node.dateStart) starts.push(e.node.dateStart);
      }
      expect(d.events.pageInfo.hasPreviousPage).toBe(page > 0);
      if (!d.events.pageInfo.hasNextPage) break;
      after = d.events.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect([...starts].sort()).toEqual(starts);
    const counted = await data(`{ events(first: 1) { totalCount } }`);
    expect(counted.events.totalCount).toBe(seen.length);

    roundTrips = 0;
    await data(`{ events(first: 2) { edges { node { id } } } }`);
    const without = roundTrips;
    roundTrips = 0;
    await data(`{ events(first: 2) { totalCount edges { node { id } } } }`);
    expect(roundTrips).toBe(without + 1);
  });

  it("filters events by type, participant, country, date overlap and planned", async () => {
    const d = await data(`{
      calls: events(filter: { type: CALL, from: "2025" }) { totalCount edges { node { date } } }
      lavrov: events(filter: { participant: "${LAVROV}", type: MEETING }) { edges { node { date } } }
      egypt: events(filter: { country: "EG" }) { edges { node { type date } } }
      march2016: events(filter: { from: "2016-03-10", to: "2016-03-20" }) { edges { node { date } } }
      planned: events(filter: { planned: true }) { edges { node { planned } } }
    }`);
    expect(d.calls.edges.map((e: Json) => e.node.date)).toEqual([
      "2025-09-09",
      "2025-12-09",
      "2026-03-06",
    ]);
    expect(d.calls.totalCount).toBe(3);
    expect(d.lavrov.edges.map((e: Json) => e.node.date)).toEqual(["2025-10-16"]);
    expect(d.egypt.edges).toContainEqual({ node: { type: "CALL", date: "2025-12-09" } });
    // Overlap: a date known to the month or the year covers days inside the bounds.
    const march = d.march2016.edges.map((e: Json) => e.node.date);
    expect(march).toContain("2016-03");
    expect(march.every((x: string) => "2016-03".startsWith(x) || x.startsWith("2016-03"))).toBe(
      true,
    );
    expect(d.planned.edges.every((e: Json) => e.node.planned)).toBe(true);
  });

  it("lists agreements by party and date, with signatories and sources", async () => {
    const d = await data(`{
      agreements(filter: { party: "RU" }) {
        totalCount
        edges { node { nameEn date datePrecision parties { code } signatories { id } sources { article { file } } events { type } } }
      }
      y2025: agreements(filter: { from: "2025", to: "2025" }) { edges { node { date } } }
    }`);
    const nodes = d.agreements.edges.map((e: Json) => e.node);
    expect(d.agreements.totalCount).toBe(2);
    expect(nodes.map((g: Json) => g.date)).toEqual(["2016-03", "2025-10-16"]);
    expect(nodes[0].datePrecision).toBe("MONTH");
    expect(nodes[0].signatories.map((p: Json) => p.id).sort()).toEqual([
      "mohammed-vi",
      "vladimir-putin",
    ]);
    // Every seed mentions the 2016 partnership.
    expect(nodes[0].sources).toHaveLength(5);
    expect(nodes[1].signatories.map((p: Json) => p.id).sort()).toEqual([BOURITA, LAVROV]);
    expect(nodes[1].events).toContainEqual({ type: "SIGNING" });
    expect(d.y2025.edges.map((e: Json) => e.node.date)).toEqual(["2025-10-16"]);
  });

  it("gives an article with its file and what it reports", async () => {
    const d = await data(`{
      article(id: "${CALL_ARTICLE}") { id file title events { type date } agreements { date } }
      articles(first: 2) { totalCount edges { node { file publishedAt } } }
    }`);
    expect(d.article.file).toBe(CALL_ARTICLE);
    expect(d.article.events).toContainEqual({ type: "CALL", date: "2023-03-14" });
    expect(d.article.events).toContainEqual({ type: "MEETING", date: "2023-01" });
    expect(d.articles.totalCount).toBe(5);
  });

  it("lists a country's people, events and agreements", async () => {
    const d = await data(`{
      country(code: "RU") {
        nameAr
        people { id }
        events(type: VISIT) { totalCount edges { node { date placeCountry { code } } } }
        agreements { date }
      }
      countries { totalCount edges { node { code } } }
      none: country(code: "ZZ") { code }
    }`);
    expect(d.country.nameAr).toBe("روسيا");
    expect(d.country.people.map((p: Json) => p.id)).toEqual(expect.arrayContaining([LAVROV]));
    const visits = d.country.events.edges.map((e: Json) => e.node.date);
    expect(visits[0]).toBe("2002");
    expect([...visits].sort()).toEqual(visits);
    for (const e of d.country.events.edges) expect(e.node.placeCountry).toEqual({ code: "RU" });
    expect(d.country.agreements.map((a: Json) => a.date)).toEqual(["2016-03", "2025-10-16"]);
    expect(d.countries.edges.map((e: Json) => e.node.code)).toEqual(
      expect.arrayContaining(["EG", "MA", "RU", "US"]),
    );
    expect(d.none).toBeNull();
  });
});

describe("search", () => {
  it("finds persons, agreements and articles in Arabic and English", async () => {
    const d = await data(`{
      ar: search(text: "لافروف") { score node { __typename ... on Person { id } } }
      en: search(text: "Lavrov") { node { __typename ... on Person { id } } }
      partnership: search(text: "الشراكة الاستراتيجية", first: 50) { node { __typename } }
      titles: search(text: "الشراكة الاستراتيجية", kinds: [AGREEMENT, ARTICLE]) { node { __typename } }
    }`);
    expect(d.ar[0].node).toEqual({ __typename: "Person", id: LAVROV });
    expect(d.ar.map((h: Json) => h.score)).toEqual(
      [...d.ar.map((h: Json) => h.score)].sort((a, b) => b - a),
    );
    expect(d.en[0].node).toEqual({ __typename: "Person", id: LAVROV });
    const kinds = new Set(d.partnership.map((h: Json) => h.node.__typename));
    expect(kinds).toContain("Agreement");
    expect(kinds).toContain("Article");
    expect(kinds).toContain("Passage");
    const only = new Set(d.titles.map((h: Json) => h.node.__typename));
    expect([...only].sort()).toEqual(["Agreement", "Article"]);
  });

  it("takes Lucene syntax in user text literally", async () => {
    for (const text of [
      "lavrov)",
      '"lavrov',
      "lavrov AND OR NOT",
      "la*rov~ [x TO y]",
      "a:b\\c/d",
    ]) {
      const r = await gql(`query($t: String!) { search(text: $t) { score } }`, { t: text });
      expect(r.errors, text).toBeUndefined();
    }
    const r = await gql(`{ search(text: "  ") { score } }`);
    expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("GraphiQL examples", () => {
  it("has several, one operation each", () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(5);
    for (const e of EXAMPLES) expect(e.query.match(/^query /gm)).toHaveLength(1);
  });

  it.each(EXAMPLES.map((e) => [e.name, e.query]))(
    "%s runs without errors and finds something",
    async (_name, query) => {
      const res = await app.fetch("http://localhost/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query }),
      });
      const body = (await res.json()) as Result;
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      const [value] = Object.values(body.data ?? {});
      expect(value).not.toBeNull();
      expect(JSON.stringify(value)).not.toBe("[]");
    },
  );
});

describe("HTTP endpoints", () => {
  it("answers /health without the database and /ready with it", async () => {
    expect((await app.fetch("http://localhost/health")).status).toBe(200);
    const ready = await app.fetch("http://localhost/ready");
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready", database: "up" });
  });

  it("serves GraphiQL with example queries in development", async () => {
    const res = await app.fetch("http://localhost/graphql", { headers: { accept: "text/html" } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("GraphiQL");
    expect(html).toContain("BouritaCounterparts");
  });
});
