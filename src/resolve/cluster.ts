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

export interface SignedReport extends Report {
  readonly signature: string;
  readonly file: string;
}

/**
 * Groups reports by signature (a hash lookup, so N reports cost about N) and places each in a
 * cluster of its group: an existing node's, or a new one made by `make`. Returns each report with
 * its cluster, most precise reports first; `note` hears of ambiguous and newly made clusters.
 */
export function assignClusters<R extends SignedReport, C extends Cluster>(
  reports: readonly R[],
  existing: ReadonlyMap<string, readonly Cluster[]>,
  make: (r: R, from: Cluster | undefined) => C,
  note: (r: R, what: "ambiguous" | "new", group: readonly C[]) => void = () => {},
): { placed: [R, C][]; clusters: C[] } {
  const groups = new Map<string, C[]>();
  const placed: [R, C][] = [];
  for (const r of byPrecision(reports)) {
    let group = groups.get(r.signature);
    if (!group) {
      group = (existing.get(r.signature) ?? []).map((c) => make(r, c));
      groups.set(r.signature, group);
    }
    const pick = chooseCluster(r, group);
    if (pick === "ambiguous") note(r, "ambiguous", group);
    let target = typeof pick === "number" && pick >= 0 ? group[pick] : undefined;
    if (!target) {
      note(r, "new", group);
      target = make(r, undefined);
      group.push(target);
    }
    absorb(target, r);
    placed.push([r, target]);
  }
  return { placed, clusters: [...groups.values()].flat() };
}
