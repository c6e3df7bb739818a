import { levenshtein } from "../extract/text/edit-distance.js";
import type { Extraction } from "../extract/types.js";
import { type MissCause, missCause } from "./real-causes.js";

/**
 * Scoring against the real-news annotation (one `NNN.json` per article), with the same matching
 * rules as the team's reference scorer so that the figures agree: an event matches when the type
 * is the same, every gold participant is among the predicted ones (same Arabic name once folded,
 * same family name, or same Latin family name), the prediction has at most one participant more,
 * and the predicted date starts with the gold date. Gold events are taken in order, each matching
 * the first free prediction.
 */

export interface RealGoldPerson {
  name_ar: string;
  name_en: string;
  aliases_ar?: string[];
  role?: string | null;
  country?: string | null;
}

export interface RealGoldEvent {
  type: string;
  initiator?: string | null;
  participants?: string[];
  date?: string | null;
  planned?: boolean;
  optional?: boolean;
  place?: string | null;
  evidence_ar?: string;
}

export interface RealGoldAgreement {
  name_en?: string;
  parties?: string[];
  date?: string | null;
  optional?: boolean;
}

export interface RealGoldArticle {
  published?: string | null;
  source_url?: string;
  gold: { persons: RealGoldPerson[]; events: RealGoldEvent[]; agreements?: RealGoldAgreement[] };
}

const DIAC = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;

export function normAr(s: string | null | undefined): string {
  return (s ?? "")
    .replace(DIAC, "")
    .replace(/[إأآٱ]/g, "ا")
    .replaceAll("ى", "ي")
    .replaceAll("ة", "ه")
    .replaceAll("ؤ", "و")
    .replaceAll("ئ", "ي")
    .replaceAll("گ", "ك")
    .replaceAll("ڤ", "ف")
    .replace(/\s+/g, " ")
    .trim();
}

export function normEn(s: string | null | undefined): string[] {
  const ascii = (s ?? "")
    .normalize("NFKD")
    .replace(/[\u0080-\uffff]/g, "")
    .toLowerCase();
  return ascii
    .replace(/[^a-z ]/g, " ")
    .split(" ")
    .filter((w) => w.length > 0);
}

interface PredPerson {
  nameAr?: string | null;
  nameEn?: string | null;
  aliases?: readonly string[];
}

/** Whether a predicted person is the gold person: Arabic spelling or family name, or Latin family name. */
export function personMatches(gold: RealGoldPerson, pred: PredPerson): boolean {
  const golds = [gold.name_ar, ...(gold.aliases_ar ?? [])].filter(Boolean).map(normAr);
  const ars = [pred.nameAr, ...(pred.aliases ?? [])].filter((x): x is string => !!x).map(normAr);
  for (const a of ars) {
    for (const g of golds) {
      if (a === g) return true;
      const at = a.split(" ");
      const gt = g.split(" ");
      if (at.at(-1) === gt.at(-1) && (a.includes(g) || g.includes(a))) return true;
    }
  }
  const pe = normEn(pred.nameEn);
  const ge = normEn(gold.name_en);
  const pl = pe.at(-1);
  const gl = ge.at(-1);
  if (pl && gl && (pl === gl || (gl.length > 4 && levenshtein(pl, gl) <= 1))) return true;
  return false;
}

export function dateOk(gold: string | null | undefined, pred: string | null | undefined): boolean {
  if (gold == null) return true;
  return !!pred && pred.startsWith(gold);
}

export interface ArticleScore {
  file: string;
  personsFound: number;
  personsGold: number;
  missedPersons: string[];
  tp: number;
  fp: number;
  fn: number;
  agreements: { tp: number; fp: number; fn: number };
  direction: { correct: number; total: number };
  planned: { correct: number; total: number };
  /** Per type: true positives, false negatives and false positives. */
  byType: Record<string, { tp: number; fp: number; fn: number }>;
  missed: RealGoldEvent[];
  /** The cause of each miss, in the order of `missed`. */
  causes: MissCause[];
  spurious: Extraction["events"];
}

function bump(rec: ArticleScore["byType"], type: string, key: "tp" | "fp" | "fn"): void {
  const r = rec[type] ?? { tp: 0, fp: 0, fn: 0 };
  r[key]++;
  rec[type] = r;
}

