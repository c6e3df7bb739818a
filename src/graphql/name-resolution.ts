import type { Repository } from "../db/repository/repository.js";
import type { PersonRecord } from "../db/repository/types.js";
import { countryByName, nisbaCountry } from "../extract/lexicon/countries.js";
import { HONORIFICS, TITLES } from "../extract/lexicon/words.js";
import { levenshtein } from "../extract/text/edit-distance.js";
import { fold } from "../extract/text/normalize.js";
import { tokenize } from "../extract/text/tokens.js";
import { apiError, badInput, clip } from "./errors.js";
import { luceneQuery, luceneTerms, MAX_SEARCH_LENGTH } from "./lucene.js";

/** Why a candidate was proposed for a name. */
export type NameMatch =
  | "exact alias"
  | "folded spelling"
  | "latin spelling"
  | "edit distance"
  | "title stripped"
  | "country name";

export interface NameCandidate {
  readonly person?: PersonRecord;
  readonly country?: string;
  /** 1 for an exact name; less the more edits the name needed. */
  readonly score: number;
  readonly why: readonly NameMatch[];
}

export interface NameResolution {
  readonly candidates: NameCandidate[];
  /** Several candidates fit about equally well: the name alone does not say which. */
  readonly ambiguous: boolean;
}

/** The name without the titles and honorifics before it (الرئيس الروسي، صاحب السمو الملكي الأمير). */
function stripTitles(text: string): string {
  const folded = fold(text);
  const tokens = tokenize(folded);
  let i = 0;
  for (;;) {
    const m = TITLES.matchAt(tokens, i) ?? HONORIFICS.matchAt(tokens, i, false);
    if (!m) break;
    i = m.end;
    while (i < tokens.length && nisbaCountry(tokens[i]?.text ?? "")) i++;
  }
  return i === 0 || i >= tokens.length
    ? folded
    : tokens
        .slice(i)
        .map((t) => t.text)
        .join(" ");
}

/** A given name or a middle name alone fits this much at best. */
const PART_OF_NAME = 0.7;

/** How close a name is to a person's: 1 minus the edits over the longer, at best over all names. */
function similarity(name: string, p: PersonRecord): { score: number; latin: boolean } {
  const latin = /[a-z]/i.test(name);
  const wanted = latin ? name.toLowerCase() : fold(name);
  const names = latin
    ? [p.nameEn ?? ""].map((n) => n.toLowerCase())
    : [p.nameAr ?? "", ...(p.aliases ?? [])].map(fold);
  let best = 0;
  for (const n of names) {
    if (!n) continue;
    // A name given in part is compared with as many words of the full one: its last words
    // (بوتين for فلاديمير بوتين) fully, other words (a given name alone) at a discount, since
    // many share them.
    const words = n.split(" ");
    const k = wanted.split(" ").length;
    const parts: [string, number][] = [[n, 1]];
    for (let i = 0; i + k <= words.length; i++)
      parts.push([words.slice(i, i + k).join(" "), i + k === words.length ? 1 : PART_OF_NAME]);
    for (const [t, weight] of parts) {
      const s = (1 - levenshtein(wanted, t) / Math.max(wanted.length, t.length, 1)) * weight;
      if (s > best) best = s;
    }
  }
  return { score: best, latin };
}

/**
 * Candidates for a name an analyst typed: a country by its name, persons by an exact name key
 * (any spelling the articles used, or the English name), else by a fuzzy full-text match
 * (Lucene edit distance up to 2 per word, so Lavrof, Burita, Poutine and بوريتة still find
 * their person), each scored and said why; titles and honorifics first stripped.
 */
