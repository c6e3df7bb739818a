import type { ResolvedParticipant, Sentence } from "./article-state.js";
import type { ResolvedDate } from "./dates.js";
import type { Trigger } from "./events.js";
import { COUNTRY_PHRASES } from "./lexicon/countries.js";
import type { Mention } from "./persons.js";
import { cliticVariants } from "./text/tokens.js";

/**
 * Small cues a story reads around an event word: who took the initiative, who did what a
 * relative clause tells, which document a bare "signed it" means, where a traveller is heading,
 * and the nearest date or mention to a position.
 */

export const HEADING = new Set(["متوجها", "متجها", "متوجهه", "متجهه", "اتجاه", "قاصدا", "الي"]);
export const DEPARTURE = new Set(["غادر", "غادرت", "يغادر", "تغادر"]);
export function nearest<T extends { start: number }>(
  items: readonly T[],
  at: number,
): T | undefined {
  return nearestBy(items, at, (x) => x.start);
}

export function nearestBy<T>(
  items: readonly T[],
  at: number,
  pos: (x: T) => number,
): T | undefined {
  let best: T | undefined;
  let dist = Number.POSITIVE_INFINITY;
  for (const x of items) {
    const d = Math.abs(pos(x) - at);
    if (d < dist) {
      best = x;
      dist = d;
    }
  }
  return best;
}

export function nearestDate(s: Sentence, at: number): ResolvedDate | undefined {
  return nearestBy(
    s.dates.filter((d) => d.date),
    at,
    (d) => d.expr.start,
  )?.date;
}

const INITIATIVE = new Set(["بمبادره", "مبادره", "بطلب", "طلب"]);
const LATTER = new Set(["الاخير", "الاخيره"]);

/** Who took the initiative (بمبادرة من X، بطلب من هذا الأخير), after the event word. */
export function initiativeOf(
  s: Sentence,
  ids: Map<Mention, string | undefined>,
  from: number,
): string | undefined {
  for (let j = from; j < s.tokens.length - 1; j++) {
    if (!INITIATIVE.has(s.tokens[j]?.text ?? "") || s.tokens[j + 1]?.text !== "من") continue;
    const latter = s.tokens.slice(j + 2, j + 4).some((t) => LATTER.has(t.text));
    const mentions = [...ids.entries()].filter(([, id]) => id);
    if (latter) return mentions.filter(([m]) => m.start < j).at(-1)?.[1];
    return mentions.find(([m]) => m.start > j + 1 && m.start <= j + 6)?.[1];
  }
  return undefined;
}

const DOER_VERBS = new Set(["قام", "يقوم", "تقوم", "قامت", "اجراها", "يجريها"]);

/** "… التي قام بها X" right after an event word: X did it. */
export function doneByAfter(
  s: Sentence,
  t: Trigger,
  ids: ReadonlyMap<Mention, string | undefined>,
): ResolvedParticipant | undefined {
  for (let j = t.end; j < Math.min(s.tokens.length - 1, t.end + 5); j++) {
    if (s.tokens[j]?.text !== "التي") continue;
    const verb = s.tokens[j + 1]?.text ?? "";
    if (!DOER_VERBS.has(verb)) return undefined;
    for (const [m, id] of ids)
      if (id && m.start > j + 1 && m.start <= j + 12) return { id, at: m.start };
    return undefined;
  }
  return undefined;
}

const DOCUMENT_WORDS = new Set([
  "المذكره",
  "الاتفاقيه",
  "الاتفاق",
  "البروتوكول",
  "المعاهده",
  "الوثيقه",
  "الاتفاقيات",
  "المذكرات",
]);

/** وقعه/وقعها (signed it) or a bare "the memorandum" right after the verb. */
export function signsNamedDocument(s: Sentence, t: Trigger): boolean {
  const head = s.tokens[t.start]?.text ?? "";
  if (/(ه|ها|هما)$/.test(head) && head.length > 3) return true;
  return s.tokens
    .slice(t.end, t.end + 3)
    .some((tok) => cliticVariants(tok.text).some((v) => DOCUMENT_WORDS.has(v)));
}

const HEADED_BY = new Set([
  "برياسه",
  "يتراسه",
  "تراسه",
  "يراسه",
  "راسه",
  "بقياده",
  "يقوده",
  "قاده",
]);

/** "وفد … برئاسة X" / "الوفد … ترأسه X": a delegation travels as its head. */
export function delegationHead(
  s: Sentence,
  region: { start: number; end: number },
  ids: ReadonlyMap<Mention, string | undefined>,
): ResolvedParticipant | undefined {
  for (let j = region.start; j < region.end; j++) {
    const tok = s.tokens[j];
    if (!tok || !cliticVariants(tok.text).some((v) => HEADED_BY.has(v))) continue;
    for (const [m, id] of ids)
      if (id && m.start > j && m.start <= j + 8) return { id, at: m.start };
    return undefined;
  }
  return undefined;
}

const COUNTERPARTS = new Set(["نظرايه", "نظراءه", "نظرائه", "نظرايها", "نظيريه"]);

/** The countries listed after "his counterparts in" (نظرائه في كل من A وB وC). */
export function countriesOfCounterparts(
  s: Sentence,
  region: { start: number; end: number },
): string[] {
  const at = s.tokens.findIndex(
    (t, i) =>
      i >= region.start &&
      i < region.end &&
      cliticVariants(t.text).some((v) => COUNTERPARTS.has(v)),
  );
  if (at < 0 || s.tokens[at + 1]?.text !== "في") return [];
  // The list runs to the first punctuation after it (… والمملكة الأردنية الهاشمية، …).
  let end = Math.min(region.end, at + 30);
  for (let j = at + 2; j < end; j++) if (s.tokens[j]?.kind === "punct") end = j;
  const out: string[] = [];
  for (const m of COUNTRY_PHRASES.findAll(s.tokens, at + 2, end)) {
    if (!out.includes(m.value.code)) out.push(m.value.code);
  }
  return out;
}

/** Everyone named after برئاسة in the sentence: the chairs of a session. */
export function chairsAfter(s: Sentence, ids: ReadonlyMap<Mention, string | undefined>): string[] {
  const at = s.tokens.findIndex((t) => cliticVariants(t.text).some((v) => HEADED_BY.has(v)));
  return at < 0 ? [] : personsFrom(s, ids, at + 1);
}

/** The persons named from token `from` on, each once, in the order they are named. */
export function personsFrom(
  s: Sentence,
  ids: ReadonlyMap<Mention, string | undefined>,
  from: number,
): string[] {
  const out: string[] = [];
  for (const m of s.mentions) {
    const id = m.start >= from ? ids.get(m) : undefined;
    if (id && !out.includes(id)) out.push(id);
  }
  return out;
}
