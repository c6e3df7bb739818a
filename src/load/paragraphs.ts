/** A piece of an article's text: offsets into the text as loaded. */
export interface Paragraph {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Longer lines (a page scraped as one line) are cut at a space before this many characters. */
export const MAX_PARAGRAPH = 4000;

/**
 * Cuts a text into its lines, each with the line breaks that follow it, so that the pieces
 * joined in order give back the text exactly and every fact's offsets fall inside one piece.
 */
export function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf("\n", start);
    end = end < 0 ? text.length : end + 1;
    // Blank lines ride with the line before them.
    while (end < text.length && /^[ \t\r\f\v\u00a0]*\n/.test(text.slice(end, end + 200))) {
      end = text.indexOf("\n", end) + 1;
    }
    if (end - start > MAX_PARAGRAPH) {
      const space = text.lastIndexOf(" ", start + MAX_PARAGRAPH);
      end = space > start ? space + 1 : start + MAX_PARAGRAPH;
    }
    out.push({ index: out.length, start, end, text: text.slice(start, end) });
    start = end;
  }
  return out;
}
