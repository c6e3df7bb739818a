import type { ArticleState, Sentence } from "./article-state.js";
import { COUNTRY_PHRASES, nisbaCountry } from "./lexicon/countries.js";
import { PLACE_PREPOSITIONS } from "./lexicon/words.js";
import { cliticVariants } from "./text/tokens.js";

/** Where an event took place or a visit went: a country, capital or city named in its clause. */

type Range = { start: number; end: number };

/** Words for the story's own country as a destination (يزور البلاد). */
const HOST_WORDS = new Set(["البلاد", "بلادنا", "المملكه", "السلطنه"]);

/** The first country or city named after a visit word in its clause (يزور موريتانيا). */
export function destinationIn(
  state: ArticleState,
  s: Sentence,
  region: Range,
  from: number,
): { name: string; country: string } | undefined {
  const inTitle = (i: number) =>
    s.mentions.some((p) => p.titles.some((t) => i >= t.start && i < t.end));
  for (const m of COUNTRY_PHRASES.findAll(s.tokens, from, region.end)) {
    if (inTitle(m.start)) continue;
    return { name: state.surface(s.tokens, m.start, m.end), country: m.value.code };
  }
  // "للعاصمة الإيطالية": the capital of the country its adjective names.
  for (let j = from; j < region.end - 1; j++) {
    if (!cliticVariants(s.tokens[j]?.text ?? "").includes("عاصمه")) continue;
    const country = nisbaCountry(s.tokens[j + 1]?.text ?? "");
    if (country) return { name: state.surface(s.tokens, j, j + 2), country };
  }
  return undefined;
}

export function mentionsHost(s: Sentence, region: Range): boolean {
  return s.tokens
    .slice(region.start, region.end)
    .some((t) => cliticVariants(t.text).some((v) => HOST_WORDS.has(v)));
}

export function placeIn(
  state: ArticleState,
  s: Sentence,
  region: Range,
  type: string,
): { name: string; country: string } | undefined {
  const inTitle = (i: number) =>
    s.mentions.some((p) => p.titles.some((t) => i >= t.start && i < t.end));
  for (const m of COUNTRY_PHRASES.findAll(s.tokens, region.start, region.end)) {
    const tok = s.tokens[m.start];
    if (!tok || inTitle(m.start)) continue;
    const clitic = tok.text !== m.head && !tok.text.startsWith("ال");
    const viaClitic =
      clitic && (tok.text.startsWith("ب") || (type === "VISIT" && tok.text.startsWith("ل")));
    let k = m.start - 1;
    // بالعاصمة الروسية موسكو / في العاصمة موسكو
    while (
      k >= region.start &&
      k >= m.start - 2 &&
      (cliticVariants(s.tokens[k]?.text ?? "").includes("عاصمه") ||
        nisbaCountry(s.tokens[k]?.text ?? ""))
    )
      k--;
    const capitalWord = k < m.start - 1 ? s.tokens[k + 1] : undefined;
    const prepBefore = PLACE_PREPOSITIONS.has(s.tokens[k]?.text ?? "");
    const capitalClitic = capitalWord !== undefined && /^(ب|في)/.test(capitalWord.text);
    if (viaClitic || prepBefore || capitalClitic) {
      // Only the letters a clitic added are dropped: باريس keeps its ب, وبموسكو loses وب.
      const added = clitic ? Math.max(0, tok.text.length - m.head.length) : 0;
      const prefix = new RegExp(`^(?:[وبل][\u064B-\u0652]*){0,${added}}`);
      return {
        name: state.surface(s.tokens, m.start, m.end).replace(prefix, ""),
        country: m.value.code,
      };
    }
  }
  return undefined;
}
