import { fold, foldWithMap } from "../extract/text/normalize.js";
import { cliticVariants, tokenize, toOriginal } from "../extract/text/tokens.js";

export interface Snippet {
  readonly text: string;
  /** Where the searched words are in `text`: [start, end) offsets. */
  readonly highlights: { start: number; end: number }[];
}

/**
 * A window of a passage around the searched words, with where they are: the words are matched
 * after folding (hamza, ta marbuta, case), whole or with clitics before them, as the full-text
 * analyzer matched them.
 */
export function snippet(passage: string, words: readonly string[], width = 240): Snippet {
  const folded = foldWithMap(passage);
  const terms = new Set(words.map((w) => fold(w).toLowerCase()).filter((w) => w.length >= 2));
  const spans: { start: number; end: number }[] = [];
  for (const tok of tokenize(folded.text)) {
    // The word itself or one of its forms without clitics (بأوكرانيا → اوكرانيا), which ends it.
    const word = tok.text.toLowerCase();
    const hit = cliticVariants(word).find((v) => terms.has(v));
    if (!hit) continue;
    // The word without its clitics, or the whole token when a form is no tail of it (للرئيس).
    spans.push(toOriginal(folded, word.endsWith(hit) ? tok.end - hit.length : tok.start, tok.end));
  }
  spans.sort((a, b) => a.start - b.start);
  const first = spans[0];
  let from = 0;
  if (first && passage.length > width) {
    from = Math.max(0, first.start - Math.floor(width / 3));
    const space = passage.lastIndexOf(" ", from);
    from = space > 0 && first.start - space < width / 2 ? space + 1 : from;
  }
  let to = Math.min(passage.length, from + width);
  if (to < passage.length) {
    const space = passage.lastIndexOf(" ", to);
    if (space > from) to = space;
  }
  const text = passage.slice(from, to).trim();
  const lead = passage.slice(from, to).length - passage.slice(from, to).trimStart().length;
  const shift = from + lead;
  return {
    text,
    highlights: spans
      .filter((s) => s.start >= shift && s.end <= shift + text.length)
      .map((s) => ({ start: s.start - shift, end: s.end - shift })),
  };
}
