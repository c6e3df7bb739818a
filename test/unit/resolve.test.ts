import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/extract.js";
import { chooseCluster } from "../../src/resolve/cluster.js";
import { dateBounds } from "../../src/resolve/dates.js";
import { resolveBatch, resolveEvents } from "../../src/resolve/resolve.js";
import type { ArticleExtraction } from "../../src/resolve/types.js";

const NOW = new Date("2026-11-23T00:00:00Z");

function article(file: string, text: string, published?: string): ArticleExtraction {
  const meta = published ? { published } : undefined;
  return {
    file,
    sha256: file,
    meta,
    extraction: extractArticle(text, { file, now: NOW, ...(meta ? { meta } : {}) }),
    text,
  };
}

describe("clusters of reports", () => {
  const c = (date: string | null, placeCountry: string | null = null) => ({
    id: "x",
    date,
    placeCountry,
  });
  it("joins a dated report to the cluster whose date contains it", () => {
    expect(
      chooseCluster({ date: "2024-05-02", placeCountry: null }, [c("2023-01"), c("2024-05")]),
    ).toBe(1);
  });
  it("starts a new cluster for an incompatible date or place", () => {
    expect(chooseCluster({ date: "2024-06-02", placeCountry: null }, [c("2024-05")])).toBe(-1);
    expect(chooseCluster({ date: "2024-05-02", placeCountry: "FR" }, [c("2024-05", "DE")])).toBe(
      -1,
    );
  });
  it("joins an undated report only when a single cluster fits", () => {
    expect(chooseCluster({ date: null, placeCountry: null }, [c("2024-05-02")])).toBe(0);
    expect(
      chooseCluster({ date: null, placeCountry: null }, [c("2024-05-02"), c("2023-01-09")]),
    ).toBe("ambiguous");
  });
  it("gives each partial date its first and last day", () => {
    expect(dateBounds("2024-02")).toEqual({ start: "2024-02-01", end: "2024-02-29" });
    expect(dateBounds("2016")).toEqual({ start: "2016-01-01", end: "2016-12-31" });
  });
});

describe("resolving articles into one graph", () => {
  it("makes one person of two spellings and one event of two reports, the date from the dated one", () => {
    const r = resolveBatch([
      article(
        "a.txt",
        "أجرى وزير الخارجية المغربي ناصر بوريطة مباحثات مع نظيره الروسي سيرغي لافروف في 3 يونيو 2024 بموسكو.",
      ),
      article("b.txt", "التقى ناصر بوريطة بنظيره الروسي سيرجي لافروف في العاصمة موسكو."),
    ]);
    expect(r.persons.filter((p) => p.id === "sergey-lavrov")).toHaveLength(1);
    expect(r.persons.find((p) => p.id === "sergey-lavrov")?.aliases).toEqual(
      expect.arrayContaining(["سيرغي لافروف", "سيرجي لافروف"]),
    );
    const meetings = r.events.filter((e) => e.type === "MEETING");
    expect(meetings).toHaveLength(1);
    expect(meetings[0]?.date).toBe("2024-06-03");
    expect(meetings[0]?.sources.map((s) => s.article).sort()).toEqual(["a.txt", "b.txt"]);
  });

  it("keeps two persons who share a surname apart", () => {
    const r = resolveBatch([
      article("a.txt", "قال سفير البرتغال لدى المغرب جواو سيلفا إن التعاون متين."),
      article("b.txt", "قال سفير البرازيل لدى مصر ماريو سيلفا إن العلاقات جيدة."),
    ]);
    const silvas = r.persons.filter((p) => p.nameAr.endsWith("سيلفا"));
    expect(silvas.map((p) => p.country).sort()).toEqual(["BR", "PT"]);
  });

  it("keeps two dates for what looks like one event apart and says so", () => {
    const r = resolveBatch([
      article(
        "a.txt",
        "أجرى وزير الخارجية المغربي ناصر بوريطة اتصالا هاتفيا مع نظيره الروسي سيرغي لافروف في 3 يونيو 2024.",
      ),
      article(
        "b.txt",
        "أجرى وزير الخارجية المغربي ناصر بوريطة اتصالا هاتفيا مع نظيره الروسي سيرغي لافروف في 5 يونيو 2024.",
      ),
    ]);
    expect(r.events.filter((e) => e.type === "CALL")).toHaveLength(2);
    expect(r.diagnostics.map((d) => d.code)).toContain("date-conflict");
  });

  it("gives a call its caller and callee roles", () => {
    const r = resolveBatch([
      article(
        "a.txt",
        "تلقى وزير الخارجية المغربي ناصر بوريطة اتصالا هاتفيا في 3 يونيو 2024 من نظيره الروسي سيرغي لافروف.",
      ),
    ]);
    const call = r.events.find((e) => e.type === "CALL");
    expect(call?.initiator).toBe("sergey-lavrov");
    expect(call?.participants).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: "sergey-lavrov", role: "caller" }),
        expect.objectContaining({ id: "nasser-bourita", role: "callee" }),
      ]),
    );
  });

  it("gives each participant the office held on the event's date", () => {
    // The dictionary has Bourita as minister delegate until April 2017, then as minister.
    const at = (date: string) =>
      resolveBatch([
        article("a.txt", `التقى ناصر بوريطة في ${date} بسيرغي لافروف في موسكو.`),
      ]).events[0]?.participants.find((p) => p.id === "nasser-bourita")?.office;
    expect(at("3 يونيو 2024")).toMatch(/^Minister of Foreign Affairs/);
    expect(at("3 يناير 2017")).toBe("Minister Delegate for Foreign Affairs and Cooperation");
  });

  it("keeps an event held once reported held, whatever a later report of the plan says", () => {
    const held = resolveBatch([
      article("a.txt", "التقى ناصر بوريطة يوم 3 يونيو 2024 بسيرغي لافروف في موسكو."),
    ]).events[0];
    if (!held) throw new Error("no event");
    const plan = article(
      "b.txt",
      "سيلتقي ناصر بوريطة يوم 3 يونيو 2024 بسيرغي لافروف في موسكو.",
      "2024-06-01",
    );
    const stored = { id: held.id, date: held.date, placeCountry: held.placeCountry };
    const as = (planned: boolean) =>
      resolveEvents([plan], new Map(), new Map([[held.signature, [{ ...stored, planned }]]]))
        .events[0]?.planned;
    expect(as(false)).toBe(false);
    expect(as(true)).toBe(true);
  });

  it("takes, of two offices held the same day, the one the article's title names", () => {
    // The dictionary has Safadi as foreign minister since 2017 and deputy prime minister since 2021.
    const office = (title: string) =>
      resolveBatch([
        article("a.txt", `اتصل ${title} أيمن الصفدي يوم 4 مارس 2024 بنظيره المصري بدر عبد العاطي.`),
      ]).events[0]?.participants.find((p) => p.id === "ayman-safadi")?.office;
    expect(office("وزير الخارجية الأردني")).toBe("Minister of Foreign Affairs and Expatriates");
    expect(office("نائب رئيس الوزراء الأردني")).toBe("Deputy Prime Minister");
  });
});
