import { ENGLISH_MONTHS, HIJRI_MONTHS, MONTHS, WEEKDAYS } from "./lexicon/calendar.js";
import { PhraseIndex } from "./lexicon/phrases.js";
import { fold } from "./text/normalize.js";
import { cliticVariants, type Token } from "./text/tokens.js";

export type Precision = "day" | "month" | "year";
type Relative = "today" | "yesterday" | "dayBefore" | "tomorrow";
type Qualifier = "past" | "current" | "next";

/** A date expression as written, before it is placed against the article's anchor. */
export interface DateExpr {
  readonly start: number;
  readonly end: number;
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
  rel?: Relative;
  qual?: Qualifier;
  hijri?: boolean;
  /** الأسبوع المقبل / الماضي / الجاري: a week, told relative to the story's date. */
  week?: boolean;
  /** الشهر الماضي / الجاري / المقبل: a month, told relative to the story's date. */
  monthRel?: boolean;
  /** قبل يومين، قبل ثلاثة أيام: so many days before the story's date. */
  daysAgo?: number;
}

export interface ResolvedDate {
  readonly value: string;
  readonly precision: Precision;
  /** True when the year was inferred rather than written. */
  readonly inferredYear: boolean;
}

const GREGORIAN = new PhraseIndex<number>();
for (const m of MONTHS) GREGORIAN.add(m.tokens.join(" "), m.value);
const HIJRI = new PhraseIndex<number>();
for (const m of HIJRI_MONTHS) HIJRI.add(m.tokens.join(" "), m.value);

const word = (s: string) => fold(s);
const W = {
  today: word("اليوم"),
  yesterday: word("أمس"),
  first: word("أول"),
  tomorrow: word("غدا"),
  day: word("يوم"),
  month: word("شهر"),
  of: word("من"),
  corresponding: word("الموافق"),
  hijriEra: word("هـ"),
  yearWords: new Set(["عام", "سنة", "العام", "السنة", "عامي"].map(word)),
  thisYear: new Set(["الجاري", "الحالي"].map(word)),
  notYearBefore: new Set(
    ["رقم", "قرار", "القرار", "المرسوم", "القانون", "الفصل", "المادة"].map(word),
  ),
};
const ORDINAL_UNITS = new Map<string, number>(
  [
    ["الاول", 1],
    ["الحادي", 1],
    ["الثاني", 2],
    ["الثالث", 3],
    ["الرابع", 4],
    ["الخامس", 5],
    ["السادس", 6],
    ["السابع", 7],
    ["الثامن", 8],
    ["التاسع", 9],
    ["العاشر", 10],
  ].map(([w, n]) => [word(w as string), n as number]),
);
const ORDINAL_TENS = new Map<string, number>([
  [word("العشرين"), 20],
  [word("الثلاثين"), 30],
]);

/** Every word a date expression can start with. */
const STARTERS = new Set<string>([
  ...WEEKDAYS.keys(),
  ...MONTHS.map((m) => m.tokens[0] ?? ""),
  ...HIJRI_MONTHS.map((m) => m.tokens[0] ?? ""),
  ...ENGLISH_MONTHS.keys(),
  ...[
    "اليوم",
    "أمس",
    "أول",
    "غدا",
    "يوم",
    "شهر",
    "عام",
    "سنة",
    "العام",
    "السنة",
    "عامي",
    "الأسبوع",
    "الاسبوع",
    "الليلة",
    "ليلة",
    "قبل",
    "الشهر",
  ].map((w) => fold(w)),
  // Days in words (الرابع عشر من مارس).
  ...ORDINAL_UNITS.keys(),
  ...ORDINAL_TENS.keys(),
]);

const SAME = new Set(["نفس", "ذات"]);
const SAME_AFTER = new Set(["نفسه", "ذاته"]);
const RANGE_JOINERS = new Set(["و", "-", "الي", "حتي", "وحتي", "والي", "–"]);

