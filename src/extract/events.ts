import triggerData from "./data/triggers.json" with { type: "json" };
import { type DateExpr, findDates } from "./dates.js";
import { COUNTRY_PHRASES } from "./lexicon/countries.js";
import { PhraseIndex } from "./lexicon/phrases.js";
import {
  ANAPHORA,
  CALL_FROM,
  CALL_MADE_AFTER,
  CALL_MAKE,
  CALL_RECEIVE,
  CALL_RECEIVED_AFTER,
  CALL_UNDIRECTED,
  CLAUSE_BOUNDARIES,
  FUTURE_VERBS,
  NEGATION,
  PLANNED,
  RELATIVES,
  SUMMIT_BODY,
} from "./lexicon/words.js";
import { fold } from "./text/normalize.js";
import { cliticVariants, inWordSet, type Token } from "./text/tokens.js";
import type { EventType } from "./types.js";

export interface TriggerDef {
  readonly type: Exclude<EventType, "OTHER">;
  readonly cameo: string;
  readonly pos: "noun" | "verb";
  readonly host: boolean;
  readonly needsNearby: readonly string[] | undefined;
  readonly needsAgreement: boolean;
  /** A noun with a pronoun suffix (لقائه): an event only when the other party follows. */
  readonly possessive?: boolean;
  /** An arrival verb (وصل، حل، توجه): a visit only with a foreign place. */
  readonly needsPlace?: boolean;
  /** A joint act (مؤتمر صحفي مشترك) that is an event even where it is background (خلال). */
  readonly joint?: boolean;
  /** A verb with an object pronoun (استقبله): the pronoun's referent takes part. */
  readonly pronounObject?: boolean;
}

export interface Trigger {
  readonly def: TriggerDef;
  readonly start: number;
  readonly end: number;
  readonly definite: boolean;
  /** Written with the future prefix (سيلتقي، سيترأس). */
  readonly future: boolean;
  /** Cameo for this mention: hosting a visit differs from meeting. */
  readonly cameo: string;
  /** A session of a joint commission: a meeting of those who chair it. */
  readonly commission?: boolean;
  /** A summit named after على هامش: whoever the sentence tells of was there. */
  readonly sidelines?: boolean;
  /** A possessive noun (زيارته) whose owner is the pronoun's referent, not a name after it. */
  readonly pronounOwner?: boolean;
}

const TRIGGERS = new PhraseIndex<TriggerDef>();
for (const [type, spec] of Object.entries(triggerData.events) as [
  TriggerDef["type"],
  (typeof triggerData.events)["CALL"] & Record<string, unknown>,
][]) {
  const nearby = (spec.needsNearby ?? {}) as Record<string, string[]>;
  const hostVerbs = new Set(((spec.hostVerbs as string[] | undefined) ?? []).map(fold));
  const base = {
    type,
    cameo: spec.cameo,
    pos: "noun",
    host: false,
    needsNearby: undefined,
  } as const;
  const needsAgreement = spec.needsAgreement === true;
  for (const n of spec.nouns) TRIGGERS.add(n, { ...base, needsAgreement });
  // A verb with an object pronoun (استقبله): the one it stands for is the other party.
  for (const v of (spec.objectVerbs as string[] | undefined) ?? []) {
    const host = fold(v).startsWith(fold("استقبل")) || fold(v).startsWith(fold("يستقبل"));
    TRIGGERS.add(v, {
      ...base,
      pos: "verb",
      cameo: host ? String(spec.hostCameo ?? spec.cameo) : spec.cameo,
      host,
      needsAgreement: false,
      pronounObject: true,
    });
  }
  for (const n of (spec.jointNouns as string[] | undefined) ?? [])
    TRIGGERS.add(n, { ...base, needsAgreement: false, joint: true });
  for (const n of (spec.possessive as string[] | undefined) ?? []) {
    TRIGGERS.add(n, { ...base, needsAgreement: false, possessive: true });
  }
  // استقبال معاليه، زيارة سموه: a noun and an honorific pronoun are the possessive form.
  for (const n of spec.nouns)
    for (const h of triggerData.honorificPronouns.words)
      TRIGGERS.add(`${n} ${h}`, { ...base, needsAgreement: false, possessive: true });
  for (const v of (spec.arrivalVerbs as string[] | undefined) ?? []) {
    TRIGGERS.add(v, { ...base, pos: "verb", needsAgreement: false, needsPlace: true });
  }
  for (const v of spec.verbs) {
    const host = hostVerbs.has(fold(v));
    TRIGGERS.add(v, {
      ...base,
      pos: "verb",
      cameo: host ? String(spec.hostCameo ?? spec.cameo) : spec.cameo,
      host,
      needsNearby: nearby[v]?.map(fold),
      needsAgreement,
    });
  }
}

