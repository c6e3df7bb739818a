/**
 * A plain romanization for names the dictionary does not know. It cannot restore short vowels,
 * so its output is marked as romanized wherever it is shown.
 */
const MAP: Record<string, string> = {
  ا: "a",
  أ: "a",
  إ: "i",
  آ: "a",
  ٱ: "a",
  ب: "b",
  ت: "t",
  ث: "th",
  ج: "j",
  ح: "h",
  خ: "kh",
  د: "d",
  ذ: "dh",
  ر: "r",
  ز: "z",
  س: "s",
  ش: "sh",
  ص: "s",
  ض: "d",
  ط: "t",
  ظ: "z",
  ع: "'",
  غ: "gh",
  ف: "f",
  ق: "q",
  ك: "k",
  ل: "l",
  م: "m",
  ن: "n",
  ه: "h",
  ة: "a",
  و: "w",
  ي: "y",
  ى: "a",
  ء: "'",
  ئ: "'",
  ؤ: "'",
  پ: "p",
  چ: "ch",
  گ: "g",
  ڤ: "v",
};

function romanizeWord(word: string): string {
  const chars = [...word];
  let out = "";
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] ?? "";
    const prev = chars[i - 1];
    const next = chars[i + 1];
    // Long vowels between consonants read as vowels, not glides.
    if (c === "و" && prev !== undefined && next !== undefined) out += "ou";
    else if (c === "ي" && prev !== undefined) out += "i";
    else if (c === "و" && prev !== undefined && next === undefined) out += "ou";
    else out += MAP[c] ?? (/[\u064B-\u0652\u0640]/.test(c) ? "" : c);
  }
  return out.charAt(0).toUpperCase() + out.slice(1);
}

export function romanize(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .map(romanizeWord)
    .join(" ");
}

export function slug(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-|-$/g, "")
    .toLowerCase();
}
