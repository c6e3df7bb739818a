import { createHash } from "node:crypto";
import { actorById, positionHeld } from "../extract/lexicon/actors.js";
import { countryInfo } from "../extract/lexicon/countries.js";
import { fold } from "../extract/text/normalize.js";
import type { ExtractedEvent } from "../extract/types.js";
import { assignClusters } from "./cluster.js";
import { finerDate } from "./dates.js";
import type {
  ArticleExtraction,
  Cluster,
  ParticipantRole,
  ResolveDiagnostic,
  ResolvedAgreement,
  ResolvedCountry,
  ResolvedEvent,
  ResolvedPerson,
  Source,
} from "./types.js";

const shortHash = (s: string) => createHash("sha1").update(s).digest("hex").slice(0, 12);

/**
 * Ids for new clusters, from what the first report says; one article can report two distinct
 * events alike (the same meeting placed apart in an appended story), so an id already taken,
 * in the batch or among the existing clusters, gets a numbered variant.
 */
function idMaker(prefix: string, existing: ReadonlyMap<string, readonly Cluster[]>) {
  const used = new Set([...existing.values()].flatMap((cs) => cs.map((c) => c.id)));
  return (base: string): string => {
    let id = `${prefix}-${shortHash(base)}`;
    for (let k = 2; used.has(id); k++) id = `${prefix}-${shortHash(`${base}|${k}`)}`;
    used.add(id);
    return id;
  };
}

/** Persons are keyed by dictionary id or by their folded name: spellings merge, namesakes do not. */
export function resolvePersons(batch: readonly ArticleExtraction[]): {
  persons: ResolvedPerson[];
  countries: ResolvedCountry[];
} {
  const persons = new Map<string, ResolvedPerson>();
  const countries = new Map<string, ResolvedCountry>();
  for (const a of batch) {
    for (const p of a.extraction.persons) {
      const existing = persons.get(p.id);
      const names = [p.nameAr, ...p.aliases].map(fold);
      if (p.nameEnSource === "dictionary") names.push(p.nameEn.toLowerCase());
      if (existing) {
        for (const al of p.aliases) if (!existing.aliases.includes(al)) existing.aliases.push(al);
        for (const n of names) if (!existing.names.includes(n)) existing.names.push(n);
        existing.role ??= p.role;
        existing.country ??= p.country;
      } else {
        persons.set(p.id, {
          id: p.id,
          nameEn: p.nameEn,
          nameAr: p.nameAr,
          nameEnSource: p.nameEnSource,
          aliases: [...new Set([p.nameAr, ...p.aliases])],
          role: p.role,
          country: p.country,
          qid: p.qid,
          source: p.source,
          names: [...new Set(names)],
        });
      }
    }
    for (const c of a.extraction.countries) {
      if (!countries.has(c.code))
        countries.set(c.code, { code: c.code, nameEn: c.nameEn, nameAr: c.nameAr });
    }
  }
  // Party and place countries are nodes too, even when the text never named them.
  for (const p of persons.values()) addCountry(countries, p.country);
  return { persons: [...persons.values()], countries: [...countries.values()] };
}

function addCountry(countries: Map<string, ResolvedCountry>, code: string | null): void {
  if (!code || countries.has(code)) return;
  const info = countryInfo(code);
  if (info) countries.set(code, { code, nameEn: info.nameEn, nameAr: info.nameAr });
}

const localKey = (file: string, id: string) => `${file}#${id}`;

function agreementSignature(kind: string, parties: readonly string[], nameAr: string): string {
  // A document with fewer than two known parties is only told apart by its name.
  return parties.length >= 2
    ? `${kind}|${[...parties].sort().join(",")}`
    : `${kind}|~${fold(nameAr)}`;
}

export function agreementSignatures(batch: readonly ArticleExtraction[]): string[] {
  const out = new Set<string>();
  for (const a of batch)
    for (const g of a.extraction.agreements)
      out.add(agreementSignature(g.kind, g.parties, g.nameAr));
  return [...out];
}

