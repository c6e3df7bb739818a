/**
 * Written messages and summits end to end: extracted from an article, loaded into Neo4j, read
 * back through GraphQL (the person's message list both ways, events filtered by type).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, createApp } from "../../src/app.js";
import { loadAppConfig } from "../../src/config/app-config.js";
import type { Database } from "../../src/db/database.js";
import { loadArticles } from "../../src/load/load.js";
import { loadSeeds, SEED_CLOCK, testDatabase } from "./support/seeds.js";

// biome-ignore lint/suspicious/noExplicitAny: response data is checked by assertions, not types
type Json = any;

// Written for this test: a letter carried by a minister, and a summit two presidents attend.
const ARTICLE = [
  "سلم وزير الخارجية التشيكي يان كوبيتس يوم 4 مارس 2024 إلى الرئيس السلوفاكي بيتر هورفاث رسالة خطية من الرئيس التشيكي ميلان دفوراك.",
  "وشارك الرئيس السلوفاكي بيتر هورفاث يوم 3 مارس 2024 في القمة الأوروبية الطارئة.",
  "كما شارك الرئيس التشيكي ميلان دفوراك في القمة الأوروبية الطارئة.",
].join("\n");

let db: Database;
let app: App;

async function query(q: string): Promise<Record<string, Json>> {
  const res = await app.fetch("http://localhost/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: q }),
  });
  const body = (await res.json()) as { data: Record<string, Json>; errors?: unknown };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data;
}

beforeAll(async () => {
  db = testDatabase();
  await loadSeeds(db);
  const summary = await loadArticles(db, [{ file: "letters-and-summits.txt", text: ARTICLE }], {
    now: SEED_CLOCK,
  });
  expect(summary.skipped).toEqual([]);
  app = createApp({ db, config: loadAppConfig({}) });
});

afterAll(async () => {
  await db.close();
});

describe("messages and summits in the graph", () => {
  it("lists a message as sent by its writer and received by its addressee, never by the carrier", async () => {
    const d = await query(`{
      writer: person(name: "ميلان دفوراك") { messages { date direction person { nameAr } event { type } } }
      addressee: person(name: "بيتر هورفاث") { messages { direction person { nameAr } } }
      carrier: person(name: "يان كوبيتس") { messages { direction } }
    }`);
    expect(d.writer.messages).toEqual([
      {
        date: "2024-03-04",
        direction: "SENT",
        person: { nameAr: "بيتر هورفاث" },
        event: { type: "MESSAGE" },
      },
    ]);
    expect(d.addressee.messages).toEqual([
      { direction: "RECEIVED", person: { nameAr: "ميلان دفوراك" } },
    ]);
    expect(d.carrier.messages).toEqual([]);
  });

  it("gives one summit with both attendees, found by the event type filter", async () => {
    const d = await query(`{
      person(name: "بيتر هورفاث") {
        events(type: SUMMIT) { totalCount edges { node { type cameo date participants { role person { nameAr } } } } }
      }
    }`);
    const summits = d.person.events.edges.map((e: Json) => e.node);
    expect(d.person.events.totalCount).toBe(1);
    expect(summits[0].cameo).toBe("044");
    expect(summits[0].date).toBe("2024-03-03");
    expect(summits[0].participants.map((p: Json) => [p.role, p.person.nameAr]).sort()).toEqual([
      ["ATTENDEE", "بيتر هورفاث"],
      ["ATTENDEE", "ميلان دفوراك"],
    ]);
  });
});
