import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Gold } from "../../src/evaluate/score.js";
import { evaluateSeeds, HOLDOUT_DIR, UNSEEN_DIR } from "../../src/evaluate/seeds.js";

const gold = JSON.parse(
  readFileSync(new URL("../fixtures/seeds.gold.json", import.meta.url), "utf8"),
) as Gold;

describe("extraction on the annotated seed articles", async () => {
  // The annotation's "no year" dates are read as of the day the articles were annotated.
  const report = await evaluateSeeds(gold, new Date("2026-11-23T00:00:00Z"));

  it("finds events with F1 of at least 0.95", () => {
    expect(report.events.f1, report.misses.join("\n")).toBeGreaterThanOrEqual(0.95);
  });
  it("gets every call's direction right", () => {
    expect(report.direction.correct).toBe(report.direction.total);
    expect(report.direction.total).toBeGreaterThan(0);
  });
  it("gets every gold date exactly", () => {
    expect(report.dates.exact).toBe(report.dates.total);
  });
  it("finds agreements with F1 of at least 0.9", () => {
    expect(report.agreements.f1, report.misses.join("\n")).toBeGreaterThanOrEqual(0.9);
  });
  it("finds every gold person with the right country", () => {
    expect(report.persons.recall).toBe(1);
    expect(report.personCountryErrors).toEqual([]);
  });
});

for (const [set, dir] of [
  ["unseen", UNSEEN_DIR],
  ["holdout", HOLDOUT_DIR],
] as const) {
  describe(`extraction on the hand-written articles of test/fixtures/${set}`, async () => {
    const gold = JSON.parse(
      readFileSync(new URL(`../fixtures/${set}.gold.json`, import.meta.url), "utf8"),
    ) as Gold;
    const report = await evaluateSeeds(gold, new Date("2026-11-23T00:00:00Z"), dir);

    it("finds events with F1 of at least 0.85 and every caller", () => {
      expect(report.events.f1, report.misses.join("\n")).toBeGreaterThanOrEqual(0.85);
      expect(report.direction.correct).toBe(report.direction.total);
    });
    it("finds the persons with their countries", () => {
      expect(report.persons.recall).toBeGreaterThanOrEqual(0.9);
      expect(report.personCountryErrors).toEqual([]);
    });
  });
}
