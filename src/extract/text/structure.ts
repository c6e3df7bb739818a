import structure from "../data/structure.json" with { type: "json" };
import { type FoldedText, fold } from "./normalize.js";

/** A span of the folded article text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Story {
  /** 0 for the article's own story, then each appended full story in order. */
  readonly index: number;
  readonly title: Span | undefined;
  /** Paragraph spans, each printed once (repeats are dropped). */
  readonly paragraphs: Span[];
  /** A dateline inside the story ("تاريخ النشر: …"), if any. */
  dateline: Span | undefined;
}

export interface ArticleLayout {
  readonly stories: Story[];
  readonly skippedHeadlines: number;
  readonly repeatedParagraphs: number;
}

const MARKERS = structure.markers.map((m) => squash(fold(m)));
const DATELINES = structure.datelines.map((m) => squash(fold(m)));

function squash(s: string): string {
  return s.replace(/[\s:.\-–»«"'،,]+/g, "");
}

function startsWithAny(squashed: string, prefixes: readonly string[]): boolean {
  const s = squashed.slice(0, 40);
  return prefixes.some((p) => p.length > 0 && s.startsWith(p));
}

/**
 * Splits an article into its own story and any full stories appended after "read also" markers;
 * lists of other stories' headlines belong to no story.
 */
export function layout(folded: FoldedText): ArticleLayout {
  const text = folded.text;
  const stories: Story[] = [];
  const seen = new Set<string>();
  let skippedHeadlines = 0;
  let repeatedParagraphs = 0;
  let state: "main" | "related" | "appended" = "main";
  let pendingTitle: Span | undefined;
  let current: Story = { index: 0, title: undefined, paragraphs: [], dateline: undefined };
  stories.push(current);

  const credits: string[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf("\n", pos);
    if (nl < 0) nl = text.length;
    let start = pos;
    let end = nl;
    pos = nl + 1;
    while (start < end && /\s/.test(text[start] ?? "")) start++;
    while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
    if (end <= start) {
      if (nl >= text.length) break;
      continue;
    }
    const line = text.slice(start, end);
    const key = squash(line.length > 120 ? line.slice(0, 120) : line);
    const span = { start, end };
    const long = end - start >= structure.longLine;

    // A photo credit and its caption (© Agency . Photographer …) tell of a picture, not of news,
    // and so does the caption printed again as the picture's alternative text.
    if (line.slice(0, 30).includes("©")) {
      credits.push(squash(line));
      continue;
    }
    const head = squash(line).slice(0, 40);
    if (head.length >= 20 && credits.some((c) => c.includes(head))) continue;
    if (startsWithAny(key, DATELINES) && /\d/.test(line) && end - start < 120) {
      current.dateline ??= span;
      continue;
    }
    if (startsWithAny(key, MARKERS)) {
      state = "related";
      pendingTitle = undefined;
      skippedHeadlines++;
      continue;
    }
    if (line.length >= 30 && seen.has(line)) {
      repeatedParagraphs++;
      continue;
    }
    seen.add(line);
    if (state === "related") {
      if (long) {
        current = {
          index: stories.length,
          title: pendingTitle,
          paragraphs: [span],
          dateline: undefined,
        };
        stories.push(current);
        state = "appended";
      } else {
        if (pendingTitle) skippedHeadlines++;
        pendingTitle = span;
      }
      continue;
    }
    current.paragraphs.push(span);
    if (nl >= text.length) break;
  }
  if (pendingTitle) skippedHeadlines++;
  return {
    stories: stories.filter((s) => s.paragraphs.length > 0 || s.index === 0),
    skippedHeadlines,
    repeatedParagraphs,
  };
}

// A semicolon separates the items of a list (of attendees, of documents), not sentences.
const SENTENCE_END = /[.!?]/;

/** Sentence spans inside a paragraph; a point after a single letter (د. أحمد) or between digits is not an end. */
export function sentences(text: string, para: Span): Span[] {
  const out: Span[] = [];
  let s = para.start;
  for (let i = para.start; i < para.end; i++) {
    const ch = text[i] ?? "";
    if (!SENTENCE_END.test(ch)) continue;
    if (ch === "." && /\d/.test(text[i - 1] ?? "") && /\d/.test(text[i + 1] ?? "")) continue;
    if (ch === "." && /(^|\s)\S$/.test(text.slice(Math.max(para.start, i - 2), i))) continue;
    const next = text[i + 1];
    // "x.y" inside a token (a URL, an abbreviation) is no end; ".و" before an Arabic word is.
    if (
      next !== undefined &&
      i + 1 < para.end &&
      !/\s/.test(next) &&
      ch === "." &&
      !(/[\u0621-\u064a]/.test(next) && /[\u0621-\u064a"”»)]/.test(text[i - 1] ?? ""))
    )
      continue;
    if (i + 1 > s) out.push(trim(text, { start: s, end: i + 1 }));
    s = i + 1;
  }
  if (s < para.end) out.push(trim(text, { start: s, end: para.end }));
  return out.filter((sp) => sp.end > sp.start);
}

function trim(text: string, sp: Span): Span {
  let { start, end } = sp;
  while (start < end && /\s/.test(text[start] ?? "")) start++;
  while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
  return { start, end };
}
