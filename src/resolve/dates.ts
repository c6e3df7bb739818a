/** Partial ISO dates (YYYY, YYYY-MM, YYYY-MM-DD): one report's date fits another's when one contains the other. */
export function compatibleDates(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return true;
  return a.startsWith(b) || b.startsWith(a);
}

/** The more precise of two compatible dates. */
export function finerDate(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return b.length > a.length ? b : a;
}

export function precisionOf(date: string | null): "day" | "month" | "year" | null {
  if (date === null) return null;
  return date.length >= 10 ? "day" : date.length >= 7 ? "month" : "year";
}

/** First and last day a partial date covers, for range filters. */
export function dateBounds(date: string | null): { start: string | null; end: string | null } {
  if (date === null) return { start: null, end: null };
  if (date.length >= 10) return { start: date, end: date };
  if (date.length >= 7) {
    const [y, m] = date.split("-").map(Number) as [number, number];
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return { start: `${date}-01`, end: `${date}-${String(last).padStart(2, "0")}` };
  }
  return { start: `${date}-01-01`, end: `${date}-12-31` };
}