const QUALIFIERS = new Map<string, Qualifier>([
  [word("الفارط"), "past"],
  [word("الفارطة"), "past"],
  [word("المنقضي"), "past"],
  [word("المنقضية"), "past"],
  [word("الماضي"), "past"],
  [word("الماضية"), "past"],
  [word("المنصرم"), "past"],
  [word("المنصرمة"), "past"],
  [word("الفائت"), "past"],
  [word("الجاري"), "current"],
  [word("الحالي"), "current"],
  [word("الجارية"), "current"],
  [word("المقبل"), "next"],
  [word("المقبلة"), "next"],
  [word("القادم"), "next"],
  [word("القادمة"), "next"],
]);

/** The masculine ones stand for the month itself after a day (يوم 9 الجاري، يوم 28 المنصرم). */
const MONTH_LEFT_OUT = new Map([...QUALIFIERS].filter(([w]) => !w.endsWith("ه")));

function weekdayOf(t: Token | undefined): number | undefined {
  if (t?.kind !== "word") return undefined;
  for (const v of cliticVariants(t.text)) {
    const d = WEEKDAYS.get(v) ?? WEEKDAYS.get(`ال${v}`);
    if (d !== undefined) return d;
  }
  return undefined;
}

function num(t: Token | undefined, min: number, max: number): number | undefined {
  if (t?.kind !== "number") return undefined;
  const n = Number(t.text);
  return n >= min && n <= max ? n : undefined;
}

/** Finds the date expressions in a run of tokens, left to right, without overlaps. */
export function findDates(tokens: readonly Token[]): DateExpr[] {
  const out: DateExpr[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    // Most words cannot start a date: skip them before any parsing.
    if (!t || (t.kind !== "number" && !cliticVariants(t.text).some((v) => STARTERS.has(v)))) {
      i++;
      continue;
    }
    const e = parseAt(tokens, i);
    if (e) {
      out.push(e);
      i = e.end;
    } else i++;
  }
  return out;
}

function parseAt(t: readonly Token[], i: number): DateExpr | undefined {
  return parseIso(t, i) ?? parseEnglish(t, i) ?? parseArabic(t, i);
}

function parseIso(t: readonly Token[], i: number): DateExpr | undefined {
  const a = t[i];
  if (a?.kind !== "number") return undefined;
  const sep = t[i + 1]?.text;
  if (sep !== "-" && sep !== "/" && sep !== ".") return undefined;
  if (t[i + 3]?.text !== sep) return undefined;
  const b = num(t[i + 2], 1, 12);
  if (a.text.length === 4) {
    const d = num(t[i + 4], 1, 31);
    if (b && d) return { start: i, end: i + 5, year: Number(a.text), month: b, day: d };
  } else {
    const d = num(a, 1, 31);
    const y = t[i + 4]?.text.length === 4 ? num(t[i + 4], 1900, 2100) : undefined;
    if (b && d && y) return { start: i, end: i + 5, year: y, month: b, day: d };
  }
  return undefined;
}

function parseEnglish(t: readonly Token[], i: number): DateExpr | undefined {
  let j = i;
  let day = num(t[j], 1, 31);
  if (day !== undefined) {
    j++;
    if (/^(st|nd|rd|th)$/.test(t[j]?.text ?? "")) j++;
    if (t[j]?.text === ",") j++;
    const month = ENGLISH_MONTHS.get(t[j]?.text ?? "");
    if (!month) return undefined;
    j++;
    if (t[j]?.text === ",") j++;
    const year = num(t[j], 1900, 2100);
    if (!year) return undefined;
    return { start: i, end: j + 1, year, month, day };
  }
  const month = ENGLISH_MONTHS.get(t[j]?.text ?? "");
  if (!month) return undefined;
  j++;
  day = num(t[j], 1, 31);
  if (day === undefined) return undefined;
  j++;
  if (/^(st|nd|rd|th)$/.test(t[j]?.text ?? "")) j++;
  if (t[j]?.text === ",") j++;
  const year = num(t[j], 1900, 2100);
  if (!year) return undefined;
  return { start: i, end: j + 1, year, month, day };
}

