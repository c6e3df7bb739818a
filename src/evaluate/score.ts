import { fold } from "../extract/text/normalize.js";
import type { Extraction } from "../extract/types.js";

/** The reference annotation's shape (test/fixtures/seeds.gold.json). */
export interface Gold {
  persons: Record<string, { ar: string[]; country: string; role: string }>;
  articles: Record<
    string,
    {
      persons: string[];
      events: {
        key: string;
        type: string;
        initiator: string | null;
        participants: string[];
        date: string | null;
        optional?: boolean;
      }[];
      agreements: {
        key: string;
        name_ar: string;
        date: string | null;
        parties: string[];
        optional?: boolean;
      }[];
    }
  >;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Score extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface EvalReport {
  persons: Score;
  personCountryErrors: string[];
  events: Score;
  agreements: Score;
  direction: { correct: number; total: number };
  dates: { exact: number; total: number };
  misses: string[];
}

function score(c: Counts): Score {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

/** Maps an extracted person to a gold person key through any Arabic spelling or the Latin name. */
function personKey(gold: Gold, p: Extraction["persons"][number]): string | undefined {
  const forms = new Set([p.nameAr, ...p.aliases].map(fold));
  for (const [key, g] of Object.entries(gold.persons)) {
    if (key === p.nameEn || g.ar.some((a) => forms.has(fold(a)))) return key;
  }
  return undefined;
}

function contentWords(s: string): Set<string> {
  return new Set(
    fold(s)
      .split(/[\s\-–"]+/)
      .map((w) => w.replace(/^(و|ب|ل)?(ال)?/, ""))
      .filter((w) => w.length > 2),
  );
}

/** Scores extractions against the gold annotation, article by article. */
export function evaluate(gold: Gold, extractions: readonly Extraction[]): EvalReport {
  const persons: Counts = { tp: 0, fp: 0, fn: 0 };
  const events: Counts = { tp: 0, fp: 0, fn: 0 };
  const agreements: Counts = { tp: 0, fp: 0, fn: 0 };
  const direction = { correct: 0, total: 0 };
  const dates = { exact: 0, total: 0 };
  const personCountryErrors: string[] = [];
  const misses: string[] = [];

  for (const x of extractions) {
    const g = gold.articles[x.file];
    if (!g) continue;
    const keyOf = new Map<string, string | undefined>(
      x.persons.map((p) => [p.id, personKey(gold, p)]),
    );
    const found = new Set<string>();
    for (const p of x.persons) {
      const k = keyOf.get(p.id);
      if (k && g.persons.includes(k)) {
        found.add(k);
        if (gold.persons[k]?.country !== p.country)
          personCountryErrors.push(`${x.file}: ${k} has ${p.country}`);
      }
    }
    persons.tp += found.size;
    persons.fp += x.persons.filter((p) => {
      const k = keyOf.get(p.id);
      return !k || !g.persons.includes(k);
    }).length;
    for (const k of g.persons) if (!found.has(k)) misses.push(`${x.file}: person ${k}`);
    persons.fn += g.persons.filter((k) => !found.has(k)).length;

    // Events: type, participants and date must all match.
    const used = new Set<number>();
    for (const ge of g.events) {
      const idx = x.events.findIndex((e, i) => {
        if (used.has(i) || e.type !== ge.type) return false;
        const ps = e.participants.map((id) => keyOf.get(id) ?? id);
        return (
          ps.length === ge.participants.length &&
          ge.participants.every((p) => ps.includes(p)) &&
          e.date === ge.date
        );
      });
      if (!ge.optional) {
        if (ge.date !== null) dates.total++;
        if (ge.type === "CALL") direction.total++;
      }
      if (idx >= 0) {
        used.add(idx);
        const e = x.events[idx];
        if (!ge.optional) {
          events.tp++;
          if (ge.date !== null) dates.exact++;
          if (
            ge.type === "CALL" &&
            (e?.initiator ? (keyOf.get(e.initiator) ?? null) : null) === ge.initiator
          )
            direction.correct++;
        }
      } else if (!ge.optional) {
        events.fn++;
        misses.push(`${x.file}: event ${ge.key}`);
      }
    }
    // Unmatched extracted events are false positives unless they match an optional gold event loosely.
    x.events.forEach((e, i) => {
      if (used.has(i)) return;
      const ps = e.participants.map((id) => keyOf.get(id) ?? id);
      const optional = g.events.some(
        (ge) => ge.optional && ge.type === e.type && ge.participants.every((p) => ps.includes(p)),
      );
      if (!optional) {
        events.fp++;
        misses.push(`${x.file}: extra ${e.type} ${ps.join("+")} ${e.date ?? "undated"}`);
      }
    });

    const usedA = new Set<number>();
    for (const ga of g.agreements) {
      const words = contentWords(ga.name_ar);
      const idx = x.agreements.findIndex((a, i) => {
        if (usedA.has(i)) return false;
        const overlap = [...contentWords(a.nameAr)].filter((w) => words.has(w)).length;
        return overlap >= Math.min(2, words.size) && ga.parties.every((p) => a.parties.includes(p));
      });
      if (idx >= 0) {
        usedA.add(idx);
        if (!ga.optional) agreements.tp++;
      } else if (!ga.optional) {
        agreements.fn++;
        misses.push(`${x.file}: agreement ${ga.key}`);
      }
    }
    agreements.fp += x.agreements.filter((_, i) => !usedA.has(i)).length;
  }
  return {
    persons: score(persons),
    personCountryErrors,
    events: score(events),
    agreements: score(agreements),
    direction,
    dates,
    misses,
  };
}
