import type { ResolvedParticipant } from "./article-state.js";
import triggerData from "./data/triggers.json" with { type: "json" };
import { isReceptionNoun, RECEPTION_NOUNS, type Trigger, toHimAfter } from "./events.js";
import { nisbaCountry } from "./lexicon/countries.js";
import { PhraseIndex } from "./lexicon/phrases.js";
import {
  CALL_FROM,
  MESSAGE_CARRY,
  MESSAGE_RECEIVE,
  MESSAGE_SEND,
  MESSAGE_TO,
  SUMMIT_ATTEND,
  SUMMIT_BODY,
  SUMMIT_MEETING_NOUNS,
  SUMMIT_NOT_AFTER,
} from "./lexicon/words.js";
import { fold } from "./text/normalize.js";
import { cliticVariants, inWordSet, type Token } from "./text/tokens.js";

/**
 * Argument frames of the event types whose roles are not simply "subject and counterpart":
 * written messages (sender, addressee, and a carrier who is neither) and summits (attendees).
 */

type Range = { readonly start: number; readonly end: number };

/** The verb form without the future prefix (سيسلمه → يسلمه), for frames that accept either. */
function verbForms(t: Token): string[] {
  const forms = [...cliticVariants(t.text)];
  const bare = /^(?:و|ف)?س(?=[يتن])/.exec(t.text);
  if (bare) forms.push(t.text.slice(bare[0].length));
  return forms;
}

const verbIn = (set: ReadonlySet<string>, t: Token | undefined) =>
  t !== undefined && verbForms(t).some((v) => set.has(v));

/** The nearest verb before the event word, within its clause, that says how the message moved. */
function messageVerb(tokens: readonly Token[], t: Trigger, region: Range) {
  for (let j = t.start - 1; j >= region.start && t.start - j <= 16; j--) {
    const tok = tokens[j];
    if (verbIn(MESSAGE_RECEIVE, tok)) return { kind: "receive" as const, at: j };
    if (verbIn(MESSAGE_SEND, tok)) return { kind: "send" as const, at: j };
    if (verbIn(MESSAGE_CARRY, tok)) return { kind: "carry" as const, at: j };
  }
  // "a cable he sent" (برقية بعث بها): the verb right after the noun.
  for (let j = t.end; j < Math.min(region.end, t.end + 2); j++) {
    if (verbIn(MESSAGE_SEND, tokens[j])) return { kind: "sentAfter" as const, at: j };
  }
  return undefined;
}

function firstAfter(
  tokens: readonly Token[],
  people: readonly ResolvedParticipant[],
  from: number,
  end: number,
  isMarker: (t: Token | undefined) => boolean,
): ResolvedParticipant | undefined {
  for (let j = from; j < end && j - from <= 10; j++) {
    if (!isMarker(tokens[j])) continue;
    return people.find((p) => p.at > j && distance(tokens, j, p.at) <= 8);
  }
  return undefined;
}

/**
 * Sender and addressee of a message: تلقى X رسالة من Y (Y wrote to X), بعث X رسالة إلى Y,
 * سلم X رسالة من Y إلى Z (X only carried it). `recent` are the story's persons, latest last,
 * for an addressee given by a pronoun (سيسلمه رسالة من …).
 */
export function messageRoles(
  tokens: readonly Token[],
  t: Trigger,
  region: Range,
  people: readonly ResolvedParticipant[],
  recent: readonly string[],
):
  | { senders: string[]; addressee: string; carrier: string | undefined; handedOnly: boolean }
  | undefined {
  // A verb of writing (أبرق X لـ Y) is itself the sending.
  const verb =
    t.def.pos === "verb" ? { kind: "send" as const, at: t.start } : messageVerb(tokens, t, region);
  // Every "من" after the word names a sender (رسالتي تهنئة من X، ومن Y).
  const froms = allAfter(tokens, people, t.end, region.end, (x) => inWordSet(CALL_FROM, x));
  const from = froms[0];
  // سلم إلى X رسالة: the addressee may come between the verb and the word "message".
  const toFrom = verb && verb.at < t.start ? verb.at + 1 : t.end;
  const to = firstAfter(tokens, people, toFrom, region.end, (x) => inWordSet(MESSAGE_TO, x));
  const before = people.filter((p) => p.at < t.start);
  // The subject: for "X سلم Y" the one before the verb; else the one right after it (VSO).
  const subject = verb
    ? verb.kind === "carry"
      ? (before.filter((p) => p.at < verb.at).at(-1) ?? before.find((p) => p.at > verb.at))
      : (before.find((p) => p.at > verb.at) ?? before.find((p) => p.at < verb.at))
    : before[0];
  let sender: string | undefined;
  let addressee: string | undefined;
  let carrier: string | undefined;
  switch (verb?.kind) {
    case "receive":
      sender = from?.id;
      addressee = subject?.id ?? recent.at(-1);
      break;
    case "send":
    case "sentAfter":
      sender = from?.id ?? subject?.id ?? people.find((p) => p.at >= t.end)?.id;
      addressee = to?.id ?? people.find((p) => p.at >= t.end && p.id !== sender)?.id;
      break;
    case "carry": {
      sender = from?.id ?? subject?.id;
      carrier = from ? subject?.id : undefined;
      // سلم X Y رسالة: the one right after the carrier, before the word, received it.
      const object = subject ? before.find((p) => p.at > subject.at && p.id !== sender) : undefined;
      addressee =
        to?.id ??
        object?.id ??
        [...recent].reverse().find((id) => id !== sender && id !== carrier) ??
        undefined;
      break;
    }
    default:
      sender = from?.id;
      addressee = to?.id ?? (from ? before[0]?.id : undefined);
  }
  if (!sender || !addressee || sender === addressee) return undefined;
  const senders = from
    ? froms.map((p) => p.id).filter((id) => id !== addressee && id !== carrier)
    : [sender];
  if (senders.length === 0) return undefined;
  // سلم X Y رسالة with no writer named: X may only have handed over a letter told before.
  const handedOnly = verb?.kind === "carry" && !from;
  return { senders: [...new Set(senders)], addressee, carrier, handedOnly };
}