function monthAt(
  t: readonly Token[],
  j: number,
): { month: number; end: number; hijri: boolean } | undefined {
  const g = GREGORIAN.matchAt(t, j);
  if (g) {
    let end = g.end;
    // Double forms: تشرين الأول/أكتوبر, أكتوبر (تشرين الأول).
    const sep = t[end]?.text;
    if (sep === "/" || sep === "(" || sep === "-") {
      const alt = GREGORIAN.matchAt(t, end + 1, false);
      if (alt && alt.value === g.value) end = t[alt.end]?.text === ")" ? alt.end + 1 : alt.end;
    }
    return { month: g.value, end, hijri: false };
  }
  const h = HIJRI.matchAt(t, j);
  if (h) return { month: h.value, end: h.end, hijri: true };
  return undefined;
}

function yearAfter(t: readonly Token[], j: number): { year: number; end: number } | undefined {
  let k = j;
  if (t[k]?.text === ",") k++;
  if (t[k]?.text === W.of) k++;
  if (W.yearWords.has(t[k]?.text ?? "")) k++;
  const y = num(t[k], 1, 2100);
  if (y === undefined || (t[k]?.text.length ?? 0) < 4) return undefined;
  return { year: y, end: k + 1 };
}

const COUNT_WORDS = new Map<string, number>(
  [
    ["يومين", 2],
    ["ثلاثة", 3],
    ["أربعة", 4],
    ["خمسة", 5],
    ["ستة", 6],
    ["سبعة", 7],
    ["ثمانية", 8],
    ["تسعة", 9],
    ["عشرة", 10],
  ].map(([w, n]) => [word(w as string), n as number]),
);
const DAY_WORDS = new Set(["يوم", "أيام", "ايام"].map(word));

/** After قبل: يوم، يومين، N أيام، ثلاثة أيام (up to ten: further back a date is written). */
function daysAgoAt(t: readonly Token[], j: number): { days: number; end: number } | undefined {
  const a = t[j]?.text ?? "";
  if (a === word("يومين")) return { days: 2, end: j + 1 };
  if (a === W.day) return { days: 1, end: j + 1 };
  const n = num(t[j], 1, 10) ?? COUNT_WORDS.get(a);
  if (n !== undefined && DAY_WORDS.has(t[j + 1]?.text ?? "")) return { days: n, end: j + 2 };
  return undefined;
}

/** A day of the month in words: الرابع، الرابع عشر، العشرين، الحادي والثلاثين. */
function ordinalDay(t: readonly Token[], j: number): { day: number; end: number } | undefined {
  const first = t[j]?.text ?? "";
  const tens = ORDINAL_TENS.get(first);
  if (tens) return { day: tens, end: j + 1 };
  const unit = ORDINAL_UNITS.get(first);
  if (unit === undefined) return undefined;
  const next = t[j + 1]?.text ?? "";
  if (next === word("عشر") && unit < 10) return { day: 10 + unit, end: j + 2 };
  const joined = next.startsWith("و") ? ORDINAL_TENS.get(next.slice(1)) : undefined;
  if (joined && unit < 10) return { day: joined + unit, end: j + 2 };
  if (first === word("الحادي")) return undefined;
  return { day: unit, end: j + 1 };
}

