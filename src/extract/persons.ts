import { ACTOR_NAMES, ACTOR_SHORT_NAMES, type Actor, type OfficeKind } from "./lexicon/actors.js";
import { COUNTRY_PHRASES, nisbaCountry } from "./lexicon/countries.js";
import { PhraseIndex } from "./lexicon/phrases.js";
import {
  DUALS,
  type DualClass,
  HONORIFICS,
  isNonNameWord,
  NAME_PARTICLES,
  QUALIFIERS,
  TITLES,
  type TitleDef,
} from "./lexicon/words.js";
import { cliticVariants, type Token } from "./text/tokens.js";

/** A person found by pattern (title + name) rather than from the dictionary. */
export interface Discovered {
  readonly key: string;
  /** Folded name tokens. */
  readonly tokens: readonly string[];
}

export interface TitleHit {
  readonly def: TitleDef;
  readonly start: number;
  readonly end: number;
  readonly country: string | undefined;
  /** For ambassadors: the country they are posted to. */
  readonly hostCountry: string | undefined;
}

export type MentionRef =
  | { readonly kind: "actor"; readonly actor: Actor; readonly short: boolean }
  | { readonly kind: "discovered"; readonly person: Discovered }
  | { readonly kind: "counterpart"; readonly country: string | undefined }
  | { readonly kind: "office"; readonly office: OfficeKind; readonly country: string }
  | { readonly kind: "dual"; readonly of: DualClass };

export interface Mention {
  readonly ref: MentionRef;
  /** Token range of the name (or of the title for title-only references). */
  readonly start: number;
  readonly end: number;
  readonly titles: TitleHit[];
}

const NAME_PUNCT = new Set([",", ":"]);
/** Given names and name parts that begin with و (the folded forms). */
const WAW_NAMES = /^(وليد|وائل|واءل|وديع|وهب|وفيق|وجدي|وسام|وصفي|وحيد|وزان|ويليام|وليام|ويل|ولي)/;

/** Reads the country that follows a title: a relational adjective or, for construct titles, a name. */
function titleAt(tokens: readonly Token[], i: number): TitleHit | undefined {
  const m = TITLES.matchAt(tokens, i);
  if (!m) return undefined;
  let j = m.end;
  let country: string | undefined;
  let hostCountry: string | undefined;
  const name = COUNTRY_PHRASES.matchAt(tokens, j);
  if (name && (m.value.construct || name.value.kind === "name") && m.value.construct) {
    country = name.value.code;
    j = name.end;
  } else {
    const tok = tokens[j];
    const n = tok ? nisbaCountry(tok.text) : undefined;
    if (n) {
      country = n;
      j++;
    }
  }
  if (m.value.portfolio) {
    // The portfolio: definite words, joined by و, and a nisba that gives the country
    // (وزير التجارة وتنمية الصادرات التونسي). A known name ends it.
    const start = j;
    while (j < tokens.length && j - start < 7) {
      const tok = tokens[j];
      if (tok?.kind !== "word" || ACTOR_NAMES.matchAt(tokens, j) || HONORIFICS.matchAt(tokens, j))
        break;
      const n = nisbaCountry(tok.text);
      if (n) {
        country ??= n;
        j++;
        continue;
      }
      if (!/^(و|ف)?(ب|ل|ك)?ال|^لل|^(و)?لشؤون|^(و)?بشؤون/.test(tok.text)) break;
      j++;
    }
  }
  if (m.value.kind === "ambassador" || m.value.construct) {
    // سفير المغرب لدى روسيا / في روسيا
    const prep = tokens[j]?.text;
    if (prep === "لدي" || prep === "في" || prep === "لدى") {
      const host = COUNTRY_PHRASES.matchAt(tokens, j + 1);
      if (host) {
        hostCountry = host.value.code;
        j = host.end;
      }
    }
  }
  return { def: m.value, start: i, end: j, country, hostCountry };
}

function honorificAt(tokens: readonly Token[], i: number): { end: number } | undefined {
  const h = HONORIFICS.matchAt(tokens, i, false);
  return h ? { end: h.end } : undefined;
}

/** Skips commas and honorifics (جلالة، الدكتور) between a title and a name. */
function skipFiller(tokens: readonly Token[], j: number): number {
  for (;;) {
    const t = tokens[j];
    if (!t) return j;
    if (NAME_PUNCT.has(t.text)) {
      j++;
      continue;
    }
    const h = HONORIFICS.matchAt(tokens, j, false);
    if (h) {
      j = h.end;
      continue;
    }
    return j;
  }
}

