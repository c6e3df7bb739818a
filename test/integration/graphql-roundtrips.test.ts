/**
 * Batching: each level of a query costs one Cypher round trip per field, however many parent
 * objects the level has. The Database's onQuery hook counts the statements sent.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, createApp } from "../../src/app.js";
import { loadAppConfig } from "../../src/config/app-config.js";
import type { Database } from "../../src/db/database.js";
import { loadArticles } from "../../src/load/load.js";
import { loadSeeds, SEED_CLOCK, testDatabase } from "./support/seeds.js";

// biome-ignore lint/suspicious/noExplicitAny: response data is checked by assertions, not types
type Json = any;

const FIRST = ["كريم", "سمير", "هشام", "يوسف", "عادل", "رشيد", "منير", "نبيل", "طارق", "جمال"];
const LAST = ["بنعلي", "بنكيران", "بوزيد", "بنجلون", "بوعزة"];
const MONTHS = ["يناير", "فبراير"];

/** An article in which Bourita receives fifty ambassadors, one a day: fifty new persons. */
function fiftyAudiences(): string {
  const names = FIRST.flatMap((f) => LAST.map((l) => `${f} ${l}`));
  return names
    .map(
      (name, i) =>
        `استقبل وزير الخارجية المغربي ناصر بوريطة، يوم ${(i % 25) + 1} ${MONTHS[Math.floor(i / 25)]} 2024 بالرباط، السفير ${name}.`,
    )
    .join("\n\n");
}

let db: Database;
let app: App;
const statements: string[] = [];