function parseArabic(t: readonly Token[], i: number): DateExpr | undefined {
  let j = i;
  const e: { -readonly [K in keyof DateExpr]: DateExpr[K] } = { start: i, end: i };
  const first = t[j]?.text ?? "";
  const firstBare = cliticVariants(first);
  // "The same day" (في نفس اليوم، في اليوم نفسه) is the day of the event before, not today.
  const sameDay = SAME.has(t[j - 1]?.text ?? "") || SAME_AFTER.has(t[j + 1]?.text ?? "");
  if (firstBare.includes(W.today) && sameDay) return undefined;
  if (firstBare.includes(W.today)) {
    e.rel = "today";
    j++;
  } else if (
    firstBare.includes(W.yesterday) &&
    cliticVariants(t[j + 1]?.text ?? "").includes(W.first)
  ) {
    e.rel = "dayBefore";
    j += 2;
  } else if (firstBare.includes(W.yesterday)) {
    e.rel = "yesterday";
    j++;
  } else if (firstBare.includes(W.first) && t[j + 1]?.text === W.yesterday) {
    e.rel = "dayBefore";
    j += 2;
  } else if (firstBare.includes(W.tomorrow)) {
    e.rel = "tomorrow";
    j++;
  } else if (firstBare.includes(W.day)) j++;
  const wd = weekdayOf(t[j]);
  if (wd !== undefined) {
    e.weekday = wd;
    j++;
  }
  if (t[j]?.text === ",") j++;
  // يوم الأحد 5/5/2024: the weekday, then the date in figures.
  if (j > i) {
    const figures = parseIso(t, j);
    if (figures) return { ...figures, start: i, weekday: e.weekday, rel: e.rel };
  }
  if (firstBare.includes(W.month) || t[j]?.text === W.month) j += t[j]?.text === W.month ? 1 : 0;
  if (j === i && firstBare.includes(W.month)) j++;

  // The day in digits, or in words (الرابع عشر من مارس) when a month follows.
  const ordinal = num(t[j], 1, 31) === undefined ? ordinalDay(t, j) : undefined;
  const day = num(t[j], 1, 31) ?? ordinal?.day;
  const dayEnd = ordinal?.end ?? j + 1;
  // A range of days (يومي 15 و16 سبتمبر، من 23 إلى 29 أيلول): the event starts on the first.
  let monthFrom = day !== undefined ? dayEnd : j;
  if (day !== undefined && RANGE_JOINERS.has(t[dayEnd]?.text ?? "") && num(t[dayEnd + 1], 1, 31))
    monthFrom = dayEnd + 2;
  // "18 من يناير", "18 من شهر يناير", "18 شهر يناير": the month after من and شهر.
  if (day !== undefined) {
    let k = monthFrom;
    if (t[k]?.text === W.of) k++;
    if (t[k]?.text === W.month) k++;
    if (k > monthFrom && monthAt(t, k)) monthFrom = k;
  }
  // "15 من الشهر الجاري", "الـ15 من الشهر الماضي": a day of a month told relative to the story's.
  if (day !== undefined && !monthAt(t, monthFrom)) {
    // يوم 9 الجاري (the month left out): after يوم or a weekday, a masculine qualifier.
    const bareQual = j > i ? MONTH_LEFT_OUT.get(t[dayEnd]?.text ?? "") : undefined;
    if (bareQual)
      return { ...e, start: i, end: dayEnd + 1, day, monthRel: true, qual: bareQual } as DateExpr;
    let k = dayEnd;
    if (t[k]?.text === W.of) k++;
    const q = cliticVariants(t[k]?.text ?? "").includes(word("الشهر"))
      ? QUALIFIERS.get(t[k + 1]?.text ?? "")
      : undefined;
    if (q) return { ...e, start: i, end: k + 2, day, monthRel: true, qual: q } as DateExpr;
  }
  if (ordinal && !monthAt(t, monthFrom)) return undefined;
  const m = monthAt(t, monthFrom);
  if (m) {
    if (day !== undefined) e.day = day;
    e.month = m.month;
    e.hijri = m.hijri;
    j = m.end;
    const y = yearAfter(t, j);
    if (y) {
      e.year = y.year;
      j = y.end;
      if (m.hijri && t[j]?.text === W.hijriEra) j++;
    } else {
      const q = QUALIFIERS.get(t[j]?.text ?? "");
      if (q) {
        e.qual = q;
        j++;
      }
    }
    // A Hijri date followed by its Gregorian equivalent: the Gregorian one is what we keep.
    if (e.hijri) {
      let k = j;
      if (t[k]?.text === ",") k++;
      if (cliticVariants(t[k]?.text ?? "").includes(W.corresponding)) {
        const g = parseArabic(t, k + 1);
        if (g && !g.hijri && g.month) {
          return { ...g, start: i, end: g.end, weekday: g.weekday ?? e.weekday, rel: e.rel };
        }
      }
    }
    e.end = j;
    return e as DateExpr;
  }
  if (e.rel || e.weekday !== undefined) {
    const q = QUALIFIERS.get(t[j]?.text ?? "");
    if (q && !e.rel) {
      e.qual = q;
      j++;
    }
    if (e.rel === undefined && e.weekday === undefined) return undefined;
    e.end = j;
    return e as DateExpr;
  }
  // الليلة الماضية، ليلة أمس: yesterday; أمس الأول: the day before.
  if (
    cliticVariants(first).includes(word("الليلة")) &&
    QUALIFIERS.get(t[i + 1]?.text ?? "") === "past"
  )
    return { start: i, end: i + 2, rel: "yesterday" };
  if (cliticVariants(first).includes(word("ليلة")) && t[i + 1]?.text === W.yesterday)
    return { start: i, end: i + 2, rel: "yesterday" };
  // قبل يومين، قبل يوم، قبل ثلاثة أيام: days before the story's date.
  if (cliticVariants(first).includes(word("قبل"))) {
    const ago = daysAgoAt(t, i + 1);
    return ago ? { start: i, end: ago.end, daysAgo: ago.days } : undefined;
  }
  // A month: الشهر الماضي، الشهر الجاري، الشهر المقبل.
  if (cliticVariants(first).includes(word("الشهر"))) {
    const q = QUALIFIERS.get(t[i + 1]?.text ?? "");
    return q ? { start: i, end: i + 2, monthRel: true, qual: q } : undefined;
  }
  // A week: الأسبوع المقبل، الأسبوع الماضي، الأسبوع الجاري.
  if (cliticVariants(t[i]?.text ?? "").includes(word("الأسبوع"))) {
    const q = QUALIFIERS.get(t[i + 1]?.text ?? "");
    if (q) return { start: i, end: i + 2, week: true, qual: q };
    return undefined;
  }
  // Years: عام 2016, سنة 2016, العام الماضي, or a bare year.
  const k = i;
  if (W.yearWords.has(cliticVariants(t[k]?.text ?? "").find((v) => W.yearWords.has(v)) ?? "")) {
    const y = num(t[k + 1], 1900, 2100);
    if (y) return { start: i, end: k + 2, year: y };
    const q = QUALIFIERS.get(t[k + 1]?.text ?? "");
    if (q) return { start: i, end: k + 2, qual: q };
    return undefined;
  }
  const bare = t[k];
  if (bare?.kind === "number" && bare.text.length === 4) {
    const y = num(bare, 1950, 2100);
    const before = t[k - 1]?.text ?? "";
    if (y && !W.notYearBefore.has(before) && t[k + 1]?.text !== "-" && t[k - 1]?.text !== "-") {
      return { start: i, end: k + 1, year: y };
    }
  }
  return undefined;
}

