import { ACTORS } from "../lexicon/actors.js";
import { fold } from "./normalize.js";
import { romanize } from "./romanize.js";

/**
 * Readable Latin names for persons the dictionary does not know: each Arabic name part is
 * spelt the way the dictionary's own Arabic/English pairs spell it most often (محمد → Mohamed,
 * ولد → Ould, عبد → Abdel), and only the parts it has never seen fall back to a plain
 * romanization. The result is still marked as romanized wherever it is shown.
 */

let table: Map<string, string> | undefined;

function buildTable(): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const actor of ACTORS) {
    const en = actor.nameEn.replace(/\b(King|Sheikh|Prince|Sultan|Emir)\b\s*/g, "").split(/\s+/);
    for (const ar of actor.namesAr) {
      const parts = fold(ar).split(/\s+/);
      // Only spellings whose parts line up one to one teach anything.
      if (parts.length !== en.length) continue;
      parts.forEach((p, i) => {
        const e = en[i];
        if (!e || !/^[A-Z][A-Za-z'’-]+$/.test(e)) return;
        const m = counts.get(p) ?? new Map<string, number>();
        m.set(e, (m.get(e) ?? 0) + 1);
        counts.set(p, m);
      });
    }
  }
  const out = new Map<string, string>();
  for (const [ar, m] of counts) {
    const best = [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    if (best) out.set(ar, best[0]);
  }
  return out;
}

/** The readable Latin form of an Arabic name, part by part. */
export function readableLatin(name: string): string {
  table ??= buildTable();
  const t = table;
  return name
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .map((w) => {
      const f = fold(w);
      const known = t.get(f);
      if (known) return known;
      // A family name with the article: al- + the part as the table or romanization has it.
      // Only a plain alef starts the article: إلكاي is a name, not al-Kay.
      if (w.startsWith("ال") && f.length > 3) {
        const rest = t.get(f.slice(2)) ?? romanize(w.replace(/^[اأإآ]ل/, ""));
        return `al-${rest}`;
      }
      return romanize(w);
    })
    .join(" ");
}

/** How many name parts the table knows: a measure of its coverage. */
export function latinTableSize(): number {
  table ??= buildTable();
  return table.size;
}
