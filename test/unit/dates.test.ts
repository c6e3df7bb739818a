import { describe, expect, it } from "vitest";
import { findDates, resolveDate } from "../../src/extract/dates.js";
import { foldWithMap } from "../../src/extract/text/normalize.js";
import { tokenize } from "../../src/extract/text/tokens.js";

const NOW = new Date("2026-11-23T00:00:00Z");

function dateIn(text: string, anchor?: string) {
  const tokens = tokenize(foldWithMap(text).text);
  const [expr] = findDates(tokens);
  if (!expr) return undefined;
  const r = resolveDate(expr, {
    anchor: anchor ? new Date(`${anchor}T00:00:00Z`) : undefined,
    now: NOW,
  });
  return r.ok ? `${r.date.value}/${r.date.precision}` : `unresolved: ${r.reason}`;
}

describe("dates", () => {
  it.each([
    ["استقبل الرئيس ضيفه يوم 3 يونيو 2024 في القصر", "2024-06-03/day"],
    ["وصل الوفد في 21 يوليوز 2019 إلى الرباط", "2019-07-21/day"],
    ["انعقد الاجتماع في 5 غشت 2022", "2022-08-05/day"],
    ["وقعت الاتفاقية في 12 نونبر 2020", "2020-11-12/day"],
    ["الزيارة جرت في 30 دجنبر 2018", "2018-12-30/day"],
    ["بدأت المحادثات في 2 جانفي 2021", "2021-01-02/day"],
    ["التقى الوزيران في 14 جويلية 2023", "2023-07-14/day"],
    ["التقى الوزيران في الرابع عشر من يوليو 2023", "2023-07-14/day"],
    ["وصل الوفد في الحادي والعشرين من شهر مايو 2022", "2022-05-21/day"],
    ["عقدت الجلسة في الأول من نوفمبر 2021", "2021-11-01/day"],
    ["التقى الوزيران في 14 من شهر يوليو 2023", "2023-07-14/day"],
    ["وصل إلى تونس يوم 8 أوت 2017", "2017-08-08/day"],
    ["عقدت القمة في 9 فيفري 2022", "2022-02-09/day"],
    ["في 17 أفريل 2021 أعلن الطرفان", "2021-04-17/day"],
    ["بتاريخ 4 تشرين الأول 2023", "2023-10-04/day"],
    ["في 19 كانون الثاني/يناير 2024", "2024-01-19/day"],
    ["في 11 آذار 2015", "2015-03-11/day"],
    ["في ٢٥ مايو ٢٠٢٢", "2022-05-25/day"],
    ["خلال شهر فبراير 2019", "2019-02/month"],
    ["في سبتمبر من عام 2021", "2021-09/month"],
    ["منذ عام 2015", "2015/year"],
    ["اتفاقية موقعة سنة 1999", "1999/year"],
    ["الموافق 20 مارس 2024", "2024-03-20/day"],
    ["Published on March 3, 2024", "2024-03-03/day"],
    ["2024-05-17 الرباط", "2024-05-17/day"],
  ])("%s", (text, expected) => {
    expect(dateIn(text)).toBe(expected);
  });

  it("takes the Gregorian side of a Hijri date with الموافق", () => {
    expect(dateIn("الأحد 10 رمضان 1445 هـ الموافق 17 مارس 2024")).toBe("2024-03-17/day");
  });
  it("converts a Hijri date alone through the Umm al-Qura calendar", () => {
    expect(dateIn("في 1 شوال 1445 هـ")).toBe("2024-04-10/day");
  });
  it("resolves today and yesterday against the story date", () => {
    expect(dateIn("قال اليوم الأربعاء", "2024-05-15")).toBe("2024-05-15/day");
    expect(dateIn("أعلن أمس", "2024-05-15")).toBe("2024-05-14/day");
    expect(dateIn("أول أمس", "2024-05-15")).toBe("2024-05-13/day");
  });
  it("leaves a relative day unresolved without a story date", () => {
    expect(dateIn("قال أمس")).toMatch(/^unresolved/);
  });
  it("places a weekday, day and month without a year in the latest fitting year", () => {
    // 9 July is a Wednesday in 2025 and in 2031, not in 2026.
    expect(dateIn("يوم الأربعاء 9 يوليو الجاري")).toBe("2025-07-09/day");
    expect(dateIn("السبت 9 يوليو", "2023-01-01")).toBe("2022-07-09/day");
  });
  it("resolves months relative to the story date", () => {
    expect(dateIn("في أكتوبر الماضي", "2024-02-10")).toBe("2023-10/month");
    expect(dateIn("في فبراير الماضي", "2024-02-10")).toBe("2023-02/month");
    expect(dateIn("في مارس المقبل", "2024-02-10")).toBe("2024-03/month");
    expect(dateIn("في 3 نوفمبر الماضي", "2024-12-01")).toBe("2024-11-03/day");
  });
  it("resolves days and months counted back from the story date", () => {
    expect(dateIn("التقى الوزيران قبل يومين", "2024-05-15")).toBe("2024-05-13/day");
    expect(dateIn("التقى الوزيران قبل ثلاثة أيام", "2024-05-15")).toBe("2024-05-12/day");
    expect(dateIn("التقى الوزيران الليلة الماضية", "2024-05-15")).toBe("2024-05-14/day");
    expect(dateIn("التقى الوزيران أمس الأول", "2024-05-15")).toBe("2024-05-13/day");
    expect(dateIn("التقى الوزيران الشهر الماضي", "2024-01-15")).toBe("2023-12/month");
    expect(dateIn("لم يحدث ذلك قبل أن يصل الوفد", "2024-05-15")).toBeUndefined();
  });
  it("reads a weekday followed by the date in figures as that date", () => {
    expect(dateIn("اجتمع الوزيران يوم الأحد 5/5/2024م", "2024-06-20")).toBe("2024-05-05/day");
    expect(dateIn("اجتمع الوزيران الثلاثاء، 14-03-2023", "2024-06-20")).toBe("2023-03-14/day");
  });
  it("resolves a day of a month told relative to the story date", () => {
    expect(dateIn("اجتمع الوزيران في الـ15 من الشهر الجاري", "2024-05-20")).toBe("2024-05-15/day");
    expect(dateIn("اجتمع الوزيران يوم 28 من الشهر الماضي", "2024-03-05")).toBe("2024-02-28/day");
    expect(dateIn("يجتمع الوزيران في 2 من الشهر المقبل", "2024-12-20")).toBe("2025-01-02/day");
    expect(dateIn("اجتمع الوزيران يوم 30 من الشهر الماضي", "2024-03-05")).toMatch(/^unresolved/);
    expect(dateIn("اجتمع الوزيران يوم 9 الجاري", "2024-05-20")).toBe("2024-05-09/day");
    expect(dateIn("اجتمع الوزيران يوم 28 المنصرم", "2024-03-05")).toBe("2024-02-28/day");
    expect(dateIn("أصيب 3 الماضي")).toBeUndefined();
  });
  it("resolves a weekday alone to the last such day before the story date", () => {
    expect(dateIn("التقى الوزيران الاثنين الماضي", "2024-05-15")).toBe("2024-05-13/day");
  });
  it("does not read resolution numbers as years", () => {
    expect(dateIn("تطبيق القرار 2254 الأممي")).toBeUndefined();
  });
});

