/** The explorer's only data source: the GraphQL API of the server that serves it. */

export const EVENT_TYPES = ["CALL", "MEETING", "VISIT", "SIGNING", "MESSAGE", "SUMMIT"] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export interface PersonRef {
  id: string;
  nameAr: string | null;
  nameEn: string | null;
  countryCode: string | null;
  centrality?: { pageRank: number; degree: number } | null;
  community?: number | null;
}

export interface EventItem {
  id: string;
  type: EventType;
  date: string | null;
  planned: boolean;
  place: string | null;
  participants: { role: string | null; person: PersonRef }[];
}

export interface Source {
  quote: string | null;
  article: { id: string; file: string | null; title: string | null };
}

export interface PairEvent {
  id: string;
  type: EventType;
  date: string | null;
  planned: boolean;
  place: string | null;
  sources: Source[];
}

export interface Candidate {
  kind: "person" | "country";
  id: string;
  nameAr: string | null;
  nameEn: string | null;
  countryCode: string | null;
}

export interface Filters {
  from: string | null;
  to: string | null;
  types: ReadonlySet<EventType>;
}

export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join("; "));
  if (!body.data) throw new Error(`no data (HTTP ${res.status})`);
  return body.data;
}

const PERSON = "id nameAr nameEn countryCode centrality { pageRank degree } community";

/** Persons by any spelling (the API's own name resolution, then its full-text search). */
export async function findActors(text: string): Promise<Candidate[]> {
  const data = await gql<{
    person: PersonRef | null;
    people: { edges: { node: PersonRef }[] };
    countries: {
      edges: { node: { code: string; nameAr: string | null; nameEn: string | null } }[];
    };
  }>(
    `query Find($t: String!) {
      person(name: $t) { ${PERSON} }
      people(search: $t, first: 8) { edges { node { ${PERSON} } } }
      countries(first: 100) { edges { node { code nameAr nameEn } } }
    }`,
    { t: text },
  );
  const out: Candidate[] = [];
  const seen = new Set<string>();
  const add = (c: Candidate) => {
    if (seen.has(c.id)) return;
    seen.add(c.id);
    out.push(c);
  };
  if (data.person) add({ kind: "person", ...data.person });
  for (const e of data.people.edges) add({ kind: "person", ...e.node });
  const folded = fold(text);
  for (const { node } of data.countries.edges) {
    const names = [node.code, node.nameAr ?? "", node.nameEn ?? ""].map(fold);
    if (folded.length >= 2 && names.some((n) => n.includes(folded)))
      add({
        kind: "country",
        id: node.code,
        nameAr: node.nameAr,
        nameEn: node.nameEn,
        countryCode: node.code,
      });
  }
  return out.slice(0, 10);
}

/** Folds Arabic letter forms and Latin case, as names are compared while typing. */
export function fold(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\u064b-\u065f\u0670\u0640]/g, "")
    .replace(/[إأآٱ]/g, "ا")
    .replace(/ى/g, "ي")
    .replace(/ة/g, "ه")
    .trim();
}

// Drawing needs who took part in what; the sentences come with a link's timeline, when asked.
const EVENT = `id type date planned place participants { role person { ${PERSON} } }`;

/** Every event of an actor within the date filter, page by page (the API pages by 100). */
export async function eventsOf(actor: Candidate, filters: Filters): Promise<EventItem[]> {
  const out: EventItem[] = [];
  let after: string | null = null;
  for (let page = 0; page < 20; page++) {
    const vars = { id: actor.id, from: filters.from, to: filters.to, after };
    type Page = {
      edges: { node: EventItem }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
    let conn: Page | undefined;
    if (actor.kind === "person") {
      const d: { person: { events: Page } | null } = await gql(
        `query PersonEvents($id: ID!, $from: PartialDate, $to: PartialDate, $after: String) {
          person(id: $id) { events(first: 100, from: $from, to: $to, after: $after) {
            edges { node { ${EVENT} } } pageInfo { hasNextPage endCursor } } } }`,
        vars,
      );
      conn = d.person?.events;
    } else {
      const d: { country: { events: Page } | null } = await gql(
        `query CountryEvents($id: String!, $from: PartialDate, $to: PartialDate, $after: String) {
          country(code: $id) { events(first: 100, from: $from, to: $to, after: $after) {
            edges { node { ${EVENT} } } pageInfo { hasNextPage endCursor } } } }`,
        vars,
      );
      conn = d.country?.events;
    }
    if (!conn) break;
    for (const e of conn.edges) if (filters.types.has(e.node.type)) out.push(e.node);
    if (!conn.pageInfo.hasNextPage) break;
    after = conn.pageInfo.endCursor;
  }
  return out;
}

/** The persons along the shortest connection between two persons, in order. */
export async function pathBetween(from: string, to: string): Promise<string[]> {
  const d = await gql<{
    path: { steps: { node: { __typename: string; id?: string } }[] } | null;
  }>(
    `query Path($from: ID!, $to: ID!) { path(from: $from, to: $to) {
      steps { node { __typename ... on Person { id } } } } }`,
    { from, to },
  );
  return (d.path?.steps ?? [])
    .filter((s) => s.node.__typename === "Person" && s.node.id)
    .map((s) => s.node.id as string);
}

/** The events two persons shared, in date order, each with its sources (the pair's timeline). */
export async function pairEvents(a: string, b: string, filters: Filters): Promise<PairEvent[]> {
  const d = await gql<{ timeline: { kind: string; event: PairEvent | null }[] }>(
    `query Pair($a: ID!, $b: ID!, $from: PartialDate, $to: PartialDate) {
      timeline(a: $a, b: $b, from: $from, to: $to, first: 200) {
        kind event { id type date planned place sources { quote article { id file title } } } } }`,
    { a, b, from: filters.from, to: filters.to },
  );
  return d.timeline
    .map((i) => i.event)
    .filter((e): e is PairEvent => e !== null && filters.types.has(e.type));
}