const DAY_MS = 86_400_000;

export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function parseIsoDay(s: string): Date {
  return new Date(`${s.slice(0, 10)}T00:00:00Z`);
}

function utc(y: number, m: number, d: number): Date | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date : undefined;
}

const pad = (n: number) => String(n).padStart(2, "0");

export interface DateContext {
  /** The story's own date when one is known (publication, dateline or an explicit "today"). */
  readonly anchor: Date | undefined;
  /** The latest a date can be when nothing else bounds it: the time of extraction. */
  readonly now: Date;
  /** The sentence tells what is to come (سيشارك، من المقرر): a day and month fall on or after the anchor. */
  readonly future?: boolean;
}

export type DateOutcome =
  | { ok: true; date: ResolvedDate; warning?: string }
  | { ok: false; reason: string };

function hijriToGregorian(year: number, month: number, day: number): Date | undefined {
  const fmt = new Intl.DateTimeFormat("en-u-ca-islamic-umalqura", {
    year: "numeric",
    month: "numeric",
    day: "numeric",
    timeZone: "UTC",
  });
  // A Hijri year is about 354.37 days; start from the estimate and walk to the exact day.
  const approx =
    Date.UTC(622, 6, 16) + ((year - 1) * 354.367 + (month - 1) * 29.53 + (day - 1)) * DAY_MS;
  for (let delta = -20; delta <= 20; delta++) {
    const d = new Date(approx + delta * DAY_MS);
    const parts = Object.fromEntries(fmt.formatToParts(d).map((p) => [p.type, p.value]));
    if (
      Number.parseInt(parts.year ?? "", 10) === year &&
      Number(parts.month) === month &&
      Number(parts.day) === day
    ) {
      return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
    }
  }
  return undefined;
}

