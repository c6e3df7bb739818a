import { badInput } from "./errors.js";

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** The first and last day ('YYYY-MM-DD') a date of the form YYYY, YYYY-MM or YYYY-MM-DD covers. */
export function dateSpan(value: string): { start: string; end: string } | undefined {
  const m = PARTIAL_DATE.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2] === undefined) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (m[3] === undefined)
    return { start: `${m[1]}-${m[2]}-01`, end: `${m[1]}-${m[2]}-${pad(last)}` };
  const day = Number(m[3]);
  if (day < 1 || day > last) return undefined;
  return { start: value, end: value };
}

export function isPartialDate(value: string): boolean {
  return dateSpan(value) !== undefined;
}

/**
 * Date bounds from optional `from` and `to` arguments: `from` becomes the first day it covers,
 * `to` the last, so `from: "2025", to: "2025-03"` means 1 January to 31 March 2025.
 */
export function dateRange(
  from: string | null | undefined,
  to: string | null | undefined,
): { from: string | null; to: string | null } {
  const start = from ? dateSpan(from)?.start : null;
  const end = to ? dateSpan(to)?.end : null;
  if (start === undefined) throw badInput(`"from" must be a date like 2025, 2025-03 or 2025-03-14`);
  if (end === undefined) throw badInput(`"to" must be a date like 2025, 2025-03 or 2025-03-14`);
  if (start && end && start > end) throw badInput(`"from" (${from}) is after "to" (${to})`);
  return { from: start, to: end };
}
