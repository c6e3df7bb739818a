import agreementData from "../data/agreements.json" with { type: "json" };
import titleData from "../data/titles.json" with { type: "json" };
import triggerData from "../data/triggers.json" with { type: "json" };
import { fold } from "../text/normalize.js";
import { cliticVariants, inWordSet } from "../text/tokens.js";
import type { OfficeKind } from "./actors.js";
import { MONTHS, WEEKDAYS } from "./calendar.js";
import { PhraseIndex } from "./phrases.js";

export interface TitleDef {
  readonly kind: OfficeKind | "counterpart";
  readonly role: string;
  readonly construct: boolean;
  /** A generic title followed by the office's portfolio (وزير الصحة والسكان المصري …). */
  readonly portfolio: boolean;
  /** With no country after it, the office of the story's own country (رئيس الجمهورية). */
  readonly domestic: boolean;
}

export const TITLES = new PhraseIndex<TitleDef>();
for (const t of titleData.titles) {
  TITLES.add(t.ar, {
    kind: t.kind as TitleDef["kind"],
    role: t.role,
    construct: t.construct === true,
    portfolio: (t as { portfolio?: boolean }).portfolio === true,
    domestic: (t as { domestic?: boolean }).domestic === true,
  });
}

const set = (words: readonly string[]) => new Set(words.map((w) => fold(w)));

export const HONORIFICS = new PhraseIndex<true>();
for (const h of titleData.honorifics) HONORIFICS.add(h, true);
export const QUALIFIERS = set(titleData.qualifiers);
/** "The two ministers" and the like, with the class of office they refer to. */
export type DualClass = "minister" | "head" | "any";
export const DUALS = new Map<string, DualClass>(
  Object.entries(titleData.duals).map(([w, c]) => [fold(w), c as DualClass]),
);
/** Words before a dual's spelling that make it a plural (كبار المسؤولين، أحد المسؤولين). */
export const PLURAL_BEFORE_DUAL = set(titleData.pluralBeforeDual);
export const NAME_PARTICLES = set(titleData.nameParticles);
export const STOPWORDS = set(titleData.stopwords);
/** Places and prizes named after a person (مطار الملك خالد): the name after them is no mention. */
const NAMED_AFTER = set(titleData.namedAfter.words);

export function isNamedAfterWord(word: string | undefined): boolean {
  return word !== undefined && inWordSet(NAMED_AFTER, { text: word });
}

/** Nouns that name institutions (شرطة الحدود، مكتب الرئيس): a title before them is not a name's. */
const INSTITUTION_WORDS = set(titleData.institutionWords);

const REGION_WORDS = set(titleData.regionWords);
const DIRECTION_WORDS = set(titleData.directionWords);

/**
 * The end of a region named after a title (إقليم كردستان، ولاية جنوب دارفور): the region word,
 * a direction if any, and one name word; undefined when no region starts at i.
 */
export function regionEnd(tokens: readonly { text: string }[], i: number): number | undefined {
  if (!REGION_WORDS.has(tokens[i]?.text ?? "")) return undefined;
  let j = i + 1;
  if (DIRECTION_WORDS.has(tokens[j]?.text ?? "")) j++;
  return tokens[j] ? j + 1 : undefined;
}

/** A noun that heads an institution's name (مصرف، هيئة، مجلس), without its clitics. */
export function isInstitutionWord(tok: { readonly text: string } | undefined): boolean {
  return inWordSet(INSTITUTION_WORDS, tok);
}

export const PLANNED = set(triggerData.planned);
export const NEGATION = set(triggerData.negation);
export const ANAPHORA = set(triggerData.anaphora);
export const RELATIVES = set(triggerData.relatives);
export const CLAUSE_BOUNDARIES = set(triggerData.clauseBoundaries.filter((w) => !w.includes(" ")));
export const PLACE_PREPOSITIONS = set(triggerData.placePrepositions);
export const LIGHT_VERBS = set(triggerData.lightVerbs);
export const CALL_RECEIVE = set(triggerData.callDirection.receiveVerbs);
export const CALL_MAKE = set(triggerData.callDirection.makeVerbs);
export const CALL_UNDIRECTED = set(triggerData.callDirection.undirectedVerbs);
export const CALL_FROM = set(triggerData.callDirection.from);
/** "a call he received" / "a call he made", written after the word call. */
export const CALL_RECEIVED_AFTER = set(triggerData.callDirection.receivedAfter);
export const CALL_MADE_AFTER = set(triggerData.callDirection.madeAfter);
export const CALL_WITH = set(triggerData.callDirection.with);

