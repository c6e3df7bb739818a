import type { AgreementMention } from "./agreements.js";
import type { ArticleState, Sentence } from "./article-state.js";
import type { ResolvedDate } from "./dates.js";
import { COUNTRY_PHRASES, countryInfo, nisbaCountry } from "./lexicon/countries.js";
import type { Mention } from "./persons.js";
import { fold } from "./text/normalize.js";
import { cliticVariants } from "./text/tokens.js";
import type { ExtractedEvent } from "./types.js";

/** The key an event uses for an agreement named in its sentence, until the agreement has an id. */
export function agreementKey(s: Sentence, a: AgreementMention): string {
  return `${s.span.start}:${a.start}`;
}

/**
 * The agreements of a story: each named document with its parties (the signatories' countries,
 * else those named with it), its date (the signing's, else the sentence's) and its signatories.
 */
export class AgreementBook {
  constructor(
    private readonly state: ArticleState,
    private readonly story: number,
    private readonly idOf: ReadonlyMap<Mention, string | undefined>,
    private readonly countryCounts: ReadonlyMap<string, number>,
  ) {}

  add(s: Sentence, a: AgreementMention, events: ExtractedEvent[]): void {
    const key = agreementKey(s, a);
    const signing = events.find((e) => e.type === "SIGNING" && e.agreement === key);
    if (a.head.plural && !signing?.participants.length) return;
    const nameAr = this.state.surface(s.tokens, a.start, a.end);
    const parties = new Set<string>();
    for (const p of signing?.participants ?? []) {
      const c = this.state.persons.get(p)?.country;
      if (c) parties.add(c);
    }
    for (const t of s.tokens.slice(a.start, a.end)) {
      const c = nisbaCountry(t.text);
      if (c) parties.add(c);
    }
    if (parties.size < 2) {
      for (const m of COUNTRY_PHRASES.findAll(s.tokens)) parties.add(m.value.code);
      for (const m of s.mentions) {
        const c = m.titles.find((t) => t.country)?.country;
        if (c) parties.add(c);
      }
      for (const id of s.mentions.map((m) => this.idOf.get(m))) {
        const c = id ? this.state.persons.get(id)?.country : undefined;
        if (c) parties.add(c);
      }
    }
    if (
      parties.size < 2 &&
      s.tokens.some((t) =>
        cliticVariants(t.text).some((v) => v === fold("البلدين") || v === fold("البلدان")),
      )
    ) {
      for (const c of this.topCountries(2)) parties.add(c);
    }
    const date = signing?.date
      ? { value: signing.date, precision: signing.datePrecision }
      : undefined;
    const own = date ?? firstDate(s);
    // One agreement per real document in an article: the same kind between the same parties,
    // and the same subject when both mentions name one (a memorandum on health and one on
    // exports are two documents; "the memorandum" again is the same one).
    const existing = this.state.agreements.find(
      (g) =>
        g.kind === a.head.kind &&
        (g.parties.length === 0 || parties.size === 0 || g.parties.some((p) => parties.has(p))) &&
        sameSubject(g.nameAr, nameAr),
    );
    const signatories = signing?.participants ?? [];
    if (existing) {
      for (const p of parties) if (!existing.parties.includes(p)) existing.parties.push(p);
      for (const p of signatories)
        if (!existing.signatories.includes(p)) existing.signatories.push(p);
      if (
        own?.value &&
        (!existing.date || own.value.length > existing.date.length) &&
        (!existing.date || own.value.startsWith(existing.date))
      ) {
        existing.date = own.value;
        existing.datePrecision = own.precision ?? null;
      }
      if (nameAr.length > existing.nameAr.length) existing.nameAr = nameAr;
      if (signing) signing.agreement = existing.id;
      for (const e of this.state.events) if (e.agreement === key) e.agreement = existing.id;
      return;
    }
    const id = `a${this.state.agreements.length + 1}`;
    for (const e of this.state.events) if (e.agreement === key) e.agreement = id;
    this.state.agreements.push({
      id,
      kind: a.head.kind,
      nameAr,
      nameEn: "",
      date: own?.value ?? null,
      datePrecision: own?.precision ?? null,
      parties: [...parties].sort(),
      signatories: [...signatories],
      evidence: this.state.evidence(s.span),
      story: this.story,
    });
    for (const p of parties) this.state.country(p, true);
  }

  private topCountries(n: number): string[] {
    return [...this.countryCounts.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([c]) => c);
  }

  finish(): void {
    for (const a of this.state.agreements) {
      a.parties.sort();
      const names = a.parties.map((p) => countryInfo(p)?.nameEn ?? p);
      const head = AGREEMENT_EN[a.kind] ?? "Agreement";
      a.nameEn = names.length > 0 ? `${head} (${names.join("–")})` : head;
    }
    // Events whose agreement key never matched a named document keep no dangling reference.
    const ids = new Set(this.state.agreements.map((a) => a.id));
    for (const e of this.state.events) if (e.agreement && !ids.has(e.agreement)) e.agreement = null;
  }
}

const AGREEMENT_EN: Record<string, string> = {
  mou: "Memorandum of understanding",
  agreement: "Agreement",
  treaty: "Treaty",
  protocol: "Protocol",
  charter: "Charter",
  partnership: "Strategic partnership",
  declaration: "Joint declaration",
  roadmap: "Roadmap",
  programme: "Executive programme",
};

const AGREEMENT_FILLER = new Set([
  "بين",
  "في",
  "حول",
  "بشان",
  "مجال",
  "على",
  "من",
  "الي",
  "عن",
  "و",
]);

/** The words that say what a document is about, past its head (مذكرة تفاهم …). */
function subjectWords(name: string): string[] {
  return fold(name)
    .split(/\s+/)
    .slice(2)
    .map((w) => w.replace(/^(و|ب|ل|ف)?(ال)?/, ""))
    .filter((w) => w.length > 2 && !AGREEMENT_FILLER.has(w));
}

function sameSubject(a: string, b: string): boolean {
  const x = subjectWords(a);
  const y = new Set(subjectWords(b));
  // A bare mention ("the memorandum") is the document already named.
  if (x.length === 0 || y.size === 0) return true;
  return x.some((w) => y.has(w));
}

function firstDate(
  s: Sentence,
): { value: string; precision: ResolvedDate["precision"] } | undefined {
  const d = s.dates.find((x) => x.date)?.date;
  return d ? { value: d.value, precision: d.precision } : undefined;
}
