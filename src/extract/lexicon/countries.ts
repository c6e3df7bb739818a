import cityData from "../data/cities.json" with { type: "json" };
import countryData from "../data/countries.json" with { type: "json" };
import { fold } from "../text/normalize.js";
import { cliticVariants, tokenize } from "../text/tokens.js";
import { PhraseIndex } from "./phrases.js";

export type CountryMentionKind = "name" | "capital" | "city" | "metonym";

export interface CountryInfo {
  readonly code: string;
  readonly nameAr: string;
  readonly nameEn: string;
  readonly capitalAr: string | undefined;
  /** Persons are named family name first (وانغ يي is Wang), so the first word is the surname. */
  readonly familyNameFirst: boolean;
}

interface CountryEntry {
  aliasesAr?: string[];
  nisbaAr?: string[];
  pluralAr?: string[];
  /** Adjectives that are also common words (مالي: Malian, and financial): read only where a
   * title or a list of counterparts introduces a person, and never inflected. */
  nisbaAmbiguousAr?: string[];
  capitalAr?: string[];
  metonymsAr?: string[];
  familyNameFirst?: boolean;
  /** Other English names (UK, UAE, Turkey): for names typed by hand, not for the text. */
  aliasesEn?: string[];
}

// Region codes the runtime names but that are not countries.
const NOT_COUNTRIES = new Set([
  "EU",
  "EZ",
  "UN",
  "QO",
  "XA",
  "XB",
  "ZZ",
  "AC",
  "CP",
  "DG",
  "EA",
  "IC",
  "TA",
  "CQ",
]);
const EXTRA_ACTORS = ["EU", "PS"];

function regionCodes(): string[] {
  const ar = new Intl.DisplayNames("en", { type: "region", fallback: "code" });
  const codes: string[] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (NOT_COUNTRIES.has(code)) continue;
      if (ar.of(code) !== code) codes.push(code);
    }
  }
  for (const c of EXTRA_ACTORS) if (!codes.includes(c)) codes.push(c);
  return codes;
}

function build() {
  const arNames = new Intl.DisplayNames("ar", { type: "region" });
  const enNames = new Intl.DisplayNames("en", { type: "region" });
  const data = (countryData as { countries: Record<string, CountryEntry> }).countries;
  const info = new Map<string, CountryInfo>();
  const phrases = new PhraseIndex<{ code: string; kind: CountryMentionKind }>();
  const nisba = new Map<string, string>();
  const ambiguous = new Map<string, string>();
  for (const code of regionCodes()) {
    const entry = data[code] ?? {};
    const nameAr = arNames.of(code) ?? code;
    info.set(code, {
      code,
      nameAr,
      nameEn: enNames.of(code) ?? code,
      capitalAr: entry.capitalAr?.[0],
      familyNameFirst: entry.familyNameFirst === true,
    });
    phrases.add(nameAr, { code, kind: "name" });
    for (const a of entry.aliasesAr ?? []) phrases.add(a, { code, kind: "name" });
    for (const c of entry.capitalAr ?? []) phrases.add(c, { code, kind: "capital" });
    for (const m of entry.metonymsAr ?? []) phrases.add(m, { code, kind: "metonym" });
    for (const n of entry.nisbaAr ?? []) nisba.set(fold(n), code);
    for (const p of entry.pluralAr ?? []) nisba.set(fold(p), code);
    for (const a of entry.nisbaAmbiguousAr ?? []) ambiguous.set(fold(a), code);
  }
  // Other major cities: places of visits and meetings, never a country's name.
  for (const [code, names] of Object.entries(
    (cityData as { cities: Record<string, string[]> }).cities,
  ))
    for (const c of names) phrases.add(c, { code, kind: "city" });
  return { info, phrases, nisba, ambiguous };
}

const built = build();

export const COUNTRY_PHRASES = built.phrases;

export function countryInfo(code: string): CountryInfo | undefined {
  return built.info.get(code);
}

/**
 * English country names, any case: "morocco" → MA, and the other names the data lists ("uk" →
 * GB, "turkey" → TR). A retired code (SU) never wins over RU.
 */
const BY_ENGLISH_NAME = (() => {
  const data = (countryData as { countries: Record<string, CountryEntry> }).countries;
  const out = new Map<string, string>();
  for (const [code, e] of Object.entries(data))
    for (const a of e.aliasesEn ?? []) out.set(a.toLowerCase(), code);
  for (const [code, info] of built.info) {
    const name = info.nameEn.toLowerCase();
    if (!out.has(name)) out.set(name, code);
  }
  return out;
})();

/**
 * The country a name typed by hand stands for, as a whole: an English name or alias, or an
 * Arabic name in any spelling the data has (not a capital, a city or a metonym).
 */
export function countryByName(text: string): string | undefined {
  const english = BY_ENGLISH_NAME.get(text.trim().toLowerCase());
  if (english) return english;
  const tokens = tokenize(fold(text));
  const named = COUNTRY_PHRASES.matchAt(tokens, 0);
  return named && named.end === tokens.length && named.value.kind === "name"
    ? named.value.code
    : undefined;
}

export function allCountryCodes(): string[] {
  return [...built.info.keys()];
}

/**
 * The country of a relational adjective in any of its forms: المغربي، المغربية، مغربية،
 * المغربيين، والروسية … The adjective list is data; the inflections are derived here.
 */
export function nisbaCountry(
  word: string,
  opts: { readonly personContext?: boolean } = {},
): string | undefined {
  for (const v of cliticVariants(word)) {
    const direct = built.nisba.get(v) ?? (opts.personContext ? built.ambiguous.get(v) : undefined);
    if (direct) return direct;
    for (const suffix of ["ه", "ين", "ون", "ان", "تين", "تان"]) {
      if (v.endsWith(`ي${suffix}`)) {
        const base = v.slice(0, v.length - suffix.length);
        const hit = built.nisba.get(base);
        if (hit) return hit;
      }
    }
  }
  return undefined;
}
