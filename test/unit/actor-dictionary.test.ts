import { describe, expect, it } from "vitest";
import { ACTORS, OFFICE_HOLDER_FILES, OFFICE_KINDS } from "../../src/extract/lexicon/actors.js";
import { fold } from "../../src/extract/text/normalize.js";

const KINDS = new Set<string>(OFFICE_KINDS);
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const TRACKED = new Set(["head_of_state", "head_of_government", "foreign_minister"]);

/** A partial date as the first or last day it can mean. */
const day = (d: string, end: boolean) =>
  d.length === 4
    ? `${d}-${end ? "12-31" : "01-01"}`
    : d.length === 7
      ? `${d}-${end ? "28" : "01"}`
      : d;

describe("the actor dictionary with the office-holder lists", () => {
  it("merges the office-holder files into a dictionary of at least 2,000 actors", () => {
    expect(OFFICE_HOLDER_FILES.length).toBeGreaterThan(0);
    expect(ACTORS.length).toBeGreaterThanOrEqual(2000);
  });

  it("gives every actor a Latin name, an Arabic name and well-formed offices", () => {
    const bad = ACTORS.filter(
      (a) =>
        !a.nameEn ||
        a.namesAr.length === 0 ||
        a.positions.length === 0 ||
        a.positions.some(
          (p) =>
            !KINDS.has(p.kind) ||
            !p.country ||
            (p.from !== null && !DATE.test(p.from)) ||
            (p.to !== null && !DATE.test(p.to)) ||
            (p.from !== null && p.to !== null && day(p.from, false) > day(p.to, true)),
        ),
    ).map((a) => a.id);
    expect(bad).toEqual([]);
  });

  it("spells every full name for one actor only, once folded", () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const a of ACTORS) {
      for (const n of new Set(a.namesAr.map(fold))) {
        const o = owner.get(n);
        if (o && o !== a.id) clashes.push(`${n}: ${o} / ${a.id}`);
        owner.set(n, a.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("has no two holders of one tracked office in one country at the same time", () => {
    const spans = new Map<string, { id: string; from: string; to: string }[]>();
    for (const a of ACTORS)
      for (const p of a.positions) {
        if (!TRACKED.has(p.kind) || !p.from) continue;
        const key = `${p.kind}/${p.role}/${p.country}`;
        const list = spans.get(key) ?? [];
        list.push({
          id: a.id,
          from: day(p.from, true),
          to: p.to ? day(p.to, false) : "9999-12-31",
        });
        spans.set(key, list);
      }
    const overlaps: string[] = [];
    for (const [key, list] of spans) {
      list.sort((x, y) => x.from.localeCompare(y.from));
      for (let i = 0; i < list.length; i++)
        for (let j = i + 1; j < list.length; j++) {
          const a = list[i];
          const b = list[j];
          if (!a || !b || a.id === b.id) continue;
          // A hand-over on the same day, or a few days apart in the sources, is no overlap.
          const slack = new Date(a.to).getTime() - new Date(b.from).getTime();
          if (slack > 14 * 86_400_000)
            overlaps.push(`${key}: ${a.id} until ${a.to}, ${b.id} from ${b.from}`);
        }
    }
    expect(overlaps).toEqual([]);
  });
});
