import { badInput } from "./errors.js";

/** Characters with a meaning in Lucene's query syntax. */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const OPERATOR = /^(?:AND|OR|NOT|TO)$/;

export const MAX_SEARCH_LENGTH = 200;

/** The words of user text as literal Lucene terms: special characters escaped, no operators. */
export function luceneTerms(text: string): string[] {
  return text
    .normalize("NFC")
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w))
    .map((w) => (OPERATOR.test(w) ? w.toLowerCase() : w).replace(SPECIAL, (c) => `\\${c}`));
}

/**
 * A full-text query from user text: every word is searched for literally. `all` requires every
 * word to match; otherwise any word may, and documents matching more words rank higher.
 */
export function luceneQuery(text: string, mode: "all" | "any" = "any"): string {
  const trimmed = text.trim();
  if (trimmed === "") throw badInput("the search text is empty");
  if (trimmed.length > MAX_SEARCH_LENGTH)
    throw badInput(`the search text is longer than ${MAX_SEARCH_LENGTH} characters`);
  const terms = luceneTerms(trimmed);
  if (terms.length === 0) throw badInput("the search text has no letters or digits");
  return terms.join(mode === "all" ? " AND " : " ");
}
