import { findAgreements } from "./agreements.js";
import { articleHead, outletFromUrl } from "./article-head.js";
import { ArticleState, type Sentence } from "./article-state.js";
import { findDates, impliedStoryDay, isoDay, parseIsoDay, resolveDate } from "./dates.js";
import { discoverPersons } from "./discover.js";
import { isFutureVerb } from "./events.js";
import { COUNTRY_PHRASES } from "./lexicon/countries.js";
import { findMentions, type Mention } from "./persons.js";
import { StoryContext } from "./story.js";
import { type FoldedText, foldWithMap, hasArabic } from "./text/normalize.js";
import { layout, type Span, type Story, sentences } from "./text/structure.js";
import { type Token, tokenize } from "./text/tokens.js";
import type { ArticleMeta, Diagnostic, Extraction } from "./types.js";

export interface ExtractOptions {
  readonly file: string;
  readonly meta?: ArticleMeta;
  /** The time of extraction: the latest a date without a year can fall. */
  readonly now?: Date;
}

/** Longer texts are cut: no news article is this long, and the cost stays bounded. */
export const MAX_CHARS = 500_000;

/** Text of one article in, its facts out. Pure: no I/O, and odd text gives diagnostics, not errors. */
export function extractArticle(text: string, options: ExtractOptions): Extraction {
  const now = options.now ?? new Date();
  const diagnostics: Diagnostic[] = [];
  let body = text;
  if (body.length > MAX_CHARS) {
    diagnostics.push({
      level: "warning",
      code: "truncated",
      message: `article longer than ${MAX_CHARS} characters: the rest was not read`,
    });
    body = body.slice(0, MAX_CHARS);
  }
  if (body.includes("\uFFFD")) {
    diagnostics.push({
      level: "warning",
      code: "encoding",
      message: "text holds replacement characters: part of it was not valid UTF-8",
    });
  }
  if (body.trim().length === 0)
    diagnostics.push({ level: "warning", code: "empty", message: "article is empty" });
  else if (!hasArabic(body))
    diagnostics.push({
      level: "warning",
      code: "not-arabic",
      message: "article holds no Arabic text",
    });

  // Addresses carry words (…/لافروف-يشارك-في-اجتماع-…) but tell nothing: blanked, offsets kept.
  const read = body.replace(/\b(?:https?:\/\/|www\.)\S+/g, (url) => " ".repeat(url.length));
  const folded = foldWithMap(read);
  const state = new ArticleState(body, folded);
  state.diagnostics.push(...diagnostics);
  const art = layout(folded);
  if (art.repeatedParagraphs > 0) {
    state.diagnostics.push({
      level: "info",
      code: "repeated-paragraphs",
      message: `${art.repeatedParagraphs} paragraph(s) printed twice were read once`,
    });
  }

  let published: Date | undefined = options.meta?.published
    ? parseIsoDay(options.meta.published)
    : undefined;
  if (published && Number.isNaN(published.getTime())) {
    state.diagnostics.push({
      level: "warning",
      code: "bad-meta-date",
      message: `published date "${options.meta?.published}" is not YYYY-MM-DD`,
    });
    published = undefined;
  }
  // With no date in the sidecar, the article's address often carries it (/2023/05/14/, 20230514).
  if (!published && options.meta?.url) {
    const fromUrl = dateFromUrl(options.meta.url);
    if (fromUrl) {
      published = fromUrl;
      state.diagnostics.push({
        level: "info",
        code: "published-from-url",
        message: `publication date ${isoDay(fromUrl)} read from the article's address`,
      });
    }
  }
  let publishedAt: string | null = published ? isoDay(published) : null;

  for (const story of art.stories) {
    const anchor =
      story.index === 0
        ? (published ?? datelineDate(folded, story) ?? closingDateline(folded, art.stories))
        : undefined;
    if (story.index === 0 && anchor && !publishedAt) publishedAt = isoDay(anchor);
    const implied = extractStory(state, story, anchor, now);
    if (story.index === 0 && !publishedAt && implied) publishedAt = isoDay(implied);
  }

  const head = articleHead(body);
  const url = options.meta?.url;
  return {
    file: options.file,
    publishedAt,
    title: options.meta?.title ?? head.title,
    outlet: options.meta?.outlet ?? head.outlet ?? (url ? outletFromUrl(url) : null),
    persons: [...state.persons.values()],
    countries: [...state.countries.values()],
    events: state.events,
    agreements: state.agreements,
    diagnostics: state.diagnostics,
  };
}

function datelineDate(folded: FoldedText, story: Story): Date | undefined {
  if (!story.dateline) return undefined;
  const tokens = tokenize(folded.text, story.dateline.start, story.dateline.end);
  for (const expr of findDates(tokens)) {
    const r = resolveDate(expr, { anchor: undefined, now: new Date(8.64e15) });
    if (r.ok && r.date.precision === "day") return parseIsoDay(r.date.value);
  }
  return undefined;
}

