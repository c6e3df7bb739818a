import type { FoldedText } from "./normalize.js";

export type TokenKind = "word" | "number" | "punct";

export interface Token {
  /** Folded text of the token. */
  readonly text: string;
  readonly kind: TokenKind;
  /** Offsets in the folded text. */
  readonly start: number;
  readonly end: number;
  /** The original word starts with a hamza alef (أ إ آ), which folding hides: ألكسندر is no article. */
  readonly hamza?: boolean;
  /** The original word ends with ى, which folding turns into ي: على (on) is not علي (Ali). */
  readonly maqsura?: boolean;
}

export interface FoldedSource {
  readonly original: string;
  readonly map: Int32Array;
}

const LETTER = /[\p{L}\p{M}]/u;
const SPACE = /\s/;

/** Character classes by code: a table for the common ranges, a Unicode test for the rest. */
function classOf(code: number, ch: string): 0 | 1 | 2 | 3 {
  if (code >= 48 && code <= 57) return 2; // digit
  if (
    (code >= 0x0621 && code <= 0x064a) ||
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90)
  )
    return 1;
  if (code === 32 || code === 10 || code === 13 || code === 9) return 0;
  if (LETTER.test(ch)) return 1;
  if (SPACE.test(ch)) return 0;
  return 3; // punctuation and symbols, one character each
}

const HAMZA_ALEF = /[أإآ]/;

export function tokenize(
  folded: string,
  from = 0,
  to = folded.length,
  source?: FoldedSource,
): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const c = classOf(folded.charCodeAt(i), folded[i] ?? "");
    if (c === 0) {
      i++;
      continue;
    }
    let j = i + 1;
    if (c !== 3) while (j < to && classOf(folded.charCodeAt(j), folded[j] ?? "") === c) j++;
    const kind: TokenKind = c === 1 ? "word" : c === 2 ? "number" : "punct";
    const hamza =
      c === 1 && source !== undefined && HAMZA_ALEF.test(source.original[source.map[i] ?? 0] ?? "");
    const maqsura =
      c === 1 && source !== undefined && source.original[source.map[j - 1] ?? 0] === "ى";
    tokens.push({
      text: folded.slice(i, j),
      kind,
      start: i,
      end: j,
      ...(hamza ? { hamza } : {}),
      ...(maqsura ? { maqsura } : {}),
    });
    i = j;
  }
  return tokens;
}

/**
 * Forms of a folded word with its proclitics removed, most specific first: the conjunctions و ف,
 * the prepositions ب ل ك and the article ال (لل is ل + ال). Names are never stemmed beyond this.
 */
/** Whether a token, with or without its clitics (والرئيس → رئيس), is one of a set's words. */
export function inWordSet(
  set: ReadonlySet<string>,
  tok: { readonly text: string } | undefined,
): boolean {
  return tok !== undefined && cliticVariants(tok.text).some((v) => set.has(v));
}

const variantCache = new Map<string, string[]>();

export function cliticVariants(word: string): string[] {
  const hit = variantCache.get(word);
  if (hit) return hit;
  // Bounded: a long run over many texts must not grow without limit.
  if (variantCache.size > 200_000) variantCache.clear();
  const out = computeVariants(word);
  variantCache.set(word, out);
  return out;
}

function computeVariants(word: string): string[] {
  const out: string[] = [word];
  const add = (s: string) => {
    if (s.length >= 2 && !out.includes(s)) out.push(s);
  };
  let rest = word;
  // Short verbs keep their conjunction too (وحل، فزار): the bare form is only one more variant.
  if ((rest.startsWith("و") || rest.startsWith("ف")) && rest.length >= 3) {
    rest = rest.slice(1);
    add(rest);
  }
  if (rest.startsWith("لل") && rest.length > 3) add(`ال${rest.slice(2)}`);
  if (/^[بلك]/.test(rest) && rest.length > 3) add(rest.slice(1));
  for (const v of [...out]) {
    if (v.startsWith("ال") && v.length > 3) add(v.slice(2));
  }
  return out;
}

/** Maps a folded span back to the original text; marks dropped by folding stay with their word. */
export function toOriginal(
  folded: FoldedText,
  start: number,
  end: number,
): { start: number; end: number } {
  return {
    start: folded.map[start] ?? 0,
    end: folded.map[end] ?? folded.map[folded.map.length - 1] ?? 0,
  };
}
