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
}

export interface FoldedSource {
  readonly original: string;
  readonly map: Int32Array;
}

const TOKEN_RE = /([\p{L}\p{M}]+)|(\d+)|([^\s\p{L}\p{M}\d])/gu;

export function tokenize(
  folded: string,
  from = 0,
  to = folded.length,
  source?: FoldedSource,
): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = from;
  for (;;) {
    const m = TOKEN_RE.exec(folded);
    if (!m || m.index >= to) break;
    const kind: TokenKind = m[1] ? "word" : m[2] ? "number" : "punct";
    const start = m.index;
    const hamza =
      source !== undefined && /[أإآ]/.test(source.original[source.map[start] ?? 0] ?? "");
    tokens.push({ text: m[0], kind, start, end: start + m[0].length, ...(hamza ? { hamza } : {}) });
  }
  return tokens;
}

/**
 * Forms of a folded word with its proclitics removed, most specific first: the conjunctions و ف,
 * the prepositions ب ل ك and the article ال (لل is ل + ال). Names are never stemmed beyond this.
 */
export function cliticVariants(word: string): string[] {
  const out: string[] = [word];
  const add = (s: string) => {
    if (s.length >= 2 && !out.includes(s)) out.push(s);
  };
  let rest = word;
  if ((rest.startsWith("و") || rest.startsWith("ف")) && rest.length > 3) {
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
