/**
 * Month and weekday names derived from the runtime's locale data, so every regional naming
 * (Egypt and the Gulf, the Maghreb, Algeria and Tunisia, the Levant, Mauritania) comes from one
 * source. The few spellings the locale data lacks live in data/calendar-extra.json.
 */
import extra from "../data/calendar-extra.json" with { type: "json" };
import { fold } from "../text/normalize.js";

const REGIONAL_LOCALES = [
  "ar",
  "ar-EG",
  "ar-MA",
  "ar-DZ",
  "ar-TN",
  "ar-LB",
  "ar-SY",
  "ar-IQ",
  "ar-MR",
];

export interface PhraseEntry<T> {
  readonly tokens: readonly string[];
  readonly value: T;
}

function monthNames(): PhraseEntry<number>[] {
  const out: PhraseEntry<number>[] = [];
  const seen = new Set<string>();
  const add = (name: string, month: number) => {
    const f = fold(name);
    if (seen.has(`${f}|${month}`)) return;
    seen.add(`${f}|${month}`);
    out.push({ tokens: f.split(" "), value: month });
  };
  for (const locale of REGIONAL_LOCALES) {
    const fmt = new Intl.DateTimeFormat(locale, { month: "long", timeZone: "UTC" });
    for (let m = 0; m < 12; m++) add(fmt.format(new Date(Date.UTC(2020, m, 15))), m + 1);
  }
  for (const [name, month] of Object.entries(extra.months)) add(name, month);
  return out;
}

function weekdayNames(): Map<string, number> {
  const out = new Map<string, number>();
  const fmt = new Intl.DateTimeFormat("ar", { weekday: "long", timeZone: "UTC" });
  // 2023-01-01 was a Sunday: index 0 is Sunday, as in Date.getUTCDay.
  for (let d = 0; d < 7; d++) out.set(fold(fmt.format(new Date(Date.UTC(2023, 0, 1 + d)))), d);
  for (const [name, day] of Object.entries(extra.weekdays)) out.set(fold(name), day);
  return out;
}

function hijriMonthNames(): PhraseEntry<number>[] {
  const fmt = new Intl.DateTimeFormat("ar-u-ca-islamic-umalqura", {
    month: "long",
    timeZone: "UTC",
  });
  const out: PhraseEntry<number>[] = [];
  const seen = new Set<string>();
  // Walk one Hijri year day by day in steps, reading each month's name and number.
  const numFmt = new Intl.DateTimeFormat("en-u-ca-islamic-umalqura", {
    month: "numeric",
    timeZone: "UTC",
  });
  for (let d = 0; d < 360; d += 10) {
    const date = new Date(Date.UTC(2024, 0, 1 + d));
    const name = fold(fmt.format(date));
    const month = Number(numFmt.format(date));
    if (!seen.has(name)) {
      seen.add(name);
      out.push({ tokens: name.split(" "), value: month });
    }
  }
  for (const [name, month] of Object.entries(extra.hijriMonths)) {
    const f = fold(name);
    if (!seen.has(f)) out.push({ tokens: f.split(" "), value: month });
  }
  return out;
}

export const MONTHS = monthNames();
export const WEEKDAYS = weekdayNames();
export const HIJRI_MONTHS = hijriMonthNames();

export const ENGLISH_MONTHS = new Map<string, number>(
  Array.from({ length: 12 }, (_, m) => {
    const name = new Intl.DateTimeFormat("en", { month: "long", timeZone: "UTC" })
      .format(new Date(Date.UTC(2020, m, 15)))
      .toLowerCase();
    return [name, m + 1] as const;
  }),
);
