import { compatibleDates, finerDate } from "./dates.js";
import type { Cluster } from "./types.js";

export interface Report {
  readonly date: string | null;
  readonly placeCountry: string | null;
}

const placesFit = (a: string | null, b: string | null) => a === null || b === null || a === b;

/**
 * Which of the clusters sharing a signature a report belongs to: a dated report joins the one
 * whose date contains it or is contained by it (the most precise such); an undated report joins
 * only when exactly one cluster fits. -1 means a new cluster; "ambiguous" is reported by the caller.
 */
export function chooseCluster(report: Report, clusters: readonly Cluster[]): number | "ambiguous" {
  const fits = clusters
    .map((c, i) => ({ c, i }))
    .filter(
      ({ c }) =>
        placesFit(c.placeCountry, report.placeCountry) && compatibleDates(c.date, report.date),
    );
  if (fits.length === 0) return -1;
  if (report.date === null) return fits.length === 1 ? (fits[0]?.i ?? -1) : "ambiguous";
  const exact = fits.find(({ c }) => c.date === report.date);
  if (exact) return exact.i;
  const dated = fits
    .filter(({ c }) => c.date !== null)
    .sort((a, b) => (b.c.date?.length ?? 0) - (a.c.date?.length ?? 0));
  return (dated[0] ?? fits[0])?.i ?? -1;
}

/** Folds a report into its cluster: the date becomes the most precise, a known place is kept. */
export function absorb(cluster: Cluster, report: Report): void {
  cluster.date = finerDate(cluster.date, report.date);
  cluster.placeCountry ??= report.placeCountry;
}

/** Reports with the most precise dates first, so undated ones meet every dated cluster. */
export function byPrecision<T extends Report>(reports: readonly T[]): T[] {
  return [...reports].sort((a, b) => (b.date?.length ?? -1) - (a.date?.length ?? -1));
}
