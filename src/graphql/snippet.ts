import { fold, foldWithMap } from "../extract/text/normalize.js";

export interface Snippet {
  readonly text: string;
  /** Where the searched words are in `text`: [start, end) offsets. */
  readonly highlights: { start: number; end: number }[];
}

// Letters that may be glued before a word in Arabic (و، ف، ب، ل، ك and the article).
const CLITIC_PREFIX = /^(?:[وف]?(?:[بلك]|ال|بال|لل|كال)?|ال)$/;

/**
 * A window of a passage around the searched words, with where they are: the words are matched
 * after folding (hamza, ta marbuta, case), whole or with clitics before them, as the full-text
 * analyzer matched them.
 */
export function snippet(passage: string, words: readonly string[], width = 240): Snippet {
  const folded = foldWithMap(passage);
  const lower = folded.text.toLowerCase();
  const terms = [...new Set(words.map((w) => fold(w).toLowerCase()).filter((w) => w.length >= 2))];
  const spans: { start: number; end: number }[] = [];
  for (const term of terms) {
    for (let i = lower.indexOf(term); i >= 0; i = lower.indexOf(term, i + term.length)) {
      let w = i;
      while (w > 0 && /[\p{L}\p{N}]/u.test(lower[w - 1] ?? "")) w--;
      if (!CLITIC_PREFIX.test(lower.slice(w, i))) continue;
      const start = folded.map[i] ?? 0;
      const end = folded.map[i + term.length] ?? passage.length;
      spans.push({ start, end });
    }
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
