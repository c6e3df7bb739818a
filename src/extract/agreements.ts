import agreementData from "./data/agreements.json" with { type: "json" };
import triggerData from "./data/triggers.json" with { type: "json" };
import { PhraseIndex } from "./lexicon/phrases.js";
import { fold } from "./text/normalize.js";
import { cliticVariants, type Token } from "./text/tokens.js";

export interface AgreementHead {
  readonly kind: string;
  readonly en: string;
  readonly needsSigning: boolean;
  /** Several documents (اتفاقيات): an agreement only when a signing with its signatories says so. */
  readonly plural: boolean;
}

/** An agreement named in a sentence; token indices into that sentence. */
export interface AgreementMention {
  readonly head: AgreementHead;
  readonly start: number;
  readonly end: number;
}

const HEADS = new PhraseIndex<AgreementHead>();
for (const h of agreementData.heads) {
  HEADS.add(h.ar, {
    kind: h.kind,
    en: h.en,
    needsSigning: h.needsSigning === true,
    plural: (h as { plural?: boolean }).plural === true,
  });
}
// The signing event's own words count too, so a new form of the verb (وقعته) is listed once.
const SIGNING_WORDS = new Set(
  [
    ...agreementData.signingWords,
    ...triggerData.events.SIGNING.verbs,
    ...triggerData.events.SIGNING.nouns,
  ].map(fold),
);
const STOPS = new PhraseIndex<true>();
for (const s of agreementData.nameStops) STOPS.add(s, true);

export function mentionsSigning(tokens: readonly Token[]): boolean {
  return tokens.some((t) => cliticVariants(t.text).some((v) => SIGNING_WORDS.has(v)));
}

/** Agreement names in a sentence: a head noun and the words that name it, up to a stop. */
export function findAgreements(tokens: readonly Token[]): AgreementMention[] {
  const out: AgreementMention[] = [];
  const signing = mentionsSigning(tokens);
  let i = 0;
  while (i < tokens.length) {
    const m = HEADS.matchAt(tokens, i);
    if (!m || (m.value.needsSigning && !signing)) {
      i++;
      continue;
    }
    let end = m.end;
    const quoted = tokens[i - 1]?.text === '"';
    if (quoted) {
      while (end < tokens.length && tokens[end]?.text !== '"') end++;
    } else {
      while (end < tokens.length && end - i < agreementData.maxNameWords) {
        const t = tokens[end];
        if (!t || (t.kind === "punct" && t.text !== "-") || STOPS.matchAt(tokens, end)) break;
        end++;
      }
    }
    const words = tokens.slice(i, end).filter((t) => t.kind !== "punct").length;
    // A bare "the agreement" refers back to one already named.
    if (words >= 2) out.push({ head: m.value, start: i, end });
    i = Math.max(end, i + 1);
  }
  return out;
}
