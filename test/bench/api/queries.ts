/**
 * The analyst queries of the API benchmark, as our API asks them and, where it can, as
 * @neo4j/graphql asks them of the same graph. Each query gives a list of request bodies: the load
 * rotates over them (one body per typical actor, pair or month).
 */
import type { Actor, Variables } from "./graph.js";

export interface Body {
  query: string;
  variables: Record<string, unknown>;
}

export interface BenchQuery {
  readonly id: string;
  readonly title: string;
  /** About one actor (person or country pair): the p99 target applies. */
  readonly singleActor: boolean;
  /** How closely the @neo4j/graphql form matches ours. */
  readonly theirsNote?: string;
  readonly ours: (v: Variables) => Body[];
  readonly theirs?: (v: Variables) => Body[];
}

/** The first and last day of a YYYY-MM month. */
function monthSpan(month: string): { from: string; to: string } {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, "0")}` };
}

/** Cursors of the second page (items 20–39): ours and graphql-relay's offset cursors. */
const OUR_PAGE_2 = Buffer.from("offset:19").toString("base64url");
const THEIR_PAGE_2 = Buffer.from("arrayconnection:19").toString("base64");

const per = (actors: readonly Actor[], f: (a: Actor) => Record<string, unknown>, query: string) =>
  actors.map((a) => ({ query, variables: f(a) }));

/** One body per typical person, the query taking the person's id as `$id`. */
const perTypical = (v: Variables, query: string) => per(v.typical, (a) => ({ id: a.id }), query);

/** A person by one of their names: ours through `person(name:)`, theirs by exact match. */
function byName(field: "nameAr" | "nameEn", title: string, theirsNote: string): BenchQuery {
  const name = (a: Actor) => ({ name: a[field] });
  return {
    id: field === "nameAr" ? "person-by-name-ar" : "person-by-name-en",
    title,
    singleActor: true,
    theirsNote,
    ours: (v) =>
      per(
        v.typical,
        name,
        `query ($name: String!) { person(name: $name) { id nameEn nameAr role countryCode } }`,
      ),
    theirs: (v) =>
      per(
        v.typical,
        name,
        `query ($name: String!) {
          people(where: { ${field}: { eq: $name } }, limit: 1) { id nameEn nameAr role country }
        }`,
      ),
  };
}

export const QUERIES: readonly BenchQuery[] = [
  byName(
    "nameAr",
    "person by Arabic name",
    "exact nameAr match (no index on nameAr: our API finds names through Name keys)",
  ),
  byName("nameEn", "person by English name", "exact nameEn match (indexed); ours ignores case"),
  {
    id: "calls",
    title: "a person's calls with counterparts (2 levels)",
    singleActor: true,
    theirsNote: "calledConnection / calledByConnection, 20 each, by edge date",
    ours: (v) =>
      perTypical(
        v,
        `query ($id: ID!) {
          person(id: $id) {
            id nameEn
            called(first: 20) { date directed person { id nameEn nameAr countryCode } }
            calledBy(first: 20) { date directed person { id nameEn nameAr countryCode } }
          }
        }`,
      ),
    theirs: (v) =>
      perTypical(
        v,
        `query ($id: ID!) {
          people(where: { id: { eq: $id } }) {
            id nameEn
            calledConnection(first: 20, sort: [{ edge: { dateStart: ASC } }]) {
              edges { properties { date directed } node { id nameEn nameAr country } }
            }
            calledByConnection(first: 20, sort: [{ edge: { dateStart: ASC } }]) {
              edges { properties { date directed } node { id nameEn nameAr country } }
            }
          }
        }`,
      ),
  },
  {
    id: "calls-of-calls",
    title: "calls of the persons a person called (3 levels)",
    singleActor: true,
    theirsNote: "nested calledConnection, 10 × 10, by edge date",
    ours: (v) =>
      perTypical(
        v,
        `query ($id: ID!) {
          person(id: $id) {
            id nameEn
            called(first: 10) {
              date
              person { id nameEn called(first: 10) { date person { id nameEn } } }
            }
          }
        }`,
      ),
    theirs: (v) =>
      perTypical(
        v,
        `query ($id: ID!) {
          people(where: { id: { eq: $id } }) {
            id nameEn
            calledConnection(first: 10, sort: [{ edge: { dateStart: ASC } }]) {
              edges {
                properties { date }
                node {
                  id nameEn
                  calledConnection(first: 10, sort: [{ edge: { dateStart: ASC } }]) {
                    edges { properties { date } node { id nameEn } }
                  }
                }
              }
            }
          }
        }`,
      ),
  },
  {
    id: "counterparts-2",
    title: "counterparts of counterparts (3 levels)",
    singleActor: true,
    theirsNote:
      "not the same question: @neo4j/graphql cannot count shared events, so it lists the participants of the 10 latest events, twice",
    ours: (v) =>
      perTypical(
        v,
        `query ($id: ID!) {
          person(id: $id) {
            id nameEn
            counterparts(first: 10) {
              count lastDate
              person { id nameEn counterparts(first: 10) { count person { id nameEn } } }
            }
          }
        }`,
      ),
    theirs: (v) =>
      perTypical(
        v,
        `query ($id: ID!) {
          people(where: { id: { eq: $id } }) {
            id nameEn
            events(limit: 10, sort: [{ dateStart: DESC }]) {
              date
              participants {
                id nameEn
                events(limit: 10, sort: [{ dateStart: DESC }]) { date participants { id nameEn } }
              }
            }
          }
        }`,
      ),
  },
  {
    id: "relations",
    title: "relations between two countries",
    singleActor: true,
    theirsNote: "events with participants of both countries only (ours adds visits and agreements)",
    ours: (v) =>
      v.countryPairs.map(([a, b]) => ({
        query: `query ($a: String!, $b: String!) {
          country(code: $a) {
            code
            relations(with: $b, first: 50) {
              kind date event { id type } agreement { id nameEn }
            }
          }
        }`,
        variables: { a, b },
      })),
    theirs: (v) =>
      v.countryPairs.map(([a, b]) => ({
        query: `query ($a: String!, $b: String!) {
          events(
            where: { AND: [
              { participants: { some: { country: { eq: $a } } } },
              { participants: { some: { country: { eq: $b } } } }
            ] }
            sort: [{ dateStart: ASC }]
            limit: 50
          ) { id type date }
        }`,
        variables: { a, b },
      })),
  },
  {
    id: "timeline",
    title: "timeline of two persons",
    singleActor: true,
    ours: (v) =>
      v.timelinePairs.map(([a, b]) => ({
        query: `query ($a: ID!, $b: ID!) {
          timeline(a: $a, b: $b, first: 50) {
            kind date
            event { id type participants { role person { id nameEn } } }
            agreement { id nameEn }
          }
        }`,
        variables: { a, b },
      })),
  },
  {
    id: "path",
    title: "path between two persons",
    singleActor: true,
    ours: (v) =>
      v.pathPairs.map(([a, b]) => ({
        query: `query ($a: ID!, $b: ID!) {
          path(from: $a, to: $b, maxHops: 6) {
            length
            steps {
              relationship direction date
              node {
                __typename
                ... on Person { id nameEn }
                ... on Event { id type date }
                ... on Agreement { id nameEn }
                ... on Country { code }
              }
            }
          }
        }`,
        variables: { a, b },
      })),
  },
  {
    id: "events-range",
    title: "events in a month, second page of 20, with total",
    singleActor: false,
    theirsNote: "eventsConnection with dateEnd ≥ from, dateStart ≤ to, by dateStart and id",
    ours: (v) =>
      v.months.map((m) => {
        const { from, to } = monthSpan(m);
        return {
          query: `query ($from: PartialDate!, $to: PartialDate!, $after: String) {
            events(filter: { from: $from, to: $to }, first: 20, after: $after) {
              totalCount
              pageInfo { hasNextPage endCursor }
              edges { node { id type date participants { role person { id nameEn } } } }
            }
          }`,
          variables: { from, to, after: OUR_PAGE_2 },
        };
      }),
    theirs: (v) =>
      v.months.map((m) => {
        const { from, to } = monthSpan(m);
        return {
          query: `query ($from: String!, $to: String!, $after: String) {
            eventsConnection(
              where: { dateEnd: { gte: $from }, dateStart: { lte: $to } }
              first: 20
              after: $after
              sort: [{ dateStart: ASC }, { id: ASC }]
            ) {
              totalCount
              pageInfo { hasNextPage endCursor }
              edges {
                node {
                  id type date
                  participantsConnection { edges { properties { role } node { id nameEn } } }
                }
              }
            }
          }`,
          variables: { from, to, after: THEIR_PAGE_2 },
        };
      }),
  },
];

/** The same queries about the biggest hub only (reported apart from the typical actors). */
export const HUB_QUERIES = ["calls", "counterparts-2"] as const;
