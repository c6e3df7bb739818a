import type { RealEvalResult } from "./real.js";
import type { Totals } from "./real-score.js";

const f = (n: number) => n.toFixed(2);
const line = (name: string, t: Totals) =>
  `${name.padEnd(10)} P ${f(t.precision)} R ${f(t.recall)} F1 ${f(t.f1)}  (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`;

/** The evaluation as text: per-article misses and spurious events with their sentences, then totals. */
export function formatRealReport(result: RealEvalResult, opts: { details: boolean }): string {
  const out: string[] = [];
  const r = result.report;
  if (opts.details) {
    for (const a of r.articles) {
      if (a.fn === 0 && a.fp === 0 && a.missedPersons.length === 0) continue;
      const x = result.extractions.get(a.file);
      const name = (id: string) => {
        const p = x?.persons.find((q) => q.id === id);
        return p ? `${p.nameEn} (${p.nameAr})` : id;
      };
      out.push(
        `== ${a.file}: tp ${a.tp} fp ${a.fp} fn ${a.fn} | persons ${a.personsFound}/${a.personsGold}`,
      );
      for (const p of a.missedPersons) out.push(`  missed person: ${p}`);
      for (const [k, e] of a.missed.entries())
        out.push(
          `  MISSED ${e.type} ${(e.participants ?? []).join(" + ")} ${e.date ?? "undated"}${e.planned ? " planned" : ""} [${a.causes[k]}]\n      « ${e.evidence_ar ?? ""} »`,
        );
      for (const e of a.spurious)
        out.push(
          `  EXTRA  ${e.type} ${e.participants.map(name).join(" + ")} ${e.date ?? "undated"}${e.planned ? " planned" : ""}\n      « ${e.evidence.text.slice(0, 160)} »`,
        );
    }
    out.push("");
  }
  if (result.missingTexts.length > 0)
    out.push(`texts missing (scored as empty): ${result.missingTexts.join(", ")}`);
  out.push(line("events", r.events));
  for (const [t, s] of Object.entries(r.byType)) out.push(line(`  ${t}`, s));
  out.push(line("agreements", r.agreements));
  out.push(
    `persons recall ${f(r.personRecall)}; direction ${r.direction.correct}/${r.direction.total}; planned flag right ${r.planned.correct}/${r.planned.total}`,
  );
  if (r.causes.length > 0)
    out.push(`missed by cause: ${r.causes.map(([c, n]) => `${c} ${n}`).join("; ")}`);
  return `${out.join("\n")}\n`;
}
