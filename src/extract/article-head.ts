import structure from "./data/structure.json" with { type: "json" };
import { fold } from "./text/normalize.js";

/** What the lines above an article's first paragraph say about the article itself. */
export interface ArticleHead {
  /** The headline, or null when the text starts with its first paragraph. */
  readonly title: string | null;
  /** The outlet, when a byline names it (ناظورسيتي: متابعة). */
  readonly outlet: string | null;
}

const head = structure.head;
const foldAll = (xs: readonly string[]) => xs.map((x) => fold(x).toLowerCase());
const BREADCRUMBS = foldAll(head.breadcrumbs);
const BYLINE = new Set(foldAll(head.bylineWords));
const SITE = new Set(foldAll(head.siteWords));
const CREDIT = foldAll(head.creditWords);
// A byline that names who wrote or followed the story: "X: متابعة", "X ـ متابعة", "كتب - Y".
const SEPARATOR = /\s*[:ـ\-–—|/]+\s*/;

const words = (line: string) => line.split(/[\s،,]+/).filter((w) => /[\p{L}\p{N}]/u.test(w));

/**
 * Finds the headline among the short lines that precede the first paragraph, passing over
 * breadcrumbs (الرئيسية » …), section names, bylines, datelines, addresses and photo credits;
 * a byline of the form "Outlet: متابعة" gives the outlet.
 */
export function articleHead(text: string): ArticleHead {
  let outlet: string | null = null;
  let seen = 0;
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (!line) continue;
    if (++seen > head.lines || line.length >= structure.longLine) break;
    const f = fold(line).toLowerCase();
    const ws = words(f);
    if (/[»›>]|^https?:/.test(line) || BREADCRUMBS.some((b) => f.startsWith(b))) continue;
    if (CREDIT.some((c) => f.startsWith(c))) continue;
    // A list of highlights or of other stories' headlines.
    if (/^[•\-–*·]/.test(line)) continue;
    const named = line.split(SEPARATOR).filter((x) => x.trim().length > 0);
    const parts = named.map((x) => words(fold(x).toLowerCase()));
    const byline = parts.findIndex((p) => BYLINE.has(p[0] ?? "") && p.length <= 3);
    if (byline >= 0) {
      if (byline === 1 && parts.length === 2) outlet ??= clean(named[0] ?? "");
      continue;
    }
    // A place and a reporter or an outlet (الخرطوم - فلان), too short to be a headline.
    if (parts.length === 2 && ws.length <= 5) continue;
    // Section names (خارجيات، أخبار سوريا), a site's name, a date or a time.
    if (ws.length <= 2 || ws.some((w) => SITE.has(w)) || isDateLine(f)) continue;
    if (line.endsWith(":")) continue;
    // A sentence of the first paragraph, not a headline: headlines have no commas and no
    // final point, and are not cut short.
    if (/[،,]|[.…\]]$/.test(line)) return { title: null, outlet };
    return { title: line, outlet };
  }
  return { title: null, outlet };
}

function isDateLine(f: string): boolean {
  const digits = f.replace(/[^\d]/g, "").length;
  return digits >= 4 && words(f).length <= 8;
}

function clean(s: string): string | null {
  const t = s.replace(/["“”«»]/g, "").trim();
  return t.length > 0 && t.length <= 40 ? t : null;
}

/** The site an address belongs to (www.example.com → example.com). */
export function outletFromUrl(url: string): string | null {
  try {
    const host = new URL(url).hostname.toLowerCase();
    return host.replace(/^www\./, "") || null;
  } catch {
    return null;
  }
}