/** Two or three name-like words right at `j`: how a person not in the dictionary is found. */
function nameAt(tokens: readonly Token[], j: number): { start: number; end: number } | undefined {
  const isNameWord = (t: Token | undefined) =>
    t !== undefined &&
    t.kind === "word" &&
    t.text.length >= 2 &&
    !isNonNameWord(t.text) &&
    COUNTRY_PHRASES.matchAt(tokens, tokens.indexOf(t)) === undefined &&
    nisbaCountry(t.text) === undefined;
  const words: number[] = [];
  let k = j;
  while (words.length < 4) {
    const t = tokens[k];
    if (t?.kind !== "word") break;
    const particle = NAME_PARTICLES.has(t.text);
    const prev = tokens[k - 1];
    const afterParticle = prev !== undefined && words.length > 0 && NAME_PARTICLES.has(prev.text);
    // The article, bare or after a proclitic (للشرق، والرئيس); a hamza alef is no article (ألكسندر).
    const article =
      (t.text.startsWith("ال") && !t.hamza) || /^((و|ف)(ب|ل|ك)?|ب|ك)ال|^لل/.test(t.text);
    // A surname may carry the article (محمد الشناوي), but a name never starts with it.
    if (!particle && !afterParticle && article && words.length === 0) break;
    if (!particle && !afterParticle && article) {
      if (isNameWord(t)) {
        words.push(k);
        k++;
      }
      break;
    }
    if (!particle && !isNameWord(t)) break;
    // Past the first word, و starts the next person (عباس ودحلان) unless a name begins so.
    if (words.length > 0 && !particle && /^و/.test(t.text) && !WAW_NAMES.test(t.text)) break;
    words.push(k);
    k++;
    const hasParticle = words.some((w) => NAME_PARTICLES.has(tokens[w]?.text ?? ""));
    if (words.length >= 2 && !particle) {
      // A third plain word only when the name then ends at punctuation (جان نويل بارو،).
      if (words.length === 2 && !hasParticle) {
        const third = tokens[k];
        const after = tokens[k + 1];
        if (
          isNameWord(third) &&
          !third?.text.startsWith("ال") &&
          (after === undefined || after.kind === "punct")
        ) {
          words.push(k);
          k++;
        }
        break;
      }
      if (words.length >= 3) break;
    }
  }
  const last = tokens[k - 1];
  if (words.length < 2 || (last && NAME_PARTICLES.has(last.text))) return undefined;
  return { start: j, end: extendName(tokens, k, isNameWord) };
}

/**
 * Long names (جواو مانويل غونسالفيس لورنسو): more name-like words are taken when the name then
 * ends at a clear boundary (punctuation, the end, a title, a grammar word), never in mid-phrase.
 */
function extendName(
  tokens: readonly Token[],
  k: number,
  isNameWord: (t: Token | undefined) => boolean,
): number {
  let best = k;
  let e = k;
  while (e - k < 3) {
    const t = tokens[e];
    // A word with the article (البلاد، الصادرات) is a common noun more often than a surname here.
    if (
      !isNameWord(t) ||
      NAME_PARTICLES.has(t?.text ?? "") ||
      /^(و|ف)?(ب|ل)?ال/.test(t?.text ?? "")
    )
      break;
    e++;
    if (isBoundary(tokens, e)) best = e;
  }
  return best;
}

function isBoundary(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t === undefined || t.kind !== "word") return true;
  return (
    TITLES.matchAt(tokens, i) !== undefined ||
    HONORIFICS.matchAt(tokens, i) !== undefined ||
    nisbaCountry(t.text) !== undefined ||
    isNonNameWord(t.text)
  );
}

/**
 * First pass over a story: persons introduced by a title and a name that the dictionary does
 * not know, so that later bare mentions of their surname are found too.
 */