/** Scores one article's extraction; `types` keeps only those event types when given. */
export function scoreArticle(
  file: string,
  gold: RealGoldArticle,
  pred: Extraction | undefined,
  types?: ReadonlySet<string>,
): ArticleScore {
  const keep = (t: string) => !types || types.size === 0 || types.has(t.toUpperCase());
  const people = new Map(gold.gold.persons.map((p) => [p.name_en, p]));
  const persons = pred?.persons ?? [];
  const byId = new Map(persons.map((p) => [p.id, p]));
  const personOf = (ref: string): PredPerson => byId.get(ref) ?? { nameEn: ref };
  const missedPersons = gold.gold.persons
    .filter((g) => !persons.some((p) => personMatches(g, p)))
    .map((g) => g.name_en);

  const goldEvents = gold.gold.events
    .filter((e) => keep(e.type))
    .map((e, i) => ({ e, i }))
    .sort((a, b) => Number(!!a.e.optional) - Number(!!b.e.optional) || a.i - b.i)
    .map((x) => x.e);
  const predEvents = (pred?.events ?? []).filter((e) => keep(e.type));
  const covers = (ge: RealGoldEvent, pe: Extraction["events"][number]): boolean => {
    const parts = pe.participants.map(personOf);
    return (ge.participants ?? []).every((gp) => {
      const g = people.get(gp);
      return !!g && parts.some((p) => personMatches(g, p));
    });
  };
  const matches = (ge: RealGoldEvent, pe: Extraction["events"][number]): boolean =>
    ge.type === pe.type.toUpperCase() &&
    covers(ge, pe) &&
    pe.participants.length <= (ge.participants ?? []).length + 1 &&
    dateOk(ge.date, pe.date);

  const out: ArticleScore = {
    file,
    personsFound: gold.gold.persons.length - missedPersons.length,
    personsGold: gold.gold.persons.length,
    missedPersons,
    tp: 0,
    fp: 0,
    fn: 0,
    agreements: { tp: 0, fp: 0, fn: 0 },
    direction: { correct: 0, total: 0 },
    planned: { correct: 0, total: 0 },
    byType: {},
    missed: [],
    causes: [],
    spurious: [],
  };
  const used = new Set<number>();
  for (const ge of goldEvents) {
    const hit = predEvents.findIndex((pe, i) => !used.has(i) && matches(ge, pe));
    if (hit < 0) {
      if (!ge.optional) {
        out.fn++;
        bump(out.byType, ge.type, "fn");
        out.missed.push(ge);
      }
      continue;
    }
    used.add(hit);
    const pe = predEvents[hit];
    if (!ge.optional) {
      out.tp++;
      bump(out.byType, ge.type, "tp");
    }
    out.planned.total++;
    if (!!pe?.planned === !!ge.planned) out.planned.correct++;
    const caller = ge.initiator ? people.get(ge.initiator) : undefined;
    if (ge.type === "CALL" && caller) {
      out.direction.total++;
      if (pe?.initiator && personMatches(caller, personOf(pe.initiator))) out.direction.correct++;
    }
  }
  predEvents.forEach((pe, i) => {
    if (used.has(i)) return;
    out.fp++;
    bump(out.byType, pe.type, "fp");
    out.spurious.push(pe);
  });
  const found = (g: RealGoldPerson | undefined) => !!g && persons.some((p) => personMatches(g, p));
  out.causes = out.missed.map((ge) => missCause(ge, out.spurious, covers, found, people));

  const predAgreements = pred?.agreements ?? [];
  const usedA = new Set<number>();
  const goldAgreements = [...(gold.gold.agreements ?? [])].sort(
    (a, b) => Number(!!a.optional) - Number(!!b.optional),
  );
  for (const ga of goldAgreements) {
    const parties = [...(ga.parties ?? [])].sort().join(",");
    const hit = predAgreements.findIndex(
      (pa, i) =>
        !usedA.has(i) && [...pa.parties].sort().join(",") === parties && dateOk(ga.date, pa.date),
    );
    if (hit < 0) {
      if (!ga.optional) out.agreements.fn++;
      continue;
    }
    usedA.add(hit);
    if (!ga.optional) out.agreements.tp++;
  }
  out.agreements.fp = predAgreements.length - usedA.size;
  return out;
}

export interface Totals {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export function totals(tp: number, fp: number, fn: number): Totals {
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

export interface RealReport {
  articles: ArticleScore[];
  events: Totals;
  agreements: Totals;
  byType: Record<string, Totals>;
  personRecall: number;
  direction: { correct: number; total: number };
  planned: { correct: number; total: number };
  /** Missed gold events by cause, largest first. */
  causes: [MissCause, number][];
}

export function summarize(articles: ArticleScore[]): RealReport {
  const sum = (f: (a: ArticleScore) => number) => articles.reduce((n, a) => n + f(a), 0);
  const types = new Set(articles.flatMap((a) => Object.keys(a.byType)));
  const byType: Record<string, Totals> = {};
  for (const t of [...types].sort()) {
    const g = (k: "tp" | "fp" | "fn") => sum((a) => a.byType[t]?.[k] ?? 0);
    byType[t] = totals(g("tp"), g("fp"), g("fn"));
  }
  const pg = sum((a) => a.personsGold);
  return {
    articles,
    events: totals(
      sum((a) => a.tp),
      sum((a) => a.fp),
      sum((a) => a.fn),
    ),
    agreements: totals(
      sum((a) => a.agreements.tp),
      sum((a) => a.agreements.fp),
      sum((a) => a.agreements.fn),
    ),
    byType,
    personRecall: pg > 0 ? sum((a) => a.personsFound) / pg : 0,
    direction: { correct: sum((a) => a.direction.correct), total: sum((a) => a.direction.total) },
    planned: { correct: sum((a) => a.planned.correct), total: sum((a) => a.planned.total) },
    causes: countCauses(articles.flatMap((a) => a.causes)),
  };
}

function countCauses(causes: readonly MissCause[]): [MissCause, number][] {
  const n = new Map<MissCause, number>();
  for (const c of causes) n.set(c, (n.get(c) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1]);
}
