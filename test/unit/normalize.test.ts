import { describe, expect, it } from "vitest";
import { fold, foldWithMap } from "../../src/extract/text/normalize.js";
import { cliticVariants, tokenize, toOriginal } from "../../src/extract/text/tokens.js";

describe("folding for matching", () => {
  it("drops tashkeel and tatweel", () => {
    expect(fold("سَيِّرْغِي لافـــروف")).toBe(fold("سيرغي لافروف"));
  });
  it("folds alef forms, alef maqsura and ta marbuta", () => {
    expect(fold("أحمد إبراهيم آل مصطفى مدرسة")).toBe("احمد ابراهيم ال مصطفي مدرسه");
  });
  it("turns Arabic-Indic and Persian digits into ASCII", () => {
    expect(fold("٢٠٢٥ و۱۴")).toBe("2025 و14");
  });
  it("decomposes presentation forms (NFKC)", () => {
    expect(fold("\uFEFB")).toBe("لا");
  });
  it("maps folded offsets back to the original text", () => {
    const original = "التقى الوزيرُ بـــنظيره";
    const f = foldWithMap(original);
    const tok = tokenize(f.text).find((t) => t.text === "بنظيره");
    expect(tok).toBeDefined();
    if (!tok) return;
    const o = toOriginal(f, tok.start, tok.end);
    expect(original.slice(o.start, o.end)).toBe("بـــنظيره");
  });
  it("strips proclitics and the article, but never stems further", () => {
    expect(cliticVariants("وبالمغرب")).toEqual(
      expect.arrayContaining(["بالمغرب", "المغرب", "مغرب"]),
    );
    expect(cliticVariants("للمغرب")).toContain("المغرب");
    expect(cliticVariants("لافروف")).toContain("لافروف");
  });
});
