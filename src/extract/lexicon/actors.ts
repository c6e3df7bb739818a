import actorData from "../data/actors.json" with { type: "json" };
import { PhraseIndex } from "./phrases.js";

export type OfficeKind =
  | "head_of_state"
  | "head_of_government"
  | "foreign_minister"
  | "deputy_foreign_minister"
  | "deputy_head_of_government"
  | "crown_prince"
  | "ambassador"
  | "spokesperson"
  | "un_official"
  | "eu_official"
  | "minister"
  | "other";

export interface Position {
  readonly role: string;
  readonly kind: OfficeKind;
  readonly country: string;
  readonly from: string | null;
  readonly to: string | null;
}

export interface Actor {
  readonly id: string;
  readonly nameEn: string;
  readonly namesAr: readonly string[];
  readonly shortAr: readonly string[];
  readonly qid: string | null;
  readonly positions: readonly Position[];
}

const ACTORS = (actorData as { actors: Actor[] }).actors;
const BY_ID = new Map(ACTORS.map((a) => [a.id, a]));

/** Full names match anywhere; short forms (surnames) are a separate, weaker index. */
export const ACTOR_NAMES = new PhraseIndex<Actor>();
export const ACTOR_SHORT_NAMES = new PhraseIndex<Actor>();
for (const actor of ACTORS) {
  for (const n of actor.namesAr) ACTOR_NAMES.add(n, actor);
  for (const n of actor.shortAr) ACTOR_SHORT_NAMES.add(n, actor);
}

export function actorById(id: string): Actor | undefined {
  return BY_ID.get(id);
}

/** Compares partial ISO dates by the span they cover: a month overlaps each of its days. */
function within(date: string, from: string | null, to: string | null): boolean {
  if (from && date.slice(0, from.length) < from.slice(0, date.length)) return false;
  if (to && date.slice(0, to.length) > to.slice(0, date.length)) return false;
  return true;
}

/** The position an actor held on a date (or their latest one when the date is unknown). */
export function positionOn(actor: Actor, date: string | null): Position | undefined {
  const held = date ? actor.positions.filter((p) => within(date, p.from, p.to)) : [];
  const pool = held.length > 0 ? held : actor.positions;
  return [...pool].sort((a, b) => (b.from ?? "").localeCompare(a.from ?? ""))[0];
}

/** Who held an office in a country on a date: how "نظيره الروسي" finds its person. */
export function officeHolder(
  kind: OfficeKind,
  country: string,
  date: string | null,
): Actor | undefined {
  const candidates = ACTORS.filter((a) =>
    a.positions.some(
      (p) => p.kind === kind && p.country === country && (!date || within(date, p.from, p.to)),
    ),
  );
  if (candidates.length === 1) return candidates[0];
  if (candidates.length === 0 || date) return undefined;
  // Without a date, the current holder.
  return candidates.find((a) =>
    a.positions.some((p) => p.kind === kind && p.country === country && p.to === null),
  );
}