async function measured(query: string): Promise<{ data: Record<string, Json>; trips: string[] }> {
  statements.length = 0;
  const res = await app.fetch("http://localhost/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { data: Record<string, Json>; errors?: unknown };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return { data: body.data, trips: [...statements] };
}

beforeAll(async () => {
  db = testDatabase({ onQuery: (name) => statements.push(name) });
  await loadSeeds(db);
  const summary = await loadArticles(db, [{ file: "synthetic-50.txt", text: fiftyAudiences() }], {
    now: SEED_CLOCK,
  });
  expect(summary.skipped).toEqual([]);
  app = createApp({ db, config: loadAppConfig({}) });
});

afterAll(async () => {
  await db.close();
});

const THREE_LEVELS = `{
  people(first: 50) {
    edges { node {
      id nameEn
      events(first: 5) { edges { node {
        type date
        participants { role person { id nameEn } }
      } } }
    } }
  }
}`;

describe("round trips per query", () => {
  it("answers a three-level query over 50 persons in at most 4 round trips", async () => {
    const { data, trips } = await measured(THREE_LEVELS);
    const persons = data.people.edges;
    expect(persons).toHaveLength(50);
    const events = persons.flatMap((p: Json) => p.node.events.edges);
    expect(events.length).toBeGreaterThanOrEqual(50);
    const participants = events.flatMap((e: Json) => e.node.participants);
    expect(participants.length).toBeGreaterThanOrEqual(100);
    // people page, events of the 50 persons, participants of all their events.
    expect(trips).toEqual(["gql-persons-page", "gql-person-events", "gql-event-participants"]);
    expect(trips.length).toBeLessThanOrEqual(4);
  });

  it("costs the same whether a level has 5 parents or 50", async () => {
    const few = await measured(THREE_LEVELS.replace("first: 50", "first: 5"));
    const many = await measured(THREE_LEVELS);
    expect(few.trips.length).toBe(many.trips.length);
  });

  it("costs one round trip per field of a level, not per object", async () => {
    const { data, trips } = await measured(`{
      people(first: 50) {
        totalCount
        edges { node {
          country { code nameEn }
          counterparts(first: 3) { count person { id country { code } } }
          met(first: 3) { date person { id } event { sources { article { file } } } }
        } }
      }
    }`);
    expect(data.people.edges).toHaveLength(50);
    expect([...trips].sort()).toEqual(
      [
        "gql-persons-page",
        "gql-persons-count",
        "gql-countries-by-code",
        "gql-person-counterparts",
        "gql-person-meetings",
        "gql-event-sources",
      ].sort(),
    );
  });

  it("reads a page of events with their participants, and its count, in two statements", async () => {
    const { data, trips } = await measured(`{
      events(filter: { from: "2024" }, first: 15) {
        totalCount
        edges { node { id participants { role person { id nameEn } } } }
      }
    }`);
    expect([...trips].sort()).toEqual(["gql-events-count-by-date", "gql-events-page-by-date"]);
    const events = data.events.edges.map((e: Json) => e.node);
    expect(events).toHaveLength(15);
    expect(data.events.totalCount).toBeGreaterThanOrEqual(50);
    // The same participants, in the same order, as the events' own participant lists give.
    const byId = await measured(
      `{ ${events.map((e: Json, i: number) => `e${i}: event(id: "${e.id}") { id participants { role person { id nameEn } } }`).join(" ")} }`,
    );
    expect(byId.trips).toContain("gql-event-participants");
    expect(events).toEqual(Object.values(byId.data));
  });

  it("reads a timeline with its events' participants in one statement after the actors'", async () => {
    const query = (withParticipants: boolean) => `{
      timeline(a: "nasser-bourita", b: "sergey-lavrov") {
        kind event { id ${withParticipants ? "participants { role person { id nameEn } }" : ""} }
      }
    }`;
    const { data, trips } = await measured(query(true));
    expect(trips).toEqual(["gql-persons-by-id", "gql-interactions"]);
    const events = data.timeline.filter((i: Json) => i.event).map((i: Json) => i.event);
    expect(events.length).toBeGreaterThanOrEqual(4);
    expect(events.every((e: Json) => e.participants.length >= 2)).toBe(true);
    const byId = await measured(
      `{ ${events.map((e: Json, i: number) => `e${i}: event(id: "${e.id}") { id participants { role person { id nameEn } } }`).join(" ")} }`,
    );
    expect(events).toEqual(Object.values(byId.data));
    // Without participants asked, none are read.
    const plain = await measured(query(false));
    expect(plain.data.timeline.map((i: Json) => i.event?.id)).toEqual(
      data.timeline.map((i: Json) => i.event?.id),
    );
  });

  it("reads a person by id together with their calls, the same calls as found apart", async () => {
    const fields = `id nameEn role
      called { date directed person { id nameEn } }
      calledBy { date person { id called(first: 3) { date person { id } } } }`;
    const ahead = await measured(`{ person(id: "nasser-bourita") { ${fields} } }`);
    expect(ahead.trips).toEqual(["gql-person-calls", "gql-person-calls"]);
    // By name the person is found first, then the calls are read as a level of their own.
    const apart = await measured(`{ person(name: "Nasser Bourita") { ${fields} } }`);
    expect(apart.trips).toEqual(["gql-persons-by-name", "gql-person-calls", "gql-person-calls"]);
    expect(ahead.data).toEqual(apart.data);
    expect(ahead.data.person.called.length).toBeGreaterThanOrEqual(2);
    expect(ahead.data.person.calledBy.length).toBeGreaterThanOrEqual(1);

    const other = await measured(`{
      person(id: "nasser-bourita") { called(first: 1) { date } calledBy(first: 5) { date } }
    }`);
    expect(other.trips).toEqual(["gql-person-calls", "gql-person-calls"]);
    expect(other.data.person.called).toEqual(
      apart.data.person.called.slice(0, 1).map((c: Json) => ({ date: c.date })),
    );

    const none = await measured(`{ person(id: "no-such-person") { id called { date } } }`);
    expect(none.data.person).toBeNull();
    expect(none.trips).toEqual(["gql-person-calls"]);
  });

  it("reads calls of calls of a person by id in one statement, the same as found apart", async () => {
    const fields = `id
      called(first: 10) { date person { id nameEn called(first: 10) { date directed person { id } } calledBy(first: 10) { date person { id } } } }`;
    const ahead = await measured(`{ person(id: "sergey-lavrov") { ${fields} } }`);
    expect(ahead.trips).toEqual(["gql-person-calls"]);
    const apart = await measured(`{ person(name: "Sergey Lavrov") { ${fields} } }`);
    expect(apart.trips).toEqual(["gql-persons-by-name", "gql-person-calls", "gql-person-calls"]);
    expect(ahead.data).toEqual(apart.data);
    const second = ahead.data.person.called.flatMap((c: Json) => [
      ...c.person.called,
      ...c.person.calledBy,
    ]);
    expect(second.length).toBeGreaterThanOrEqual(2);
    // Two windows at the next level: read as a level of its own, one statement per window.
    const mixed = fields.replace("calledBy(first: 10)", "calledBy(first: 5)");
    const split = await measured(`{ person(id: "sergey-lavrov") { ${mixed} } }`);
    expect(split.trips).toEqual(["gql-person-calls", "gql-person-calls", "gql-person-calls"]);
  });

  it("reads a person by id together with their counterparts, as found apart", async () => {
    const fields = `id nameEn
      counterparts(first: 5) { count types firstDate lastDate person { id counterparts(first: 3) { count person { id } } } }`;
    const ahead = await measured(`{ person(id: "nasser-bourita") { ${fields} } }`);
    expect(ahead.trips).toEqual(["gql-person-counterparts", "gql-person-counterparts"]);
    const apart = await measured(`{ person(name: "Nasser Bourita") { ${fields} } }`);
    expect(apart.trips).toEqual([
      "gql-persons-by-name",
      "gql-person-counterparts",
      "gql-person-counterparts",
    ]);
    expect(ahead.data).toEqual(apart.data);
    expect(ahead.data.person.counterparts.length).toBeGreaterThanOrEqual(1);
    // Fields beyond the light ones read the whole person, ahead and apart alike.
    const full = `counterparts(first: 5) { person { id aliases counterparts(first: 2) { person { aliases } } } }`;
    const fullAhead = await measured(`{ person(id: "nasser-bourita") { ${full} } }`);
    const fullApart = await measured(`{ person(name: "Nasser Bourita") { ${full} } }`);
    expect(fullAhead.data).toEqual(fullApart.data);
    const aliases = fullAhead.data.person.counterparts.map((c: Json) => c.person.aliases);
    expect(aliases.every((a: string[]) => a.length > 0)).toBe(true);
  });

  it("loads persons named by id in one batch", async () => {
    const ids = ["sergey-lavrov", "nasser-bourita", "vladimir-putin", "mohammed-vi"];
    const query = `{ ${ids.map((id, i) => `p${i}: person(id: "${id}") { id nameEn }`).join(" ")} }`;
    const { data, trips } = await measured(query);
    expect(Object.values(data).map((p: Json) => p.id)).toEqual(ids);
    expect(trips).toEqual(["gql-persons-by-id"]);
  });

  it("reads the new lists of a level in one statement each, however many parents", async () => {
    // Fifty counterparts of Bourita, each with filtered counterparts, counts and a country's.
    const { data, trips } = await measured(`{
      person(id: "nasser-bourita") {
        counterparts(first: 60, from: "2024") {
          person {
            id
            counterparts(type: MEETING, first: 3) { count person { id } }
            eventCounts(by: YEAR) { period count }
            country { counterparts(first: 2) { country { code } persons { person { id } } } eventCounts { count } }
          }
        }
      }
    }`);
    expect(data.person.counterparts.length).toBeGreaterThanOrEqual(50);
    // Fields of one level may go in any order.
    expect([...trips].sort()).toEqual([
      "gql-countries-by-code",
      "gql-country-counterparts",
      "gql-country-event-counts",
      "gql-person-counterparts-filtered",
      "gql-person-counterparts-filtered",
      "gql-person-event-counts",
      "gql-persons-by-id",
    ]);
  });

  it("reads sources' paragraphs and articles' texts in one statement per level", async () => {
    const { data, trips } = await measured(`{
      events(first: 60) { edges { node { sources { context { start } article { text } } } } }
    }`);
    expect(data.events.edges.length).toBeGreaterThanOrEqual(50);
    expect([...trips].sort()).toEqual([
      "gql-article-texts",
      "gql-event-sources",
      "gql-events-page-by-date",
      "gql-source-contexts",
    ]);
  });

  it("reads k paths, and their steps' sources, in one statement each", async () => {
    const { data, trips } = await measured(`{
      paths(from: "nasser-bourita", to: "sergey-lavrov", first: 5) { steps { source { quote } } }
    }`);
    expect(data.paths).toHaveLength(5);
    // Both ends are checked in one batch.
    expect(trips).toEqual(["gql-persons-by-id", "gql-paths", "gql-event-sources"]);
  });
});
