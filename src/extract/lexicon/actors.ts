import { existsSync, readdirSync, readFileSync } from "node:fs";
import actorData from "../data/actors.json" with { type: "json" };
import { levenshtein } from "../text/edit-distance.js";
import { fold } from "../text/normalize.js";
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

/** Every office kind, as the data files may name them. */
export const OFFICE_KINDS: readonly OfficeKind[] = [
  "head_of_state",
  "head_of_government",
  "foreign_minister",
  "deputy_foreign_minister",
  "deputy_head_of_government",
  "crown_prince",
  "ambassador",
  "spokesperson",
  "un_official",
  "eu_official",
  "minister",
  "other",
];

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

/**
 * The dictionary: actors.json, then the office-holder lists in data/office-holders/ (one file per
 * region). An entry whose id is already known adds its spellings and offices to that actor.
 */
function loadActors(): Actor[] {
  const byId = new Map<string, Actor>();
  const add = (a: Actor) => {
    const known = byId.get(a.id);
    if (!known) {
      byId.set(a.id, {
        ...a,
        namesAr: [...a.namesAr],
        shortAr: [...(a.shortAr ?? [])],
        positions: [...a.positions],
      });
      return;
    }
    byId.set(a.id, {
      ...known,
      namesAr: [...new Set([...known.namesAr, ...a.namesAr])],
      shortAr: [...new Set([...known.shortAr, ...(a.shortAr ?? [])])],
      positions: [...known.positions, ...a.positions],
    });
  };
  for (const a of (actorData as { actors: Actor[] }).actors) add(a);
  for (const file of OFFICE_HOLDER_FILES) {
    const data = JSON.parse(readFileSync(new URL(file, OFFICE_HOLDERS_DIR), "utf8")) as {
      actors: Actor[];
    };
    for (const a of data.actors) add(a);
  }
  return [...byId.values()];
}

const OFFICE_HOLDERS_DIR = new URL("../data/office-holders/", import.meta.url);
/** The office-holder files, in a fixed order so that merges do not depend on the file system. */
export const OFFICE_HOLDER_FILES = existsSync(OFFICE_HOLDERS_DIR)
  ? readdirSync(OFFICE_HOLDERS_DIR)
      .filter((f) => f.endsWith(".json"))
      .sort()
  : [];

export const ACTORS: readonly Actor[] = loadActors();
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

/**
 * The position an actor held on a date (or their latest one when the date is unknown). Of two
 * held that day, the one a title in the text names comes first (`named`: وزير الخارجية for a
 * deputy prime minister and foreign minister), then a named office (foreign minister, head of
 * state…) before another role held alongside it (an acting adviser), then the latest.
 */
export function positionOn(
  actor: Actor,
  date: string | null,
  named: readonly string[] = [],
): Position | undefined {
  const held = date ? actor.positions.filter((p) => within(date, p.from, p.to)) : [];
  const pool = held.length > 0 ? held : actor.positions;
  const titles = named.map(roleKey).filter((r) => r.length > 0);
  const says = (p: Position) => titles.some((t) => roleKey(p.role).includes(t));
  const rank = (p: Position) =>
    held.length > 1 ? (says(p) ? 0 : 1) * 2 + (p.kind === "other" ? 1 : 0) : 0;
  return [...pool].sort(
    (a, b) => rank(a) - rank(b) || (b.from ?? "").localeCompare(a.from ?? ""),
  )[0];
}

/** The position an actor held on a date, and only then (undefined when no tenure covers it). */
export function positionHeld(
  actor: Actor,
  date: string,
  named: readonly string[] = [],
): Position | undefined {
  return actor.positions.some((p) => within(date, p.from, p.to))
    ? positionOn(actor, date, named)
    : undefined;
}

/** Who held an office in a country on a date: how "نظيره الروسي" finds its person. */
export function officeHolder(
  kind: OfficeKind,
  country: string,
  date: string | null,
  role?: string,
): Actor | undefined {
  // Never a guess: with no date, nobody; with several holders that day, nobody.
  if (!date) return undefined;
  const wanted = role ? roleKey(role) : undefined;
  const candidates = ACTORS.filter((a) =>
    a.positions.some(
      (p) =>
        p.kind === kind &&
        p.country === country &&
        within(date, p.from, p.to) &&
        (wanted === undefined || roleKey(p.role) === wanted),
    ),
  );
  return candidates.length === 1 ? candidates[0] : undefined;
}

/** Roles compared without case, articles or the two spellings of defence. */
function roleKey(role: string): string {
  return role
    .toLowerCase()
    .replace(/defense/g, "defence")
    .replace(/\b(the|and)\b/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Spelling variants of dictionary names (غوتيراش for غوتيريش, لودريون for لودريان, a dropped or
 * added letter, گ/ك, ڤ/ف, with or without ال): the same number of words, at least one of them
 * spelt alike, and at most two letters changed in all. Only a single candidate is taken.
 */
let fuzzyIndex: Map<number, { words: string[]; actor: Actor }[]> | undefined;

function variantKey(word: string): string {
  return word
    .replace(/^ال(?=..)/, "")
    .replace(/[گ]/g, "ك")
    .replace(/[ڤ]/g, "ف")
    .replace(/[پ]/g, "ب")
    .replace(/[چ]/g, "ج");
}

const LONG_VOWELS = /[اويى]/g;

/**
 * How far two spellings are when only long vowels differ (جون/جان، غوتيراش/غوتيريش): the edits
 * between them, or 3 (too far) when a consonant differs too.
 */
function vowelEdits(a: string, b: string): number {
  if (Math.min(a.length, b.length) < 3) return 3;
  if (a.replace(LONG_VOWELS, "") !== b.replace(LONG_VOWELS, "")) return 3;
  return levenshtein(a, b);
}

export function fuzzyActor(foldedWords: readonly string[]): Actor | undefined {
  if (foldedWords.length < 2) return undefined;
  if (!fuzzyIndex) {
    fuzzyIndex = new Map();
    for (const actor of ACTORS)
      for (const n of actor.namesAr) {
        const words = fold(n).split(/\s+/).map(variantKey);
        const list = fuzzyIndex.get(words.length) ?? [];
        list.push({ words, actor });
        fuzzyIndex.set(words.length, list);
      }
  }
  const mine = foldedWords.map(variantKey);
  const found = new Set<Actor>();
  for (const { words, actor } of fuzzyIndex.get(mine.length) ?? []) {
    let edits = 0;
    let same = 0;
    for (let i = 0; i < words.length && edits <= 2; i++) {
      const a = mine[i] ?? "";
      const b = words[i] ?? "";
      if (a === b) same++;
      else edits += vowelEdits(a, b);
    }
    if (same > 0 && edits <= 2) found.add(actor);
  }
  return found.size === 1 ? [...found][0] : undefined;
}
