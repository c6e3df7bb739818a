import type { Extraction } from "../extract/types.js";
import type { RealGoldEvent, RealGoldPerson } from "./real-score.js";

type PredEvent = Extraction["events"][number];

/** Why a gold event found no match, in the classes error analysis works by (most telling first). */
export type MissCause =
  | "participant not found as a person"
  | "too many participants"
  | "wrong date"
  | "participant found but not attached"
  | "wrong type"
  | "unnamed participants only"
  | "no event of the gold type";

/**
 * The cause of one miss, judged against the predictions left unmatched: a gold participant the
 * extraction never found, else a free prediction of the gold type that covers every participant
 * (too many of them, or another date), one that misses some (not attached), one of another type
 * that covers them all, or nothing at all.
 */
export function missCause(
  ge: RealGoldEvent,
  free: readonly PredEvent[],
  covers: (ge: RealGoldEvent, pe: PredEvent) => boolean,
  found: (g: RealGoldPerson | undefined) => boolean,
  people: ReadonlyMap<string, RealGoldPerson>,
): MissCause {
  const gps = ge.participants ?? [];
  if (gps.some((gp) => !found(people.get(gp)))) return "participant not found as a person";
  const sameType = free.filter((pe) => pe.type.toUpperCase() === ge.type);
  const covering = sameType.filter((pe) => covers(ge, pe));
  if (covering.some((pe) => pe.participants.length > gps.length + 1))
    return "too many participants";
  if (covering.length > 0) return "wrong date";
  if (sameType.length > 0) return "participant found but not attached";
  if (free.some((pe) => covers(ge, pe))) return "wrong type";
  if (gps.length === 0) return "unnamed participants only";
  return "no event of the gold type";
}
