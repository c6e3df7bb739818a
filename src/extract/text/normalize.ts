/**
 * Folding for matching only: the display text keeps the original characters, so every folded
 * string carries a map back to offsets in the original.
 */

const TASHKEEL = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/;
const TATWEEL = "\u0640";

const LETTER_FOLD: Record<string, string> = {
  "\u0623": "\u0627", // أ
  "\u0625": "\u0627", // إ
  "\u0622": "\u0627", // آ
  "\u0671": "\u0627", // ٱ
  "\u0649": "\u064A", // ى → ي
  "\u0629": "\u0647", // ة → ه
  "\u06CC": "\u064A", // Persian yeh
  "\u06A9": "\u0643", // Persian keheh
  "\u0624": "\u0648", // ؤ → و
  "\u0626": "\u064A", // ئ → ي
  "\u2019": "'",
  "\u201C": '"',
  "\u201D": '"',
  "\u00AB": '"',
  "\u00BB": '"',
  "\u060C": ",", // Arabic comma
  "\u061B": ";",
  "\u061F": "?",
};

function foldDigit(ch: string): string | undefined {
  const code = ch.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  return undefined;
}

const cache = new Map<string, string>();
// Folding by code unit for the Basic Multilingual Plane: one array read per character.
const TABLE: (string | undefined)[] = new Array(0x10000);

/** Folds one UTF-16 code unit (or surrogate pair) to zero or more characters. */
function foldChar(ch: string): string {
  const code = ch.length === 1 ? ch.charCodeAt(0) : -1;
  if (code >= 0) {
    const t = TABLE[code];
    if (t !== undefined) return t;
  }
  const hit = cache.get(ch);
  if (hit !== undefined) return hit;
  let out: string;
  if (ch === TATWEEL || TASHKEEL.test(ch)) out = "";
  else {
    const digit = foldDigit(ch);
    if (digit !== undefined) out = digit;
    else {
      let folded = "";
      for (const c of ch.normalize("NFKC")) {
        if (c === TATWEEL || TASHKEEL.test(c)) continue;
        folded += LETTER_FOLD[c] ?? foldDigit(c) ?? c;
      }
      out = folded.toLowerCase();
    }
  }
  if (code >= 0) TABLE[code] = out;
  else cache.set(ch, out);
  return out;
}

export interface FoldedText {
  /** The folded text used for matching. */
  readonly text: string;
  /** For each index of `text` (and one past the end), the offset in the original string. */
  readonly map: Int32Array;
}

export function foldWithMap(original: string): FoldedText {
  const parts: string[] = [];
  const map = new Int32Array(original.length * 2 + 1);
  let n = 0;
  let i = 0;
  while (i < original.length) {
    const code = original.charCodeAt(i);
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < original.length ? 2 : 1;
    const folded = foldChar(width === 1 ? (original[i] ?? "") : original.slice(i, i + width));
    if (folded.length > 0) {
      parts.push(folded);
      for (let k = 0; k < folded.length; k++) {
        if (n + 1 >= map.length) return foldSlow(original);
        map[n++] = i;
      }
    }
    i += width;
  }
  map[n] = original.length;
  return { text: parts.join(""), map: map.subarray(0, n + 1) };
}

/** For texts whose folding more than doubles their length (long ligatures): no preallocation. */
function foldSlow(original: string): FoldedText {
  let text = "";
  const map: number[] = [];
  let i = 0;
  while (i < original.length) {
    const code = original.charCodeAt(i);
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < original.length ? 2 : 1;
    const folded = foldChar(original.slice(i, i + width));
    for (let k = 0; k < folded.length; k++) map.push(i);
    text += folded;
    i += width;
  }
  map.push(original.length);
  return { text, map: Int32Array.from(map) };
}

/** Folds a string for comparison, without keeping offsets. */
export function fold(s: string): string {
  let out = "";
  for (const ch of s) out += foldChar(ch);
  return out.replace(/\s+/g, " ").trim();
}

export function hasArabic(s: string): boolean {
  return /[\u0600-\u06FF]/.test(s);
}
