import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, createApp } from "../../src/app.js";
import { loadAppConfig } from "../../src/config/app-config.js";
import type { Database } from "../../src/db/database.js";
import { loadSeeds, testDatabase } from "./support/seeds.js";

// Names as analysts type them, over the seeds: other spellings, typos, titles, French forms.
let db: Database;
let app: App;

beforeAll(async () => {
  db = testDatabase();
  await loadSeeds(db);
  app = createApp({ db, config: loadAppConfig({}) });
});

afterAll(async () => {
  await db.close();
});

// biome-ignore lint/suspicious/noExplicitAny: response data is checked by assertions, not types
async function gql(query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const res = await app.fetch("http://127.0.0.1/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}

const RESOLVE = `query($n: String!) { resolve(name: $n) { ambiguous candidates { score why person { id } country { code } } } }`;

describe("resolve(name:)", () => {
  it.each([
    ["Sergei Lavrov", "sergey-lavrov"],
    ["Lavrof", "sergey-lavrov"],
    ["Burita", "nasser-bourita"],
    ["Poutine", "vladimir-putin"],
    ["Mohamed VI", "mohammed-vi"],
    ["ناصر بوريتة", "nasser-bourita"],
    ["الرئيس بوتين", "vladimir-putin"],
    ["الملك محمد السادس", "mohammed-vi"],
    ["سيرجي لافروف", "sergey-lavrov"],
  ])("finds %s as %s, first", async (name, id) => {
    const r = await gql(RESOLVE, { n: name });
    expect(r.errors).toBeUndefined();
    expect(r.data.resolve.candidates[0]?.person?.id).toBe(id);
    expect(r.data.resolve.candidates[0]?.why.length).toBeGreaterThan(0);
  });

  it("says why: an exact alias scores 1, a title stripped is said", async () => {
    const exact = await gql(RESOLVE, { n: "ناصر بوريطة" });
    expect(exact.data.resolve.candidates[0]).toMatchObject({ score: 1, why: ["EXACT_ALIAS"] });
    const titled = await gql(RESOLVE, { n: "الرئيس بوتين" });
    expect(titled.data.resolve.candidates[0].why).toContain("TITLE_STRIPPED");
  });

  it("finds a country by its name", async () => {
    const r = await gql(RESOLVE, { n: "المغرب" });
    expect(r.data.resolve.candidates[0]?.country?.code).toBe("MA");
  });
});

describe("names where ids were asked for", () => {
  it("takes a name in timeline and path", async () => {
    const t = await gql(`{ timeline(a: "بوريطة", b: "Lavrov") { kind date } }`);
    expect(t.errors).toBeUndefined();
    expect(t.data.timeline.length).toBeGreaterThan(0);
    const byId = await gql(`{ timeline(a: "nasser-bourita", b: "sergey-lavrov") { kind date } }`);
    expect(t.data.timeline).toEqual(byId.data.timeline);
    const p = await gql(`{ path(from: "Lavrov", to: "Patrushev") { length } }`);
    expect(p.errors).toBeUndefined();
    expect(p.data.path.length).toBeGreaterThan(0);
  });

  it("answers NOT_FOUND for a name nobody has", async () => {
    const r = await gql(`{ timeline(a: "Zzyzx Qwerty", b: "sergey-lavrov") { kind } }`);
    expect(r.errors[0].extensions.code).toBe("NOT_FOUND");
  });
});
