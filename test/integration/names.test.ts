import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SeededApp, seededApp } from "./support/seeded-app.js";

// Names as analysts type them, over the seeds: other spellings, typos, titles, French forms.
let seeded: SeededApp;
const gql: SeededApp["gql"] = (query, variables) => seeded.gql(query, variables);

beforeAll(async () => {
  seeded = await seededApp();
});

afterAll(async () => {
  await seeded.db.close();
});

// Spellings from the issue, each with the person it means.
const SPELLINGS: [string, string][] = [
  ["Sergei Lavrov", "sergey-lavrov"],
  ["Lavrof", "sergey-lavrov"],
  ["Burita", "nasser-bourita"],
  ["Poutine", "vladimir-putin"],
  ["Mohamed VI", "mohammed-vi"],
  ["ناصر بوريتة", "nasser-bourita"],
  ["الرئيس بوتين", "vladimir-putin"],
  ["الملك محمد السادس", "mohammed-vi"],
];

const RESOLVE = `query($n: String!) { resolve(name: $n) { ambiguous candidates { score why person { id } country { code } } } }`;

describe("resolve(name:)", () => {
  it.each([...SPELLINGS, ["سيرجي لافروف", "sergey-lavrov"]])(
    "finds %s as %s, first",
    async (name, id) => {
      const r = await gql(RESOLVE, { n: name });
      expect(r.errors).toBeUndefined();
      expect(r.data.resolve.candidates[0]?.person?.id).toBe(id);
      expect(r.data.resolve.candidates[0]?.why.length).toBeGreaterThan(0);
    },
  );

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
    const p = await gql(`{ path(from: "Lavrov", to: "Burita") { length } }`);
    expect(p.errors).toBeUndefined();
    expect(p.data.path.length).toBeGreaterThan(0);
  });

  it("answers NOT_FOUND for a name nobody has", async () => {
    const r = await gql(`{ timeline(a: "Zzyzx Qwerty", b: "sergey-lavrov") { kind } }`);
    expect(r.errors[0].extensions.code).toBe("NOT_FOUND");
  });
});

describe("person(name:)", () => {
  const PERSON = `query($n: String!) { person(name: $n) { id } }`;

  it.each(SPELLINGS)("finds %s as %s", async (name, id) => {
    const r = await gql(PERSON, { n: name });
    expect(r.errors).toBeUndefined();
    expect(r.data.person?.id).toBe(id);
  });

  it("says a bare first name is ambiguous, listing who it may be, instead of picking one", async () => {
    const r = await gql(PERSON, { n: "محمد" });
    expect(r.errors?.[0]?.extensions?.code).toBe("AMBIGUOUS");
    expect(r.errors?.[0]?.extensions?.candidates).toContain("mohammed-vi");
  });

  it("is null for a name nobody bears", async () => {
    const r = await gql(PERSON, { n: "Zzyzx Qwerty" });
    expect(r.errors).toBeUndefined();
    expect(r.data.person).toBeNull();
  });
});

describe("names in lists and filters", () => {
  it("takes a country's name wherever a code goes, and a person's name as participant", async () => {
    const r = await gql(`{
      byName: country(code: "المغرب") { code relations(with: "Russia", first: 3) { date } }
      byCode: country(code: "MA") { code relations(with: "RU", first: 3) { date } }
      named: events(filter: { participant: "Lavrof", country: "روسيا" }, first: 50) { totalCount }
      ids: events(filter: { participant: "sergey-lavrov", country: "RU" }, first: 50) { totalCount }
    }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.byName).toEqual(r.data.byCode);
    expect(r.data.named.totalCount).toBe(r.data.ids.totalCount);
    expect(r.data.ids.totalCount).toBeGreaterThan(0);
  });

  it("knows the other English names analysts type", async () => {
    const r =
      await gql(`{ usa: country(code: "USA") { code } russia: country(code: "Russian Federation") { code }
      counts: country(code: "MA") { eventCounts(by: YEAR, with: "Russia") { count } } }`);
    expect(r.errors).toBeUndefined();
    expect([r.data.usa.code, r.data.russia.code]).toEqual(["US", "RU"]);
    expect(r.data.counts.eventCounts.length).toBeGreaterThan(0);
  });

  it("refuses a country name it does not know, saying what it wanted", async () => {
    const r = await gql(`{ country(code: "Atlantis") { code } }`);
    expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(r.errors?.[0]?.message).toContain("country's name");
  });
});
