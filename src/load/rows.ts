import { dateBounds, precisionOf } from "../resolve/dates.js";
import type { ResolvedAgreement, ResolvedEvent, ResolvedPerson, Source } from "../resolve/types.js";

/** Statement parameters built from resolved facts: plain objects, no driver types. */

export function personRows(persons: readonly ResolvedPerson[]) {
  return persons.map((p) => ({
    id: p.id,
    nameEn: p.nameEn,
    nameAr: p.nameAr,
    nameEnSource: p.nameEnSource,
    aliases: p.aliases,
    role: p.role,
    country: p.country,
    qid: p.qid,
    source: p.source,
    names: p.names,
  }));
}

export function agreementRows(agreements: readonly ResolvedAgreement[]) {
  return agreements.map((a) => {
    const b = dateBounds(a.date);
    return {
      id: a.id,
      signature: a.signature,
      kind: a.kind,
      nameAr: a.nameAr,
      nameEn: a.nameEn,
      date: a.date,
      dateStart: b.start,
      dateEnd: b.end,
      datePrecision: precisionOf(a.date),
      parties: a.parties,
    };
  });
}

export function eventRows(events: readonly ResolvedEvent[]) {
  return events.map((e) => {
    const b = dateBounds(e.date);
    return {
      id: e.id,
      signature: e.signature,
      type: e.type,
      cameo: e.cameo,
      date: e.date,
      dateStart: b.start,
      dateEnd: b.end,
      datePrecision: precisionOf(e.date),
      place: e.place,
      placeCountry: e.placeCountry,
      planned: e.planned,
      initiator: e.initiator,
      confidence: e.confidence,
      participants: e.participants,
      agreement: e.agreement,
    };
  });
}

export function sourceRows(facts: readonly { id: string; sources: readonly Source[] }[]) {
  const rows: {
    fact: string;
    article: string;
    quote: string;
    start: number;
    end: number;
    confidence: number;
  }[] = [];
  for (const f of facts) {
    const seen = new Set<string>();
    for (const s of f.sources) {
      if (seen.has(s.article)) continue;
      seen.add(s.article);
      rows.push({
        fact: f.id,
        article: s.article,
        quote: s.quote,
        start: s.start,
        end: s.end,
        confidence: s.confidence,
      });
    }
  }
  return rows;
}

interface Edge {
  from: string;
  to: string;
  eventId: string;
  date: string | null;
  dateStart: string | null;
}

/** The direct, fast-to-traverse edges an event implies (Lavrov CALLED Bourita on a date). */
export function directEdges(events: readonly ResolvedEvent[]) {
  const called: (Edge & { directed: boolean })[] = [];
  const met: Edge[] = [];
  const visited: Edge[] = [];
  const signed: Edge[] = [];
  const wrote: Edge[] = [];
  for (const e of events) {
    const base = { eventId: e.id, date: e.date, dateStart: dateBounds(e.date).start };
    const ids = e.participants.map((p) => p.id);
    const first = e.initiator ?? ids[0];
    if (!first) {
      continue;
    }
    const others = ids.filter((id) => id !== first);
    if (e.type === "CALL" && e.initiator !== null) {
      for (const to of others) called.push({ ...base, from: first, to, directed: true });
    } else if (e.type === "CALL") {
      // With no known caller, each participant both called and was called: drawing the call
      // both ways lets a list of one direction read that direction's edges alone.
      for (const from of ids)
        for (const to of ids) if (from !== to) called.push({ ...base, from, to, directed: false });
    } else if (e.type === "MEETING") {
      for (const to of others) met.push({ ...base, from: first, to });
    } else if (e.type === "VISIT" && e.placeCountry) {
      for (const from of ids) visited.push({ ...base, from, to: e.placeCountry });
    } else if (e.type === "MESSAGE" && e.initiator !== null) {
      // A message goes one way: from its sender to each addressee.
      for (const to of others) wrote.push({ ...base, from: first, to });
    } else if (e.type === "SIGNING" && e.agreement) {
      for (const from of ids) signed.push({ ...base, from, to: e.agreement });
    }
  }
  return { called, met, visited, signed, wrote };
}