/**
 * Agreements of a batch merged with each other and with the graph's existing ones of the same
 * signature. Returns each article-local agreement id's global id.
 */
export function resolveAgreements(
  batch: readonly ArticleExtraction[],
  existing: ReadonlyMap<string, Cluster[]> = new Map(),
): { agreements: ResolvedAgreement[]; ids: Map<string, string>; diagnostics: ResolveDiagnostic[] } {
  const reports = batch.flatMap((a) =>
    a.extraction.agreements.map((g) => ({
      file: a.file,
      g,
      signature: agreementSignature(g.kind, g.parties, g.nameAr),
      date: g.date,
      placeCountry: null,
    })),
  );
  const ids = new Map<string, string>();
  const diagnostics: ResolveDiagnostic[] = [];
  const newId = idMaker("ag", existing);
  const { placed, clusters } = assignClusters(
    reports,
    existing,
    (r, from): ResolvedAgreement => ({
      id: from?.id ?? newId(`${r.signature}|${r.date ?? ""}|${r.file}`),
      date: from?.date ?? null,
      placeCountry: null,
      signature: r.signature,
      isNew: from === undefined,
      kind: r.g.kind,
      nameAr: "",
      nameEn: "",
      parties: [],
      signatories: [],
      sources: [],
    }),
    (r, what) => {
      if (what === "ambiguous") {
        diagnostics.push({
          code: "ambiguous-undated",
          message: `${r.file}: undated "${r.g.nameAr}" fits several agreements; kept apart`,
        });
      }
    },
  );
  for (const [r, target] of placed) {
    if (r.g.nameAr.length > target.nameAr.length) {
      target.nameAr = r.g.nameAr;
      target.nameEn = r.g.nameEn;
    }
    for (const p of r.g.parties) if (!target.parties.includes(p)) target.parties.push(p);
    for (const s of r.g.signatories)
      if (!target.signatories.includes(s)) target.signatories.push(s);
    target.sources.push(source(r.file, r.g.evidence, 1));
    ids.set(localKey(r.file, r.g.id), target.id);
  }
  const agreements = clusters.filter((g) => g.sources.length > 0);
  return { agreements, ids, diagnostics };
}

function source(
  file: string,
  ev: { text: string; start: number; end: number },
  confidence: number,
): Source {
  return { article: file, quote: ev.text, start: ev.start, end: ev.end, confidence };
}

function eventSignature(e: ExtractedEvent, agreementId: string | null): string {
  return `${e.type}|${[...e.participants].sort().join(",")}|${agreementId ?? ""}`;
}

export function eventSignatures(
  batch: readonly ArticleExtraction[],
  agreementIds: ReadonlyMap<string, string>,
): string[] {
  const out = new Set<string>();
  for (const a of batch) {
    for (const e of a.extraction.events) {
      out.add(
        eventSignature(
          e,
          e.agreement ? (agreementIds.get(localKey(a.file, e.agreement)) ?? null) : null,
        ),
      );
    }
  }
  return [...out];
}

function roles(
  type: string,
  participants: readonly string[],
  initiator: string | null,
  officeOf: (id: string) => string | null,
): { id: string; role: ParticipantRole; office: string | null }[] {
  return participants.map((id) => {
    let role: ParticipantRole = "participant";
    if (type === "CALL" && initiator) role = id === initiator ? "caller" : "callee";
    else if (type === "MEETING" && initiator) role = id === initiator ? "host" : "guest";
    else if (type === "VISIT") role = "visitor";
    else if (type === "SIGNING") role = "signatory";
    else if (type === "MESSAGE" && initiator) role = id === initiator ? "sender" : "recipient";
    else if (type === "SUMMIT") role = "attendee";
    return { id, role, office: officeOf(id) };
  });
}

