import { describe, expect, it } from "vitest";
import {
  dateOk,
  normAr,
  personMatches,
  type RealGoldArticle,
  scoreArticle,
  summarize,
} from "../../src/evaluate/real-score.js";
import type { Extraction } from "../../src/extract/types.js";

// Hand-made cases: two invented officials and one call between them.
const gold: RealGoldArticle = {
  gold: {
    persons: [
      { name_ar: "سامي الحداد", name_en: "Sami Haddad", country: "JO" },
      { name_ar: "ليلى منصور", name_en: "Leila Mansour", country: "LB" },
    ],
    events: [
      {
        type: "CALL",
        initiator: "Sami Haddad",
        participants: ["Sami Haddad", "Leila Mansour"],
        date: "2024-05",
        planned: false,
      },
      { type: "SUMMIT", participants: [], date: null, planned: true },
    ],
    agreements: [{ parties: ["JO", "LB"], date: null }],
  },
};

function extraction(events: Partial<Extraction["events"][number]>[]): Extraction {
  return {
    file: "x.txt",
    publishedAt: null,
    title: null,
    outlet: null,
    persons: [
      {
        id: "p1",
        nameAr: "الحداد",
        nameEn: "S. Hadad",
        nameEnSource: "romanized",
        aliases: [],
        role: null,
        country: "JO",
        qid: null,
        source: "pattern",
      },
      {
        id: "p2",
        nameAr: "ليلي منصور",
        nameEn: "Laila Mansur",
        nameEnSource: "romanized",
        aliases: [],
        role: null,
        country: "LB",
        qid: null,
        source: "pattern",
      },
      {
        id: "p3",
        nameAr: "كريم",
        nameEn: "Karim",
        nameEnSource: "romanized",
        aliases: [],
        role: null,
        country: null,
        qid: null,
        source: "pattern",
      },
    ],
    countries: [],
    events: events.map((e, i) => ({
      id: `e${i}`,
      type: "CALL",
      cameo: "",
      date: null,
      datePrecision: null,
      dateText: null,
      planned: false,
      place: null,
      placeCountry: null,
      initiator: null,
      participants: [],
      agreement: null,
      evidence: { text: "", start: 0, end: 0 },
      confidence: 1,
      story: 0,
      ...e,
    })),
    agreements: [],
    diagnostics: [],
  };
}

describe("real-news scoring rules", () => {
  it("folds Arabic spellings the way the annotation is compared", () => {
    expect(normAr("إسماعيلْ  مُوسى")).toBe("اسماعيل موسي");
    expect(normAr("گولة")).toBe("كوله");
  });

  it("matches a person by folded Arabic, by family name contained in the name, or by Latin family name", () => {
    const sami = gold.gold.persons[0];
    if (!sami) throw new Error("fixture");
    expect(personMatches(sami, { nameAr: "سامي الحداد" })).toBe(true);
    expect(personMatches(sami, { nameAr: "الحداد" })).toBe(true);
    expect(personMatches(sami, { nameAr: "سامي" })).toBe(false);
    expect(personMatches(sami, { nameEn: "Sami Hadad" })).toBe(true); // one edit on a long name
    expect(personMatches(sami, { nameEn: "Sami Hamdan" })).toBe(false);
  });

  it("accepts a more precise predicted date, never a less precise one", () => {
    expect(dateOk("2024-05", "2024-05-12")).toBe(true);
    expect(dateOk("2024-05-12", "2024-05")).toBe(false);
    expect(dateOk(null, null)).toBe(true);
    expect(dateOk("2024", null)).toBe(false);
  });

  it("matches an event with at most one extra participant and counts direction and planning", () => {
    const s = scoreArticle(
      "x.txt",
      gold,
      extraction([
        { participants: ["p1", "p2", "p3"], date: "2024-05-02", initiator: "p1" },
        { type: "SUMMIT", planned: false },
      ]),
    );
    expect([s.tp, s.fp, s.fn]).toEqual([2, 0, 0]);
    expect(s.direction).toEqual({ correct: 1, total: 1 });
    expect(s.planned).toEqual({ correct: 1, total: 2 });
    expect(s.personsFound).toBe(2);
  });

  it("rejects a wrong type, a missing participant or a wrong date", () => {
    const s = scoreArticle(
      "x.txt",
      gold,
      extraction([
        { type: "MEETING", participants: ["p1", "p2"], date: "2024-05" },
        { participants: ["p1", "p3"], date: "2024-05" },
        { participants: ["p1", "p2"], date: "2024-06" },
      ]),
    );
    expect([s.tp, s.fp, s.fn]).toEqual([0, 3, 2]);
    expect(s.byType.CALL).toEqual({ tp: 0, fp: 2, fn: 1 });
    const r = summarize([s]);
    expect(r.events.f1).toBe(0);
    expect(r.agreements.fn).toBe(1);
  });

  it("gives each miss its cause, judged against the predictions left unmatched", () => {
    const causeOf = (events: Partial<Extraction["events"][number]>[]) =>
      scoreArticle("x.txt", gold, extraction(events), new Set(["CALL"])).causes;
    expect(causeOf([])).toEqual(["no event of the gold type"]);
    expect(causeOf([{ participants: ["p1", "p2"], date: "2024-06" }])).toEqual(["wrong date"]);
    expect(causeOf([{ participants: ["p1", "p3"] }])).toEqual([
      "participant found but not attached",
    ]);
    const meeting = extraction([{ type: "MEETING", participants: ["p1", "p2"] }]);
    expect(scoreArticle("x.txt", gold, meeting).causes[0]).toBe("wrong type");
    const unknown = extraction([]);
    unknown.persons.splice(1, 1);
    expect(scoreArticle("x.txt", gold, unknown, new Set(["CALL"])).causes).toEqual([
      "participant not found as a person",
    ]);
    expect(summarize([scoreArticle("x.txt", gold, extraction([]))]).causes).toEqual([
      ["no event of the gold type", 1],
      ["unnamed participants only", 1],
    ]);
  });

  it("scores only the asked types", () => {
    const s = scoreArticle("x.txt", gold, extraction([]), new Set(["SUMMIT"]));
    expect([s.tp, s.fp, s.fn]).toEqual([0, 0, 1]);
  });
});
