import { fold } from "../text/normalize.js";
import { cliticVariants, type Token } from "../text/tokens.js";

export interface PhraseMatch<T> {
  readonly value: T;
  /** Token index range [start, end). */
  readonly start: number;
  readonly end: number;
  /** The first token's form with its proclitics removed, as it matched. */
  readonly head: string;
}

/**
 * Multi-word lookup keyed on the first word, so matching costs one map probe per token and
 * clitic variant however large the lexicon is.
 */
export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, { rest: string[]; value: T }[]>();
  private size = 0;

  add(phrase: string, value: T): void {
    const words = fold(phrase)
      .split(/[\s\-–]+/)
      .filter((w) => w.length > 0);
    const [first, ...rest] = words;
    if (first === undefined) return;
    const list = this.byFirst.get(first) ?? [];
    if (list.some((e) => e.rest.join(" ") === rest.join(" ") && e.value === value)) return;
    list.push({ rest, value });
    // Longest phrases first so the first hit is the longest match.
    list.sort((a, b) => b.rest.length - a.rest.length);
    this.byFirst.set(first, list);
    this.size++;
  }

  get count(): number {
    return this.size;
  }

  /** Longest phrase starting at token `i`, allowing proclitics on the first word only. */
  matchAt(tokens: readonly Token[], i: number, clitics = true): PhraseMatch<T> | undefined {
    const tok = tokens[i];
    if (!tok || tok.kind === "punct") return undefined;
    const heads = clitics ? cliticVariants(tok.text) : [tok.text];
    let best: PhraseMatch<T> | undefined;
    for (const head of heads) {
      const list = this.byFirst.get(head);
      if (!list) continue;
      for (const entry of list) {
        if (best && best.end - best.start >= entry.rest.length + 1) break;
        const end = matchRest(tokens, i + 1, entry.rest);
        if (end >= 0) {
          best = { value: entry.value, start: i, end, head };
          break;
        }
      }
    }
    return best;
  }

  /** All non-overlapping longest matches, left to right. */
  findAll(tokens: readonly Token[], from = 0, to = tokens.length): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    let i = from;
    while (i < to) {
      const m = this.matchAt(tokens, i);
      if (m && m.end <= to) {
        out.push(m);
        i = m.end;
      } else i++;
    }
    return out;
  }
}

/** End token index of `rest` matched from `start`, or -1. */
function matchRest(tokens: readonly Token[], start: number, rest: readonly string[]): number {
  let j = start;
  for (const word of rest) {
    // Hyphens inside names and compound adjectives are optional.
    while (tokens[j]?.text === "-") j++;
    if (tokens[j]?.text !== word) return -1;
    j++;
  }
  return j;
}