/** Reports of the same real event (type, participants, document, compatible date and place) become one. */
export function resolveEvents(
  batch: readonly ArticleExtraction[],
  agreementIds: ReadonlyMap<string, string>,
  existing: ReadonlyMap<
    string,
    (Cluster & { initiator?: string | null; planned?: boolean | null })[]
  > = new Map(),
): { events: ResolvedEvent[]; diagnostics: ResolveDiagnostic[] } {
  const reports = batch.flatMap((a) =>
    a.extraction.events.map((e) => {
      const agreement = e.agreement
        ? (agreementIds.get(localKey(a.file, e.agreement)) ?? null)
        : null;
      return {
        file: a.file,
        e,
        agreement,
        signature: eventSignature(e, agreement),
        date: e.date,
        placeCountry: e.placeCountry,
      };
    }),
  );
  const diagnostics: ResolveDiagnostic[] = [];
  const titlesByFile = new Map(
    batch.map((a) => [a.file, new Map(a.extraction.persons.map((p) => [p.id, p.role]))]),
  );
  const newId = idMaker("ev", existing);
  const { placed, clusters } = assignClusters(
    reports,
    existing,
    (r, from): ResolvedEvent => ({
      id: from?.id ?? newId(`${r.signature}|${r.date ?? ""}|${r.file}`),
      date: from?.date ?? null,
      placeCountry: from?.placeCountry ?? null,
      signature: r.signature,
      isNew: from === undefined,
      type: r.e.type,
      cameo: r.e.cameo,
      place: null,
      // Held once reported held: a later report of the plan does not undo it.
      planned: r.e.planned && (from as { planned?: boolean | null } | undefined)?.planned !== false,
      initiator: (from as { initiator?: string | null } | undefined)?.initiator ?? null,
      participants: [],
      agreement: r.agreement,
      confidence: 0,
      sources: [],
    }),
    (r, what, group) => {
      if (what === "ambiguous") {
        diagnostics.push({
          code: "ambiguous-undated",
          message: `${r.file}: undated ${r.e.type} fits several events; kept apart`,
        });
      } else if (
        r.date?.length === 10 &&
        group.some((g) => g.date?.length === 10 && dayGap(g.date, r.date ?? "") <= 7)
      ) {
        diagnostics.push({
          code: "date-conflict",
          message: `${r.file}: ${r.e.type} of ${r.e.participants.join(", ")} on ${r.date} looks like one already dated ${group.map((g) => g.date).join(", ")}; kept apart`,
        });
      }
    },
  );
  for (const [r, target] of placed) {
    target.place ??= r.e.place;
    if (r.e.initiator && target.initiator && r.e.initiator !== target.initiator) {
      diagnostics.push({
        code: "direction-conflict",
        message: `${r.file}: ${r.e.type} ${target.id} has two different initiators; the first is kept`,
      });
    }
    target.initiator ??= r.e.initiator;
    target.planned &&= r.e.planned;
    target.confidence = Math.max(target.confidence, r.e.confidence);
    target.sources.push(source(r.file, r.e.evidence, r.e.confidence));
    // The office each held on the event's date: from the dictionary's tenures, else the title
    // the article gave.
    const titles = titlesByFile.get(r.file);
    target.participants = roles(r.e.type, r.e.participants, target.initiator, (id) => {
      const actor = actorById(id);
      const date = target.date ?? r.date;
      const title = titles?.get(id);
      const held =
        actor && date ? positionHeld(actor, date, title ? [title] : [])?.role : undefined;
      return held ?? title ?? null;
    });
  }
  const events = clusters.filter((e) => e.sources.length > 0);
  return { events, diagnostics };
}

function dayGap(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

export interface Resolution {
  persons: ResolvedPerson[];
  countries: ResolvedCountry[];
  agreements: ResolvedAgreement[];
  events: ResolvedEvent[];
  diagnostics: ResolveDiagnostic[];
}

/** The whole pure stage on one batch, against an empty graph. */
export function resolveBatch(batch: readonly ArticleExtraction[]): Resolution {
  const { persons, countries } = resolvePersons(batch);
  const ag = resolveAgreements(batch);
  const ev = resolveEvents(batch, ag.ids);
  return {
    persons,
    countries,
    agreements: ag.agreements,
    events: ev.events,
    diagnostics: [...ag.diagnostics, ...ev.diagnostics],
  };
}

export { finerDate };
