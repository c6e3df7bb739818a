import { describe, expect, it } from "vitest";
import { articleHead, outletFromUrl } from "../../src/extract/article-head.js";
import { placeName } from "../../src/extract/lexicon/places.js";
import { snippet } from "../../src/graphql/snippet.js";
import { paragraphs } from "../../src/load/paragraphs.js";

// Article heads written for this test, in the shapes news sites print them.
describe("articleHead", () => {
  it("passes over a breadcrumb and a section name to the headline", () => {
    const text =
      "الرئيسية » سياسة\nدولي\nوزير الخارجية يزور عمان لبحث التعاون\n\nزار وزير الخارجية، أمس، عمان.";
    expect(articleHead(text).title).toBe("وزير الخارجية يزور عمان لبحث التعاون");
  });

  it("reads the outlet from a byline and finds no headline above a first paragraph", () => {
    const text = "صحيفة الغد: متابعة\nاستقبل الرئيس، اليوم الإثنين، سفير اليابان في القصر.";
    expect(articleHead(text)).toEqual({ title: null, outlet: "صحيفة الغد" });
  });

  it("takes no sentence of the first paragraph for a headline", () => {
    expect(articleHead("التقى الوزير، صباح اليوم، نظيره التونسي.").title).toBeNull();
  });

  it("names the site of an address", () => {
    expect(outletFromUrl("https://www.example.org/a/b")).toBe("example.org");
    expect(outletFromUrl("not a url")).toBeNull();
  });
});

describe("paragraphs", () => {
  it("cut the text so that the pieces give it back, blank lines riding with the line before", () => {
    const text = "سطر أول\n\n  \nسطر ثان\nالأخير";
    const ps = paragraphs(text);
    expect(ps.map((p) => p.text).join("")).toBe(text);
    expect(ps).toHaveLength(3);
    for (const p of ps) expect(text.slice(p.start, p.end)).toBe(p.text);
  });

  it("cut a very long line at a space", () => {
    const text = "كلمة ".repeat(2000);
    const ps = paragraphs(text);
    expect(ps.length).toBeGreaterThan(1);
    expect(ps.map((p) => p.text).join("")).toBe(text);
    for (const p of ps) expect(p.text.length).toBeLessThanOrEqual(4000);
  });
});

describe("snippet", () => {
  it("marks a word found with a clitic and another spelling of its hamza", () => {
    const s = snippet("ناقش الطرفان الوضع بأوكرانيا والأزمة في ليبيا", ["اوكرانيا"]);
    expect(s.highlights).toHaveLength(1);
    const h = s.highlights[0] ?? { start: 0, end: 0 };
    expect(s.text.slice(h.start, h.end)).toBe("أوكرانيا");
  });

  it("does not mark a word inside another word", () => {
    expect(snippet("المصري والمصريون", ["صري"]).highlights).toHaveLength(0);
  });

  it("centres a long passage on the first match", () => {
    const long = `${"كلام ".repeat(200)}موسكو ${"كلام ".repeat(200)}`;
    const s = snippet(long, ["موسكو"]);
    expect(s.text.length).toBeLessThanOrEqual(240);
    const h = s.highlights[0] ?? { start: 0, end: 0 };
    expect(s.text.slice(h.start, h.end)).toBe("موسكو");
  });
});

describe("placeName", () => {
  it("names a capital and a city in both languages, with a preposition glued or not", () => {
    expect(placeName("موسكو")).toEqual({ ar: "موسكو", en: "Moscow", country: "RU" });
    expect(placeName("بالدار البيضاء")?.en).toBe("Casablanca");
    expect(placeName("بموسكو")?.en).toBe("Moscow");
    expect(placeName("مكان لا يعرفه أحد")).toBeUndefined();
  });
});