function withoutFuture(tok: Token): Token | undefined {
  const m = /^(و|ف)?س(?=[يتنا])/.exec(tok.text);
  if (!m) return undefined;
  return { ...tok, text: tok.text.slice(m[0].length) };
}

export interface TriggerSkip {
  readonly start: number;
  readonly reason: "anaphoric" | "negated" | "missing-context";
}

/**
 * Event words in a sentence. Words that point back at an event already told (هذا اللقاء،
 * خلال الاتصال) and negated ones are left out and reported.
 */
export function findTriggers(
  tokens: readonly Token[],
  startsPerson: (i: number) => boolean,
): { triggers: Trigger[]; skipped: TriggerSkip[] } {
  const triggers: Trigger[] = [];
  const skipped: TriggerSkip[] = [];
  let dates: DateExpr[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (tok?.kind !== "word") continue;
    let m = TRIGGERS.matchAt(tokens, i);
    let future = false;
    if (!m) {
      const bare = withoutFuture(tok);
      if (bare) {
        const copy = [...tokens];
        copy[i] = bare;
        const fm = TRIGGERS.matchAt(copy, i, false);
        if (fm && fm.value.pos === "verb") {
          m = fm;
          future = true;
        }
      }
    }
    if (!m) continue;
    // A name is no event word (فيصل is not ف + يصل).
    if (startsPerson(i)) continue;
    const def = m.value;
    const variants = cliticVariants(tok.text);
    const definite = variants.includes(`ال${m.head}`);
    const prev = tokens[i - 1];
    if (def.possessive) {
      let k = m.end;
      // خلال لقائها اليوم الأحد، السفير …: a comma right after a date does not end the phrase.
      const afterDate = (j: number) => {
        if (tokens[j]?.text !== ",") return false;
        dates ??= findDates(tokens);
        return dates.some((d) => d.start === m.end && j <= d.end);
      };
      while (
        k < tokens.length &&
        k - m.end < 8 &&
        !startsPerson(k) &&
        (tokens[k]?.kind !== "punct" || afterDate(k))
      )
        k++;
      // "His visit to Baghdad": the visitor is whom the pronoun stands for.
      // (Not "during his visit": خلال/نتائج before it point back to a visit as background.)
      const owned =
        def.type === "VISIT" && destinationAt(tokens, m.end) && !inWordSet(ANAPHORA, prev);
      if (
        (!startsPerson(k) && !owned) ||
        tokens.slice(Math.max(0, i - 3), i).some((t) => inWordSet(NEGATION, t))
      ) {
        skipped.push({ start: i, reason: "anaphoric" });
        i = m.end - 1;
        continue;
      }
      triggers.push({
        def,
        start: i,
        end: m.end,
        definite: false,
        future: false,
        cameo: def.cameo,
        ...(owned && !startsPerson(k) ? { pronounOwner: true } : {}),
      });
      i = m.end - 1;
      continue;
    }
    // خلال اتصال هاتفي مع X: background words before an indefinite event word with its
    // counterpart named right after still tell an event.
    // على هامش القمة: the summit is background to what follows, but those named there attend it.
    const sidelines = def.type === "SUMMIT" && inWordSet(SIDELINES, prev);
    // أعمال الدورة … للجنة المشتركة: a session of a joint commission, a meeting of its chairs.
    const commission =
      def.type === "SUMMIT" && tokens.slice(m.end, m.end + 5).some((x) => inWordSet(COMMISSION, x));
    if (
      inWordSet(ANAPHORA, prev) &&
      !def.joint &&
      !sidelines &&
      !commission &&
      !(!definite && counterpartFollows(tokens, m.end, startsPerson)) &&
      !(isReceptionNoun(tokens[i]) && toHimAfter(tokens, m.end, tokens.length))
    ) {
      skipped.push({ start: i, reason: "anaphoric" });
      i = m.end - 1;
      continue;
    }
    if (
      tokens.slice(Math.max(0, i - 3), i).some((t) => inWordSet(NEGATION, t)) ||
      deniedBefore(tokens, i)
    ) {
      skipped.push({ start: i, reason: "negated" });
      i = m.end - 1;
      continue;
    }
    if (definite) {
      // "the meeting" introduces an event only when what follows says which one.
      let k = m.end;
      while (
        k < tokens.length &&
        k - m.end < 3 &&
        /^ال.*(ي|يه)$/.test(tokens[k]?.text ?? "") &&
        !inWordSet(RELATIVES, tokens[k])
      )
        k++;
      const next = tokens[k];
      // …or says it was a meeting of a body (الاجتماع العربي الطارئ على مستوى وزراء الخارجية).
      const ofBody = tokens.slice(m.end, m.end + 5).some((x) => inWordSet(SUMMIT_BODY, x));
      if (!(inWordSet(RELATIVES, next) || startsPerson(k) || ofBody)) {
        skipped.push({ start: i, reason: "anaphoric" });
        i = m.end - 1;
        continue;
      }
    }
    if (def.needsNearby) {
      const need = def.needsNearby;
      const window = tokens.slice(i, Math.min(tokens.length, i + 14));
      if (
        need.length > 0 &&
        !window.some((t) => cliticVariants(t.text).some((v) => need.includes(v)))
      ) {
        skipped.push({ start: i, reason: "missing-context" });
        continue;
      }
    }
    triggers.push({
      def,
      start: i,
      end: m.end,
      definite,
      future,
      cameo: def.cameo,
      ...(sidelines ? { sidelines } : {}),
      ...(commission ? { commission } : {}),
    });
    i = m.end - 1;
  }
  return { triggers, skipped };
}