/** Returns the story's own date when the text gave it only through "today"/"yesterday". */
function extractStory(
  state: ArticleState,
  story: Story,
  anchorIn: Date | undefined,
  now: Date,
): Date | undefined {
  const text = state.folded.text;
  const spans: Span[] = [];
  if (story.title) spans.push(story.title);
  for (const p of story.paragraphs) spans.push(...sentences(text, p));
  const source = { original: state.original, map: state.folded.map };
  const tokenLists = spans.map((s) => tokenize(text, s.start, s.end, source));
  const discovered = discoverPersons(tokenLists);

  const named = new Set<string>();
  // A dispatch that opens with its own place and date (القاهرة 22 يناير 2016 /) is anchored there.
  const opening = story.index === 0 ? openingDateline(tokenLists[0] ?? []) : undefined;
  let anchor = opening?.date ?? anchorIn;
  let eventAnchored = false;
  let implied: Date | undefined;
  const sents: Sentence[] = spans.map((span, k) => {
    const tokens = tokenLists[k] ?? [];
    // The opening dateline dates the story, not the first sentence's events.
    const exprs = findDates(tokens).filter((e) => !(k === 0 && opening && e.end <= opening.end));
    const dates = exprs.map((expr) => {
      const r = resolveDate(expr, { anchor, now, future: tellsFuture(tokens) });
      if (!r.ok) {
        state.diagnostics.push({
          level: "info",
          code: "date-unresolved",
          message: `${r.reason}: "${state.surface(tokens, expr.start, expr.end)}"`,
          ...state.evidence(span),
        });
        return { expr, date: undefined };
      }
      if (r.warning) {
        state.diagnostics.push({
          level: "warning",
          code: "date-doubt",
          message: `${r.warning}: "${state.surface(tokens, expr.start, expr.end)}"`,
        });
      }
      // An explicit full date said to be "today" fixes the story's own date for what follows.
      if (!anchor && r.date.precision === "day") {
        const day = impliedStoryDay(expr, r.date);
        if (day) {
          anchor = day;
          // "Today, Tuesday 14 March": a weekday that fits pins the year as well as a written one.
          if (expr.year !== undefined || expr.weekday !== undefined) implied = day;
        } else if (!r.date.inferredYear || expr.weekday !== undefined) {
          // A weekday that fits the day fixes the year well enough to read the rest against.
          anchor = parseIsoDay(r.date.value);
          // But it is an event's date, not the story's: a later day is no sign of a plan.
          eventAnchored = true;
        }
      }
      return { expr, date: r.date };
    });
    return {
      span,
      tokens,
      mentions: rememberNamed(findMentions(tokens, discovered, named), named),
      dates,
      agreements: findAgreements(tokens),
      ...(k === 0 && story.title ? { title: true } : {}),
    };
  });

  const ctx = new StoryContext(
    state,
    story.index,
    anchor ?? now,
    anchor !== undefined,
    !eventAnchored,
  );
  ctx.findDateline(sents);
  for (const s of sents) ctx.sentence(s);
  ctx.finish();
  return implied;
}

function rememberNamed(mentions: Mention[], named: Set<string>): Mention[] {
  for (const m of mentions) if (m.ref.kind === "actor" && !m.ref.short) named.add(m.ref.actor.id);
  return mentions;
}

/** A full date within the first words of the story, right after a place name, as a dateline. */
function openingDateline(tokens: readonly Token[]): { date: Date; end: number } | undefined {
  const place = COUNTRY_PHRASES.matchAt(tokens, 0);
  if (!place) return undefined;
  const [first] = findDates(tokens.slice(0, place.end + 6));
  if (!first || first.start > place.end + 1 || first.year === undefined || first.day === undefined)
    return undefined;
  const r = resolveDate(first, { anchor: undefined, now: new Date(8.64e15) });
  return r.ok && r.date.precision === "day"
    ? { date: parseIsoDay(r.date.value), end: first.end }
    : undefined;
}

/** A plausible publication day in a URL path: /YYYY/MM/DD/, /YYYY-MM-DD, or YYYYMMDD between separators. */
export function dateFromUrl(url: string): Date | undefined {
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, "");
  const m =
    /(?:^|\/)(20\d{2}|19\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/_.-]|$)/.exec(path) ??
    /(?:^|[/_-])(20\d{2}|19\d{2})(\d{2})(\d{2})(?=[/_.-]|$)/.exec(path);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? date : undefined;
}

/** A short last line that is only a date (a sign-off such as "3- تشرين الثاني- 2022"). */
function closingDateline(folded: FoldedText, stories: readonly Story[]): Date | undefined {
  const last = stories.at(-1)?.paragraphs.at(-1);
  if (!last || last.end - last.start > 60) return undefined;
  const tokens = tokenize(folded.text, last.start, last.end);
  for (const expr of findDates(tokens)) {
    if (expr.year === undefined || expr.day === undefined) continue;
    const r = resolveDate(expr, { anchor: undefined, now: new Date(8.64e15) });
    if (r.ok && r.date.precision === "day") return parseIsoDay(r.date.value);
  }
  return undefined;
}

/** Whether a sentence tells what is to come: a future verb or an announcement word. */
function tellsFuture(tokens: readonly Token[]): boolean {
  return tokens.some((t) => isFutureVerb(t) || ANNOUNCED.has(t.text));
}

const ANNOUNCED = new Set(["المقرر", "المقرره", "المزمع", "المزمعه", "المرتقب", "المرتقبه", "سوف"]);