describe("dates with no story date", () => {
  it.each([
    [
      "وصل الوفد يوم 12 يونيو إلى العاصمة",
      "unresolved: day and month with no year and no story date",
    ],
    ["جرت المحادثات في شهر أكتوبر الماضي", "unresolved: month with no year and no story date"],
    ["ستعقد القمة في العام المقبل", "unresolved: relative year with no story date"],
    ["يزور الوزير البلد يوم الخميس المقبل", "unresolved: weekday with no story date"],
  ])("never takes the year of reading for %s", (text, expected) => {
    expect(dateIn(text)).toBe(expected);
  });

  it("places a month without a year against the story's date when there is one", () => {
    expect(dateIn("جرت المحادثات في شهر أكتوبر الماضي", "2021-02-10")).toBe("2020-10/month");
  });
});

describe("dates of what is to come", () => {
  it("places a day and month in a future sentence on or after the story's date", () => {
    const text = "سيشارك الوزير في الاجتماع يوم 11 سبتمبر";
    const tokens = tokenize(foldWithMap(text).text);
    const [expr] = findDates(tokens);
    if (!expr) throw new Error("no date");
    const anchor = new Date("2025-09-04T00:00:00Z");
    const past = resolveDate(expr, { anchor, now: NOW });
    const future = resolveDate(expr, { anchor, now: NOW, future: true });
    expect(past.ok && past.date.value).toBe("2024-09-11");
    expect(future.ok && future.date.value).toBe("2025-09-11");
  });
});