const DENIAL = new PhraseIndex<true>();
for (const w of triggerData.denial) DENIAL.add(w, true);

/** A denial earlier in the sentence (نفى المصدر الأنباء عن لقاء …) covers the events it reports. */
export function deniedBefore(tokens: readonly Token[], i: number): boolean {
  for (let j = 0; j < i; j++) if (DENIAL.matchAt(tokens, j)) return true;
  return false;
}

export const RECEPTION_NOUNS = new Set(triggerData.reception.nouns.map(fold));
const TO_HIM = new Set(triggerData.reception.toHim.map(fold));

export function isReceptionNoun(tok: Token | undefined): boolean {
  return inWordSet(RECEPTION_NOUNS, tok);
}

/**
 * له/لها within the words after a reception noun: خلال استقبال X له names the host and tells
 * the reception itself, so it is no background mention.
 */
export function toHimAfter(tokens: readonly Token[], from: number, end: number): boolean {
  // Wide enough for a title and a long name between (أمير قطر الشيخ تميم بن حمد آل ثاني له).
  return tokens.slice(from, Math.min(end, from + 12)).some((x) => TO_HIM.has(x.text));
}

/** "مع" and a person within the few words after an event word. */
function counterpartFollows(
  tokens: readonly Token[],
  from: number,
  startsPerson: (i: number) => boolean,
): boolean {
  for (let k = from; k < Math.min(tokens.length, from + 4); k++) {
    if (tokens[k]?.text === "مع" && (startsPerson(k + 1) || startsPerson(k + 2))) return true;
  }
  return false;
}

/** A place of destination right after a visit word: إلى/ل + a country or city. */
function destinationAt(tokens: readonly Token[], at: number): boolean {
  for (let k = at; k < Math.min(tokens.length, at + 3); k++) {
    const t = tokens[k];
    if (!t) return false;
    if ((t.text === "الي" || t.text === "ل") && COUNTRY_PHRASES.matchAt(tokens, k + 1)) return true;
    if (/^ل/.test(t.text) && COUNTRY_PHRASES.matchAt(tokens, k)) return true;
  }
  return false;
}

const SPEECH = new Set(triggerData.speechVerbs.map(fold));