/** Places a date expression in time, against the story's anchor or, failing that, `now`. */
export function resolveDate(e: DateExpr, ctx: DateContext): DateOutcome {
  const bound = ctx.anchor ?? ctx.now;
  const by = bound.getUTCFullYear();
  const bm = bound.getUTCMonth() + 1;
  const relOffset = { today: 0, yesterday: -1, dayBefore: -2, tomorrow: 1 } as const;

  if (e.hijri && e.year && e.month && e.day) {
    const g = hijriToGregorian(e.year, e.month, e.day);
    if (!g) return { ok: false, reason: "Hijri date out of range" };
    return { ok: true, date: { value: isoDay(g), precision: "day", inferredYear: false } };
  }
  if (e.hijri) return { ok: false, reason: "Hijri date without a year" };

  if (e.day !== undefined && e.month !== undefined) {
    if (e.year !== undefined) {
      const d = utc(e.year, e.month, e.day);
      if (!d) return { ok: false, reason: "no such day" };
      const warning =
        e.weekday !== undefined && d.getUTCDay() !== e.weekday
          ? "weekday does not match the date"
          : undefined;
      return {
        ok: true,
        date: { value: isoDay(d), precision: "day", inferredYear: false },
        ...(warning ? { warning } : {}),
      };
    }
    // Never a year from the time of reading alone: an old article read today is not about this
    // year. A weekday that must fit narrows the year enough to take the latest that fits.
    if (!ctx.anchor && e.weekday === undefined)
      return { ok: false, reason: "day and month with no year and no story date" };
    if (e.qual === "current" && ctx.anchor) {
      // "12 August of this month/year": the anchor's year, before or after the anchor.
      const d = utc(by, e.month, e.day);
      if (d) return { ok: true, date: { value: isoDay(d), precision: "day", inferredYear: true } };
    }
    const step = e.qual === "next" || (ctx.future && e.qual === undefined) ? 1 : -1;
    for (let k = 0; k <= 40; k++) {
      const y = by + step * k;
      const d = utc(y, e.month, e.day);
      if (!d) continue;
      if (step < 0 && d.getTime() > bound.getTime()) continue;
      if (step > 0 && d.getTime() < bound.getTime()) continue;
      if (e.weekday !== undefined && d.getUTCDay() !== e.weekday) continue;
      return { ok: true, date: { value: isoDay(d), precision: "day", inferredYear: true } };
    }
    return { ok: false, reason: "no year fits the weekday" };
  }

  if (e.month !== undefined) {
    if (e.year !== undefined) {
      return {
        ok: true,
        date: { value: `${e.year}-${pad(e.month)}`, precision: "month", inferredYear: false },
      };
    }
    if (!ctx.anchor) return { ok: false, reason: "month with no year and no story date" };
    let y = by;
    if (e.qual === "next") y = e.month > bm ? by : by + 1;
    else if (e.qual === "past") y = e.month < bm ? by : by - 1;
    else if (e.qual === "current") y = by;
    else y = e.month <= bm ? by : by - 1;
    return {
      ok: true,
      date: { value: `${y}-${pad(e.month)}`, precision: "month", inferredYear: true },
    };
  }

  if (e.daysAgo !== undefined) {
    if (!ctx.anchor) return { ok: false, reason: "relative day with no story date" };
    const d = new Date(ctx.anchor.getTime() - e.daysAgo * DAY_MS);
    return { ok: true, date: { value: isoDay(d), precision: "day", inferredYear: true } };
  }
  if (e.monthRel) {
    if (!ctx.anchor) return { ok: false, reason: "relative month with no story date" };
    const shift = e.qual === "next" ? 1 : e.qual === "past" ? -1 : 0;
    const d = new Date(Date.UTC(ctx.anchor.getUTCFullYear(), ctx.anchor.getUTCMonth() + shift, 1));
    if (e.day !== undefined) {
      const day = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), e.day));
      if (day.getUTCMonth() !== d.getUTCMonth())
        return { ok: false, reason: `no day ${e.day} in ${isoDay(d).slice(0, 7)}` };
      return { ok: true, date: { value: isoDay(day), precision: "day", inferredYear: true } };
    }
    return {
      ok: true,
      date: { value: isoDay(d).slice(0, 7), precision: "month", inferredYear: true },
    };
  }
  if (e.week) {
    if (!ctx.anchor) return { ok: false, reason: "relative week with no story date" };
    // The month of that week when the whole week falls in one month; else nothing sure.
    const shift = e.qual === "next" ? 7 : e.qual === "past" ? -7 : 0;
    const mid = new Date(ctx.anchor.getTime() + shift * DAY_MS);
    const from = new Date(mid.getTime() - 3 * DAY_MS);
    const to = new Date(mid.getTime() + 3 * DAY_MS);
    if (from.getUTCMonth() !== to.getUTCMonth())
      return { ok: false, reason: "relative week across two months" };
    return {
      ok: true,
      date: { value: isoDay(mid).slice(0, 7), precision: "month", inferredYear: true },
    };
  }
  if (e.rel !== undefined) {
    if (!ctx.anchor) return { ok: false, reason: "relative day with no story date" };
    const d = new Date(ctx.anchor.getTime() + relOffset[e.rel] * DAY_MS);
    const warning =
      e.weekday !== undefined && d.getUTCDay() !== e.weekday
        ? "weekday does not match the story date"
        : undefined;
    return {
      ok: true,
      date: { value: isoDay(d), precision: "day", inferredYear: true },
      ...(warning ? { warning } : {}),
    };
  }

  if (e.weekday !== undefined) {
    if (!ctx.anchor) return { ok: false, reason: "weekday with no story date" };
    const a = ctx.anchor;
    const diff = (a.getUTCDay() - e.weekday + 7) % 7;
    let offset = -diff;
    if (e.qual === "next") offset = (e.weekday - a.getUTCDay() + 7) % 7 || 7;
    else if (e.qual === "past" && diff === 0) offset = -7;
    const d = new Date(a.getTime() + offset * DAY_MS);
    return { ok: true, date: { value: isoDay(d), precision: "day", inferredYear: true } };
  }

  if (e.year !== undefined) {
    return { ok: true, date: { value: String(e.year), precision: "year", inferredYear: false } };
  }
  if (e.qual !== undefined) {
    if (!ctx.anchor) return { ok: false, reason: "relative year with no story date" };
    const y = e.qual === "past" ? by - 1 : e.qual === "next" ? by + 1 : by;
    return { ok: true, date: { value: String(y), precision: "year", inferredYear: true } };
  }
  return { ok: false, reason: "not a date" };
}

/** The day a "today"/"yesterday" expression says the story was written, when it can tell. */
export function impliedStoryDay(e: DateExpr, resolved: ResolvedDate): Date | undefined {
  if (resolved.precision !== "day") return undefined;
  const back = { today: 0, yesterday: 1, dayBefore: 2, tomorrow: -1 } as const;
  if (e.rel === undefined) return undefined;
  return new Date(parseIsoDay(resolved.value).getTime() + back[e.rel] * DAY_MS);
}
