import data from "../data/place-names.json" with { type: "json" };
import { fold } from "../text/normalize.js";
import { cliticVariants } from "../text/tokens.js";

/** A capital or a major city, named in Arabic and in English, with its country. */
export interface PlaceName {
  readonly ar: string;
  readonly en: string;
  readonly country: string;
}

const BY_FOLDED = new Map<string, PlaceName>();
for (const [ar, v] of Object.entries(
  data.places as Record<string, { en: string; country: string }>,
))
  if (!BY_FOLDED.has(fold(ar))) BY_FOLDED.set(fold(ar), { ar, en: v.en, country: v.country });

/**
 * The place a name as written stands for: the spelling itself, or its first word without the
 * clitics glued to it (بموسكو، بالدار البيضاء); undefined for a place the data does not list.
 */
export function placeName(written: string): PlaceName | undefined {
  const [first = "", ...rest] = fold(written).split(" ");
  for (const v of cliticVariants(first)) {
    const hit = BY_FOLDED.get([v, ...rest].join(" "));
    if (hit) return hit;
  }
  return undefined;
}