export function discoverPersons(sentences: readonly (readonly Token[])[]): PhraseIndex<Discovered> {
  const index = new PhraseIndex<Discovered>();
  for (const tokens of sentences) {
    for (let i = 0; i < tokens.length; i++) {
      // A title, or an honorific on its own (السيدة …، الشيخ …), introduces a name.
      const title = titleAt(tokens, i) ?? honorificAt(tokens, i);
      if (!title) continue;
      const j = skipFiller(tokens, title.end);
      if (
        ACTOR_NAMES.matchAt(tokens, j) ||
        ACTOR_SHORT_NAMES.matchAt(tokens, j) ||
        TITLES.matchAt(tokens, j)
      )
        continue;
      const name = nameAt(tokens, j);
      if (!name) continue;
      const words = tokens.slice(name.start, name.end).map((t) => t.text);
      const key = words.join(" ");
      const person: Discovered = { key, tokens: words };
      index.add(key, person);
      const surname = words
        .slice(NAME_PARTICLES.has(words[words.length - 2] ?? "") ? -2 : -1)
        .join(" ");
      if (!isNonNameWord(surname)) index.add(surname, person);
      i = name.end - 1;
    }
  }
  return index;
}

/** Person mentions in one sentence, with the titles that describe them. */
export function findMentions(
  tokens: readonly Token[],
  discovered: PhraseIndex<Discovered>,
): Mention[] {
  const names: Mention[] = [];
  const titles: TitleHit[] = [];
  let i = 0;
  while (i < tokens.length) {
    const full = ACTOR_NAMES.matchAt(tokens, i);
    if (full) {
      names.push({
        ref: { kind: "actor", actor: full.value, short: false },
        start: i,
        end: full.end,
        titles: [],
      });
      i = full.end;
      continue;
    }
    const found = discovered.matchAt(tokens, i);
    if (found) {
      names.push({
        ref: { kind: "discovered", person: found.value },
        start: i,
        end: found.end,
        titles: [],
      });
      i = found.end;
      continue;
    }
    const short = ACTOR_SHORT_NAMES.matchAt(tokens, i);
    if (short) {
      names.push({
        ref: { kind: "actor", actor: short.value, short: true },
        start: i,
        end: short.end,
        titles: [],
      });
      i = short.end;
      continue;
    }
    const title = titleAt(tokens, i);
    if (title) {
      titles.push(title);
      i = Math.max(title.end, i + 1);
      continue;
    }
    const tok = tokens[i];
    const dual = tok ? cliticVariants(tok.text).find((v) => DUALS.has(v)) : undefined;
    if (dual)
      names.push({
        ref: { kind: "dual", of: DUALS.get(dual) ?? "any" },
        start: i,
        end: i + 1,
        titles: [],
      });
    i++;
  }

  // Attach each title to the name it introduces (within a few words after it, nothing but
  // qualifiers between) or to the name it follows in apposition (لافروف، وزير خارجية روسيا).
  const out = [...names];
  for (const t of titles) {
    const after = names.find(
      (n) => n.start >= t.end && n.start - t.end <= 8 && n.ref.kind !== "dual",
    );
    const between = after ? tokens.slice(t.end, after.start) : [];
    const clean =
      after !== undefined &&
      !between.some((b) => b.text === "." || b.text === ";") &&
      !titles.some(
        (o) =>
          o !== t && o.start > t.start && o.start < after.start && o.def.kind === "counterpart",
      );
    const closeEnough =
      clean &&
      after !== undefined &&
      (after.start - skipFiller(tokens, t.end) <= 1 ||
        QUALIFIERS.has(between[0]?.text ?? "") ||
        between.every(
          (b) =>
            b.kind === "punct" ||
            isNonNameWord(b.text) ||
            QUALIFIERS.has(b.text) ||
            b.text.startsWith("ال") ||
            b.text.startsWith("وال"),
        ));
    if (after && closeEnough) {
      after.titles.push(t);
      continue;
    }
    const before = [...names]
      .reverse()
      .find((n) => n.end <= t.start && t.start - n.end <= 1 && n.ref.kind !== "dual");
    if (before && t.def.kind !== "counterpart") {
      before.titles.push(t);
      continue;
    }
    if (t.def.kind === "counterpart") {
      out.push({
        ref: { kind: "counterpart", country: t.country },
        start: t.start,
        end: t.end,
        titles: [t],
      });
      continue;
    }
    // A title alone (الرئيس الروسي، الوزير السنغالي) stands for someone of that country: the
    // story's person or whoever held the office; "of the president" (لرئيس) is a genitive.
    const head = tokens[t.start]?.text ?? "";
    const genitive = head.startsWith("ل") && !head.startsWith("ال");
    if (t.country && !genitive && t.def.kind !== "other") {
      out.push({
        ref: { kind: "office", office: t.def.kind as OfficeKind, country: t.country },
        start: t.start,
        end: t.end,
        titles: [t],
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