/** Words from a marker to a name, not counting a bracketed aside (رئيس مجلس النواب (مجلس الدوما)). */
function distance(tokens: readonly Token[], from: number, to: number): number {
  let n = 0;
  let depth = 0;
  for (let j = from + 1; j < to; j++) {
    const t = tokens[j]?.text;
    if (t === "(") depth++;
    else if (t === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0 && tokens[j]?.kind === "word") n++;
  }
  return n + 1;
}

function allAfter(
  tokens: readonly Token[],
  people: readonly ResolvedParticipant[],
  from: number,
  end: number,
  isMarker: (t: Token | undefined) => boolean,
): ResolvedParticipant[] {
  const out: ResolvedParticipant[] = [];
  for (let j = from; j < end; j++) {
    if (!isMarker(tokens[j])) continue;
    const p = people.find((q) => q.at > j && distance(tokens, j, q.at) <= 8);
    if (p && !out.includes(p)) out.push(p);
  }
  return out;
}

/** A meeting noun followed by the words of a multilateral body is a summit (اجتماع وزراء الخارجية). */
export function isSummitMeeting(tokens: readonly Token[], t: Trigger): boolean {
  if (t.def.pos !== "noun" || t.def.joint || !inWordSet(SUMMIT_MEETING_NOUNS, tokens[t.start]))
    return false;
  for (let j = t.end; j < Math.min(tokens.length, t.end + 3); j++) {
    if (inWordSet(SUMMIT_BODY, tokens[j])) return true;
  }
  return false;
}

const NOT_SUMMIT_BEFORE = new Set(triggerData.summit.notSummitBefore.map(fold));

/** A press conference, a session of a bilateral commission or a "top" match is no summit. */
export function isNotSummit(tokens: readonly Token[], t: Trigger): boolean {
  if (inWordSet(NOT_SUMMIT_BEFORE, tokens[t.start - 1])) return true;
  for (let j = t.end; j < Math.min(tokens.length, t.end + 4); j++) {
    if (inWordSet(SUMMIT_NOT_AFTER, tokens[j])) return true;
  }
  return false;
}

/**
 * Who attends a summit: the subject of a participation verb before the summit word
 * (شارك X في القمة، ترأس X وفد بلاده في …), else the subject the sentence carries.
 */
export function summitAttendees(
  tokens: readonly Token[],
  t: Trigger,
  region: Range,
  people: readonly ResolvedParticipant[],
  carried: string | undefined,
  /** The two persons "their" (مشاركتهما) stands for: the pair of the story's latest event. */
  pair: readonly string[] = [],
): string[] {
  const hosts = hostsAfter(tokens, t, people);
  for (let j = t.start - 1; j >= region.start && t.start - j <= 24; j--) {
    const tok = tokens[j];
    if (!verbIn(SUMMIT_ATTEND, tok)) continue;
    if (tok && /هما$/.test(tok.text) && pair.length === 2) return [...pair, ...hosts];
    const subject = people.filter((p) => p.at >= region.start && p.at < j).map((p) => p.id);
    if (subject.length > 0) return [...subject, ...hosts];
    const after = people.filter((p) => p.at > j && p.at < t.start).map((p) => p.id);
    if (after.length > 0) return [...after, ...hosts];
    return carried ? [carried, ...hosts] : hosts;
  }
  return hosts;
}