/** A colon after a speech verb (قال: …) opens the words reported, a clause of their own. */
function speechColon(tokens: readonly Token[], j: number): boolean {
  return (
    tokens[j]?.text === ":" &&
    (inWordSet(SPEECH, tokens[j - 1]) || /^["“«]$/.test(tokens[j + 1]?.text ?? ""))
  );
}

export function isClauseBoundary(t: Token | undefined): boolean {
  return (
    t !== undefined &&
    (CLAUSE_BOUNDARIES.has(t.text) || cliticVariants(t.text).some((v) => CLAUSE_BOUNDARIES.has(v)))
  );
}

/** Token ranges each trigger owns: from the previous trigger or clause start to the next. */
export function regions(
  tokens: readonly Token[],
  triggers: readonly Trigger[],
): { start: number; end: number }[] {
  return triggers.map((t, k) => {
    let start = k > 0 ? (triggers[k - 1]?.end ?? 0) : 0;
    // A verb joined by و/ف after another event word opens a clause of its own (…، وسيلتقي …):
    // its subject is carried over, never the object of the clause before.
    if (k > 0 && t.def.pos === "verb" && /^[وف]/.test(tokens[t.start]?.text ?? "")) start = t.start;
    for (let j = t.start - 1; j >= start; j--) {
      if (isClauseBoundary(tokens[j]) || speechColon(tokens, j)) {
        start = j + 1;
        break;
      }
    }
    let end = triggers[k + 1]?.start ?? tokens.length;
    for (let j = t.end; j < end; j++) {
      if (isClauseBoundary(tokens[j]) || speechColon(tokens, j)) {
        end = j;
        break;
      }
    }
    return { start, end };
  });
}

/** The event type's own cameo code, for events whose type a frame changed (a summit read as a meeting). */
export function cameoOf(type: TriggerDef["type"]): string {
  return triggerData.events[type].cameo;
}

export function isPlanned(tokens: readonly Token[], t: Trigger): boolean {
  if (t.future) return true;
  const window = tokens.slice(Math.max(0, t.start - 4), Math.min(tokens.length, t.end + 4));
  if (window.some((w) => inWordSet(PLANNED, w) || isFutureVerb(w))) return true;
  // "مؤتمر منظمة التعاون الإسلامي، المزمع عقده": the cue may follow the event's name.
  const after = tokens.slice(t.end, Math.min(tokens.length, t.end + 8));
  if (after.some((w) => inWordSet(PLANNED_AFTER, w))) return true;
  // "من المقرر أن …", "يعتزم …" govern the whole clause they open, however long.
  for (let j = t.start - 1; j >= Math.max(0, t.start - 30); j--) {
    const w = tokens[j];
    if (w?.text === ".") break;
    if (inWordSet(PLANNED_CLAUSE, w)) return true;
  }
  return false;
}

const SIDELINES = new Set(["هامش"].map(fold));
const COMMISSION = new Set(["لجنه", "اللجنه", "للجنه"]);
const PLANNED_AFTER = new Set(
  ["المزمع", "المزمعة", "المرتقب", "المرتقبة", "المقرر", "المقررة"].map(fold),
);
const PLANNED_CLAUSE = new Set(
  [
    "المقرر",
    "المقررة",
    "المرتقب",
    "المرتقبة",
    "المنتظر",
    "المنتظرة",
    "يعتزم",
    "تعتزم",
    "يعتزمان",
    "سوف",
  ].map(fold),
);

/** A known verb with the future prefix (ستعقد، سيسلمه): what it tells has not happened yet. */
export function isFutureVerb(t: Token): boolean {
  const m = /^(?:و|ف)?س(?=[يتن])/.exec(t.text);
  return m !== null && FUTURE_VERBS.has(t.text.slice(m[0].length));
}

export type CallShape = "made" | "received" | "undirected" | "unknown";

/** How a call sentence is built: who made it follows from the verb around the word "call". */
export function callShape(tokens: readonly Token[], t: Trigger, regionStart: number): CallShape {
  if (t.def.pos === "verb") return "made";
  for (const tok of tokens.slice(t.end, t.end + 3)) {
    if (inWordSet(CALL_RECEIVED_AFTER, tok)) return "received";
    if (inWordSet(CALL_MADE_AFTER, tok)) return "made";
  }
  for (let j = t.start - 1; j >= regionStart; j--) {
    const tok = tokens[j];
    if (inWordSet(CALL_RECEIVE, tok)) return "received";
    if (inWordSet(CALL_UNDIRECTED, tok) && t.start - j <= 2) return "undirected";
    if (inWordSet(CALL_MAKE, tok)) return "made";
  }
  if (tokens[t.end]?.text === fold("بين") || tokens[t.end + 1]?.text === fold("بين"))
    return "undirected";
  return "unknown";
}

export function isFromWord(t: Token | undefined): boolean {
  return inWordSet(CALL_FROM, t);
}