export async function resolveName(
  repo: Repository,
  input: string,
  limit: number,
): Promise<NameResolution> {
  const text = input.trim().replace(/\s+/g, " ");
  if (text === "") throw badInput("the name is empty");
  if (text.length > MAX_SEARCH_LENGTH)
    throw badInput(`the name is longer than ${MAX_SEARCH_LENGTH} characters`);
  const stripped = stripTitles(text);
  const titled = stripped !== fold(text);
  const found = new Map<string, NameCandidate>();
  const add = (key: string, c: NameCandidate) => {
    const had = found.get(key);
    if (!had || had.score < c.score) found.set(key, c);
  };

  const country = countryByName(text);
  if (country) add(`country:${country}`, { country, score: 1, why: ["country name"] });

  const latin = /[A-Za-z]/.test(stripped);
  const keys = [...new Set([fold(stripped), stripped.toLowerCase(), fold(text)])];
  const exact = await repo.personsByName(
    keys,
    latin ? { words: luceneTerms(stripped).join(" AND "), name: stripped } : null,
    limit,
  );
  for (const p of exact) {
    const verbatim = [p.nameAr, p.nameEn, ...(p.aliases ?? [])].some(
      (n) => n?.toLowerCase() === text.toLowerCase(),
    );
    const why: NameMatch[] = [
      verbatim ? "exact alias" : latin ? "latin spelling" : "folded spelling",
    ];
    if (titled) why.push("title stripped");
    add(p.id, { person: p, score: 1, why });
  }

  // Words of three letters or more may be misspelt by up to two edits; shorter ones must match.
  const terms = luceneTerms(stripped).map((w) => (w.length >= 4 ? `${w}~` : w));
  if (terms.length > 0) {
    const hits = await repo.personsFulltext(terms.join(" AND "), null, { offset: 0, limit: 20 });
    for (const { person } of hits) {
      if (found.has(person.id)) continue;
      const s = similarity(stripped, person);
      if (s.score < 0.5) continue;
      const why: NameMatch[] = [s.latin ? "latin spelling" : "edit distance"];
      if (s.latin && s.score < 1) why.push("edit distance");
      if (titled) why.push("title stripped");
      add(person.id, { person, score: Math.round(s.score * 100) / 100, why });
    }
  }

  const candidates = [...found.values()]
    .sort(
      (a, b) =>
        b.score - a.score ||
        (a.person?.id ?? a.country ?? "").localeCompare(b.person?.id ?? b.country ?? ""),
    )
    .slice(0, limit);
  const [first, second] = candidates;
  // A given name alone (محمد) fits many persons, whether or not the graph holds several yet.
  const ambiguous =
    first !== undefined &&
    ((second !== undefined && first.score - second.score < 0.05) ||
      (first.person !== undefined && first.score <= PART_OF_NAME));
  return { candidates, ambiguous };
}

export const MAX_NAME_LENGTH = 200;

/**
 * A person by name, in Arabic (any spelling the articles used, with or without tashkeel) or
 * English: the exact name keys or, for a Latin-script name, the English name ignoring case
 * (one statement); failing that, the ranked candidates of resolve(). A name that stands for
 * several about equally is an AMBIGUOUS error listing them, never a silent pick.
 */
export async function personByName(repo: Repository, name: string): Promise<PersonRecord | null> {
  const trimmed = name.trim().replace(/\s+/g, " ");
  if (trimmed === "") throw badInput("the name is empty");
  if (trimmed.length > MAX_NAME_LENGTH)
    throw badInput(`the name is longer than ${MAX_NAME_LENGTH} characters`);
  const keys = [...new Set([fold(trimmed), trimmed.toLowerCase()])].filter((k) => k !== "");
  const english = /[A-Za-z]/.test(trimmed)
    ? { words: luceneQuery(trimmed, "all"), name: trimmed }
    : null;
  const exact = await repo.personsByName(keys, english, 2);
  const [first, second] = exact;
  if (first && (!second || first.source !== second.source)) return first;
  if (first && second)
    throw ambiguous(
      trimmed,
      exact.map((p) => p.id),
    );
  const r = await resolveName(repo, trimmed, 5);
  const people = r.candidates.filter((c) => c.person);
  const best = people[0]?.person;
  if (!best) return null;
  if (r.ambiguous)
    throw ambiguous(
      trimmed,
      people.map((c) => c.person?.id ?? ""),
    );
  return best;
}

function ambiguous(name: string, candidates: string[]) {
  return apiError("AMBIGUOUS", `"${clip(name)}" may stand for several persons: give an id`, {
    argument: "name",
    candidates,
  });
}