const TITLE_WORDS = new Set<string>();
// Words of titles that are also common name parts (محمد الأمين، مساعد بن محمد) stay names: a
// title is still found where the whole phrase stands (الأمين العام، مساعد وزير).
const NAME_LIKE = new Set(["الأمين", "أمين", "مساعد"].map((w) => fold(w)));
for (const t of titleData.titles)
  for (const w of fold(t.ar).split(" ")) if (!NAME_LIKE.has(w)) TITLE_WORDS.add(w);
const CALENDAR_WORDS = new Set<string>([...WEEKDAYS.keys(), ...MONTHS.flatMap((m) => m.tokens)]);

const TRIGGER_WORDS = new Set<string>();
const EVENT_WORDS = new Set<string>();
for (const ev of Object.values(triggerData.events)) {
  for (const w of [...ev.nouns, ...ev.verbs])
    for (const part of fold(w).split(" ")) TRIGGER_WORDS.add(part);
  for (const w of ev.verbs) if (!w.includes(" ")) EVENT_WORDS.add(fold(w));
}
for (const w of [...triggerData.lightVerbs, ...triggerData.callDirection.receiveVerbs])
  TRIGGER_WORDS.add(fold(w));
// The words that open a document's name (مذكرة تفاهم، اتفاقية) are never part of a person's.
for (const h of agreementData.heads)
  for (const part of fold(h.ar).split(" ")) TRIGGER_WORDS.add(part);

const TALK_VERBS = set(triggerData.events.MEETING.talkVerbs);
const PLURAL_VISIT_VERBS = set(triggerData.events.VISIT.pluralVerbs);

/** A dual or plural verb of visiting or arriving (وصلوا، زارا): all its subjects travelled. */
export function isPluralVisitVerb(tok: { readonly text: string } | undefined): boolean {
  return inWordSet(PLURAL_VISIT_VERBS, tok);
}

/** A verb of discussing (بحث، ناقش): its meeting may be a call the story tells too. */
export function isTalkVerb(tok: { readonly text: string } | undefined): boolean {
  return inWordSet(TALK_VERBS, tok);
}

/** A word that tells an event (التقى، اتصالا، زيارة): a title never reaches a name across it. */
export function isEventWord(word: string): boolean {
  return cliticVariants(word).some((v) => EVENT_WORDS.has(v));
}

/** True for words that cannot be part of a person's name: grammar, titles, dates, event words. */
export function isNonNameWord(word: string): boolean {
  // A short grammar word behind a conjunction (وعن، ومن) is still a grammar word.
  if (word.startsWith("و") && STOPWORDS.has(word.slice(1))) return true;
  for (const v of cliticVariants(word)) {
    // A name is not a preposition and a short word (كالا is Kalla, not ك + إلا).
    if (
      word.length >= 4 &&
      v.length <= 3 &&
      v === word.slice(word.length - v.length) &&
      /^[وف]?[بكل]/.test(word)
    )
      continue;
    if (STOPWORDS.has(v) || TITLE_WORDS.has(v) || CALENDAR_WORDS.has(v) || TRIGGER_WORDS.has(v))
      return true;
    if (INSTITUTION_WORDS.has(v)) return true;
    if (PLANNED.has(v) || NEGATION.has(v) || DUALS.has(v) || CLAUSE_BOUNDARIES.has(v)) return true;
  }
  return false;
}

const messageData = triggerData.messageDirection;
/** Who sent a message follows from the verb around the word: received from, sent to, carried. */
export const MESSAGE_RECEIVE = set(messageData.receiveVerbs);
export const MESSAGE_SEND = set(messageData.sendVerbs);
export const MESSAGE_CARRY = set(messageData.carryVerbs);
export const MESSAGE_TO = set(messageData.to);
/** Words of a multilateral body after a meeting noun (اجتماع وزراء الخارجية العرب) make it a summit. */
export const SUMMIT_BODY = set(triggerData.summit.bodyWords);
export const SUMMIT_ATTEND = set(triggerData.summit.attendVerbs.filter((w) => !w.includes(" ")));
export const SUMMIT_NOT_AFTER = set(triggerData.summit.notSummitAfter);
export const SUMMIT_MEETING_NOUNS = set(triggerData.summit.meetingNouns);
/** Imperfect verbs that, with the future prefix س, say an event is yet to come. */
export const FUTURE_VERBS = set([
  ...triggerData.futureVerbs,
  ...Object.values(triggerData.events).flatMap((e) => e.verbs),
  ...triggerData.messageDirection.sendVerbs,
  ...triggerData.messageDirection.carryVerbs,
  ...triggerData.summit.attendVerbs,
]);