/** The host of a summit, named after بضيافة (hosted by), attends it. */
function hostsAfter(
  tokens: readonly Token[],
  t: Trigger,
  people: readonly ResolvedParticipant[],
): string[] {
  for (let j = t.end; j < Math.min(tokens.length, t.end + 6); j++) {
    if (!inWordSet(HOSTED_BY, tokens[j])) continue;
    const host = people.find((p) => p.at > j && p.at <= j + 5);
    return host ? [host.id] : [];
  }
  return [];
}

const HOSTED_BY = new Set(["بضيافه", "ضيافه", "باستضافه", "استضافه"]);

const SEPARATELY = new PhraseIndex<true>();
for (const w of triggerData.separately) SEPARATELY.add(w, true);
const ATTENDANCE = new PhraseIndex<true>();
for (const w of triggerData.attendance) ATTENDANCE.add(w, true);

/** The text says the meetings with a list of persons were separate (استقبل كلا من …، كل على حدة). */
export function saysSeparately(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (SEPARATELY.matchAt(tokens, j)) return true;
  return false;
}

/** Where "in the presence of" (بحضور، وحضره) starts, after `from`: those named after it attended. */
export function attendanceAt(tokens: readonly Token[], from: number): number | undefined {
  for (let j = from; j < tokens.length; j++) {
    const m = ATTENDANCE.matchAt(tokens, j);
    if (m) return m.end;
  }
  return undefined;
}

/**
 * A call or separate meetings with several persons: one event per counterpart, each with the
 * sentence's subject (who received the calls, or made them, or hosted each guest).
 */
export function splitPairs<E extends { participants: string[]; initiator: string | null }>(
  ev: E,
  subject?: string,
): E[] {
  const base = subject && ev.participants.includes(subject) ? subject : ev.participants[0];
  const others = ev.participants.filter((p) => p !== base);
  if (base === undefined || others.length < 2) return [ev];
  // Received from several: each sender called; made to several: the subject called each.
  const fromOthers = ev.initiator !== null && ev.initiator !== base;
  return others.map((p) => ({
    ...ev,
    participants: [base, p],
    initiator: ev.initiator === base ? base : fromOthers ? p : null,
  }));
}

const POSSESSIVE_SUFFIX = /(ه|ها|هم)$/;

/**
 * A reception or farewell told by its noun: كان في استقباله X (X hosts the referent),
 * خلال استقبال X له (the same), لدى استقباله X (the referent hosts X). `owner` is whom the
 * pronoun stands for. Undefined when the trigger is no reception noun.
 */
export function receptionRoles(
  tokens: readonly Token[],
  t: Trigger,
  region: Range,
  people: readonly ResolvedParticipant[],
  owner: string | undefined,
): { host: string; participants: string[] } | undefined {
  const head = tokens[t.start];
  if (!head || !isReceptionNoun(head)) return undefined;
  const after = people.filter((p) => p.at >= t.end && p.at < region.end).map((p) => p.id);
  const possessive = cliticVariants(head.text).some(
    (v) => POSSESSIVE_SUFFIX.test(v) && RECEPTION_NOUNS.has(v.replace(POSSESSIVE_SUFFIX, "")),
  );
  const toHim = toHimAfter(tokens, t.end, region.end);
  const inFront = tokens[t.start - 1]?.text === "في" || /^في/.test(head.text);
  if (!owner || (!possessive && !toHim)) return undefined;
  const others = after.filter((id) => id !== owner);
  if (others.length === 0) return undefined;
  if (inFront || toHim) return { host: others[0] ?? owner, participants: [...others, owner] };
  return { host: owner, participants: [owner, ...others] };
}

const ORDINAL =
  /^(ال)?(اول|الاول|الاولي|ثاني|الثانيه|ثالث|الثالثه|رابع|الرابعه|خامس|الخامسه|سادس|السادسه|سابع|السابعه|ثامن|الثامنه|تاسع|التاسعه|عاشر|العاشره)$/;

/**
 * A summit named as one (القمة الصينية العربية الأولى، الدورة الـ15 لمؤتمر القمة الإسلامي), not
 * one spoken of in general: an ordinal, a number or a word of a body or a nationality follows.
 */
export function isSpecificSummit(tokens: readonly Token[], t: Trigger): boolean {
  for (let j = t.end; j < Math.min(tokens.length, t.end + 3); j++) {
    const tok = tokens[j];
    if (!tok) break;
    if (tok.kind === "number" || ORDINAL.test(tok.text) || inWordSet(SUMMIT_BODY, tok)) return true;
    if (nisbaCountry(tok.text)) return true;
  }
  return false;
}
