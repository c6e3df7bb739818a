import neo4j from "neo4j-driver";
import type { Database, Row } from "../database.js";
import type {
  AgreementFilter,
  AgreementRecord,
  ArticleRecord,
  CallRecord,
  CallTarget,
  CallWindow,
  CounterpartFilter,
  CounterpartRecord,
  CountryCounterpartRecord,
  CountryRecord,
  DateRange,
  EventCountOptions,
  EventCountRecord,
  EventFilter,
  EventRecord,
  EventType,
  InteractionRecord,
  MeetingRecord,
  MessageRecord,
  NestedCalls,
  PageRecord,
  ParagraphRecord,
  ParticipantRecord,
  PathRecord,
  PersonRecord,
  SearchHitRecord,
  SourceRecord,
  VisitRecord,
  Window,
} from "./types.js";

/** Values in key order; keys without a row get `missing`. */
function inKeyOrder<T>(keys: readonly string[], entries: Iterable<[string, T]>, missing: T): T[] {
  const byKey = new Map(entries);
  return keys.map((k) => byKey.get(k) ?? missing);
}

/** Parameters Cypher needs as integers (SKIP, LIMIT, slices): JavaScript numbers go as floats. */
const INTEGER_PARAMS = new Set([
  "offset",
  "limit",
  "maxHops",
  "members",
  "nestedLimit",
  "k",
  "fetch",
]);

function withIntegers(params: Row): Row {
  const out: Row = {};
  for (const [k, v] of Object.entries(params))
    out[k] = INTEGER_PARAMS.has(k) && typeof v === "number" ? neo4j.int(v) : v;
  return out;
}

/** An event filter the date index can serve: no participant and no country. */
function byDate(filter: EventFilter): boolean {
  return filter.participant === null && filter.country === null;
}

/** The filter with `spanFrom`: a year before `from`, the earliest start of an event overlapping it. */
function datedFilter(filter: EventFilter): Row {
  const from = filter.from;
  const spanFrom = from === null ? null : `${Number(from.slice(0, 4)) - 1}${from.slice(4)}`;
  return { ...filter, spanFrom };
}

/**
 * Parameters of statements that can embed each event's participants: `members` participants
 * at most, or none when null (the resolvers then load them apart, when asked).
 */
function embedded(members: number | null): Row {
  return { withParticipants: members !== null, members: members ?? 0 };
}

function unique(keys: readonly string[]): string[] {
  return [...new Set(keys)];
}

/**
 * The read side of the graph as the GraphQL resolvers use it. Every batch method takes the keys
 * of many parents and answers them with one statement (`UNWIND $ids ...`), returning results in
 * the order of the keys, as DataLoader expects.
 */
export class Repository {
  constructor(private readonly db: Database) {}

  private read(name: string, params: Row = {}): Promise<Row[]> {
    return this.db.read(name, withIntegers(params));
  }

  /** One record per key, or null, from a statement returning one column per found key. */
  private async one<T>(
    name: string,
    param: string,
    keys: readonly string[],
    column: string,
    keyOf: (value: T) => string,
  ): Promise<(T | null)[]> {
    const rows = await this.read(name, { [param]: unique(keys) });
    return inKeyOrder<T | null>(
      keys,
      rows.map((r) => {
        const v = r[column] as T;
        return [keyOf(v), v];
      }),
      null,
    );
  }

  /** A list per key from a statement returning `id, items`. */
  private async lists<T>(name: string, param: string, keys: readonly string[], params: Row = {}) {
    const rows = await this.read(name, { ...params, [param]: unique(keys) });
    return inKeyOrder<readonly T[]>(
      keys,
      rows.map((r) => [r.id as string, r.items as T[]]),
      [],
    );
  }

  /** A page per key from a statement returning `id, total, items`. */
  private async pages<T>(name: string, param: string, keys: readonly string[], params: Row) {
    const rows = await this.read(name, { ...params, [param]: unique(keys) });
    return inKeyOrder<PageRecord<T>>(
      keys,
      rows.map((r) => [r.id as string, { total: r.total as number, items: r.items as T[] }]),
      { total: 0, items: [] },
    );
  }

  private async column<T>(name: string, column: string, params: Row): Promise<T[]> {
    return (await this.read(name, params)).map((r) => r[column] as T);
  }

  private async count(name: string, params: Row): Promise<number> {
    const [row] = await this.read(name, params);
    return (row?.total as number | undefined) ?? 0;
  }

  // Persons

  personsById(ids: readonly string[]): Promise<(PersonRecord | null)[]> {
    return this.one<PersonRecord>("gql-persons-by-id", "ids", ids, "person", (p) => p.id);
  }

  /**
   * Persons one of whose name keys is given, then, with `english` (the words of a Latin-script
   * name as a full-text query, and the name), those whose English name it is, ignoring case.
   */
  personsByName(
    keys: readonly string[],
    english: { words: string; name: string } | null,
    limit: number,
  ): Promise<PersonRecord[]> {
    return this.column("gql-persons-by-name", "person", {
      keys: unique(keys),
      words: english?.words ?? null,
      name: english?.name.toLowerCase() ?? null,
      limit,
    });
  }

  async personsFulltext(
    query: string,
    country: string | null,
    window: Window,
  ): Promise<{ person: PersonRecord; score: number }[]> {
    const rows = await this.read("gql-persons-fulltext", { query, country, ...window });
    return rows.map((r) => ({ person: r.person as PersonRecord, score: r.score as number }));
  }

  personsFulltextCount(query: string, country: string | null): Promise<number> {
    return this.count("gql-persons-fulltext-count", { query, country });
  }

  personsPage(
    country: string | null,
    window: Window,
    order: "name" | "centrality" = "name",
  ): Promise<PersonRecord[]> {
    const name = order === "centrality" ? "gql-persons-page-by-centrality" : "gql-persons-page";
    return this.column(name, "person", { country, ...window });
  }

  personsCount(country: string | null): Promise<number> {
    return this.count("gql-persons-count", { country });
  }

  /**
   * Calls of persons in either direction, for many (person, direction) requests at once, in one
   * window: the lists in the order of the requests.
   */
  async personCalls(
    requests: readonly CallTarget[],
    window: CallWindow,
  ): Promise<(readonly CallRecord[])[]> {
    return (await this.calls(requests, window, false, null)).lists;
  }

  /**
   * One person (null when there is none) and, in the same statement, calls of theirs; with
   * `nested`, each call's counterpart carries their own calls in those directions and window.
   */
  async personAndCalls(
    id: string,
    requests: readonly CallTarget[],
    window: CallWindow,
    nested: NestedCalls | null = null,
  ): Promise<{ person: PersonRecord | null; lists: (readonly CallRecord[])[] }> {
    const { lists, persons } = await this.calls(requests, window, true, nested);
    return { person: persons.get(id) ?? null, lists };
  }

  private async calls(
    requests: readonly CallTarget[],
    { range, limit, withEvent, light }: CallWindow,
    withPersons: boolean,
    nested: NestedCalls | null,
  ) {
    const keys = requests.map((r) => `${r.id} ${r.direction}`);
    const distinct = [...new Map(requests.map((r, k) => [keys[k] as string, r])).values()];
    const rows = await this.read("gql-person-calls", {
      requests: distinct.map((r) => ({ id: r.id, direction: r.direction })),
      ...range,
      limit,
      withEvent,
      light,
      withPersons,
      nested: nested?.directions ?? [],
      nestedFrom: nested?.window.range.from ?? null,
      nestedTo: nested?.window.range.to ?? null,
      nestedLimit: nested?.window.limit ?? 0,
      nestedWithEvent: nested?.window.withEvent ?? false,
      nestedLight: nested?.window.light ?? false,
    });
    const lists = inKeyOrder<readonly CallRecord[]>(
      keys,
      rows.map((r) => [r.id as string, r.items as CallRecord[]]),
      [],
    );
    const persons = new Map<string, PersonRecord>();
    for (const r of rows)
      if (r.person) persons.set((r.person as PersonRecord).id, r.person as PersonRecord);
    return { lists, persons };
  }

  personMessages(ids: readonly string[], range: DateRange, limit: number) {
    return this.lists<MessageRecord>("gql-person-messages", "ids", ids, { ...range, limit });
  }

  personMeetings(ids: readonly string[], range: DateRange, limit: number) {
    return this.lists<MeetingRecord>("gql-person-meetings", "ids", ids, { ...range, limit });
  }

  personVisits(ids: readonly string[], range: DateRange, limit: number) {
    return this.lists<VisitRecord>("gql-person-visits", "ids", ids, { ...range, limit });
  }

  personEvents(
    ids: readonly string[],
    filter: DateRange & { type: EventType | null; desc?: boolean },
    window: Window,
  ) {
    return this.pages<EventRecord>("gql-person-events", "ids", ids, {
      desc: false,
      ...filter,
      ...window,
    });
  }

  /** With `light`, the counterparts carry only id, nameEn, nameAr, country and role. */
  personCounterparts(ids: readonly string[], limit: number, light = false) {
    return this.lists<CounterpartRecord>("gql-person-counterparts", "ids", ids, {
      limit,
      light,
      withPersons: false,
    });
  }

  /** Counterparts counted from the events that pass a filter, for each person. */
  personCounterpartsFiltered(ids: readonly string[], limit: number, filter: CounterpartFilter) {
    return this.lists<CounterpartRecord>("gql-person-counterparts-filtered", "ids", ids, {
      ...filter,
      limit,
    });
  }

  /** The countries each country dealt with most, with their persons who took part most. */
  countryCounterparts(codes: readonly string[], limit: number, filter: CounterpartFilter) {
    return this.lists<CountryCounterpartRecord>("gql-country-counterparts", "ids", codes, {
      ...filter,
      limit,
      members: 5,
    });
  }

  /** Events per period and type, for persons or countries, optionally shared with another. */
  eventCounts(owner: "person" | "country", keys: readonly string[], options: EventCountOptions) {
    const name = owner === "person" ? "gql-person-event-counts" : "gql-country-event-counts";
    return this.lists<EventCountRecord>(name, "ids", keys, { ...options });
  }

  /** One person (null when there is none) and, in the same statement, their counterparts. */
  async personAndCounterparts(
    id: string,
    limit: number,
    light = false,
  ): Promise<{ person: PersonRecord | null; list: readonly CounterpartRecord[] }> {
    const params = { ids: [id], limit, light, withPersons: true };
    const [row] = await this.read("gql-person-counterparts", params);
    return {
      person: (row?.person as PersonRecord | null | undefined) ?? null,
      list: (row?.items as CounterpartRecord[] | undefined) ?? [],
    };
  }

  personAgreements(ids: readonly string[], limit: number) {
    return this.lists<AgreementRecord>("gql-person-agreements", "ids", ids, { limit });
  }

  // Countries

  countriesByCode(codes: readonly string[]): Promise<(CountryRecord | null)[]> {
    return this.one<CountryRecord>(
      "gql-countries-by-code",
      "codes",
      codes,
      "country",
      (c) => c.code,
    );
  }

  countriesPage(involved: boolean, window: Window): Promise<CountryRecord[]> {
    return this.column("gql-countries-page", "country", { involved, ...window });
  }

  countriesCount(involved: boolean): Promise<number> {
    return this.count("gql-countries-count", { involved });
  }

  countryPeople(codes: readonly string[], limit: number) {
    return this.lists<PersonRecord>("gql-country-people", "codes", codes, { limit });
  }

  countryEvents(
    codes: readonly string[],
    filter: DateRange & { type: EventType | null; desc?: boolean },
    window: Window,
  ) {
    return this.pages<EventRecord>("gql-country-events", "codes", codes, {
      desc: false,
      ...filter,
      ...window,
    });
  }

  countryAgreements(codes: readonly string[], limit: number) {
    return this.lists<AgreementRecord>("gql-country-agreements", "codes", codes, { limit });
  }

  /**
   * Events and agreements that involve both actors of each pair (person ids or country codes),
   * by date. `key` names the pair in the answer. With `members`, events carry that many of
   * their participants at most.
   */
  interactions(
    pairs: readonly { key: string; a: string; b: string }[],
    range: DateRange,
    limit: number,
    members: number | null = null,
  ): Promise<(readonly InteractionRecord[])[]> {
    const isCountry = (actor: string) => /^[A-Z]{2}$/.test(actor);
    const flagged = pairs.map((p) => ({
      ...p,
      aCountry: isCountry(p.a),
      bCountry: isCountry(p.b),
    }));
    const params = { pairs: flagged, ...range, limit, ...embedded(members) };
    return this.read("gql-interactions", params).then((rows) =>
      inKeyOrder<readonly InteractionRecord[]>(
        pairs.map((p) => p.key),
        rows.map((r) => [r.id as string, r.items as InteractionRecord[]]),
        [],
      ),
    );
  }

  // Events

  eventsById(ids: readonly string[]): Promise<(EventRecord | null)[]> {
    return this.one<EventRecord>("gql-events-by-id", "ids", ids, "event", (e) => e.id);
  }

  /**
   * Events by date. Without a participant or a country the page comes from the date index
   * (gql-events-page-by-date); with one, from that person's or country's events. With
   * `members`, events carry that many of their participants at most.
   */
  eventsPage(
    filter: EventFilter,
    window: Window,
    members: number | null = null,
    newestFirst = false,
  ): Promise<EventRecord[]> {
    const params = { ...window, ...embedded(members) };
    if (newestFirst) return this.column("gql-events-page-desc", "event", { ...filter, ...params });
    return byDate(filter)
      ? this.column("gql-events-page-by-date", "event", { ...datedFilter(filter), ...params })
      : this.column("gql-events-page", "event", { ...filter, ...params });
  }

  eventsCount(filter: EventFilter): Promise<number> {
    return byDate(filter)
      ? this.count("gql-events-count-by-date", datedFilter(filter))
      : this.count("gql-events-count", { ...filter });
  }

  eventParticipants(ids: readonly string[], limit: number) {
    return this.lists<ParticipantRecord>("gql-event-participants", "ids", ids, { limit });
  }

  async eventAgreement(ids: readonly string[]): Promise<(AgreementRecord | null)[]> {
    const rows = await this.read("gql-event-agreement", { ids: unique(ids) });
    return inKeyOrder<AgreementRecord | null>(
      ids,
      rows.map((r) => [r.id as string, r.item as AgreementRecord]),
      null,
    );
  }

  eventSources(ids: readonly string[], limit: number) {
    return this.lists<SourceRecord>("gql-event-sources", "ids", ids, { limit });
  }

  // Agreements

  agreementsById(ids: readonly string[]): Promise<(AgreementRecord | null)[]> {
    return this.one<AgreementRecord>("gql-agreements-by-id", "ids", ids, "agreement", (g) => g.id);
  }

  agreementsPage(filter: AgreementFilter, window: Window): Promise<AgreementRecord[]> {
    return this.column("gql-agreements-page", "agreement", { ...filter, ...window });
  }

  agreementsCount(filter: AgreementFilter): Promise<number> {
    return this.count("gql-agreements-count", { ...filter });
  }

  agreementParties(ids: readonly string[], limit: number) {
    return this.lists<CountryRecord>("gql-agreement-parties", "ids", ids, { limit });
  }

  agreementSignatories(ids: readonly string[], limit: number) {
    return this.lists<PersonRecord>("gql-agreement-signatories", "ids", ids, { limit });
  }

  agreementEvents(ids: readonly string[], limit: number) {
    return this.lists<EventRecord>("gql-agreement-events", "ids", ids, { limit });
  }

  agreementSources(ids: readonly string[], limit: number) {
    return this.lists<SourceRecord>("gql-agreement-sources", "ids", ids, { limit });
  }

  // Articles

  articlesById(ids: readonly string[]): Promise<(ArticleRecord | null)[]> {
    return this.one<ArticleRecord>("gql-articles-by-id", "ids", ids, "article", (a) => a.id);
  }

  articlesPage(window: Window): Promise<ArticleRecord[]> {
    return this.column("gql-articles-page", "article", { ...window });
  }

  articlesCount(): Promise<number> {
    return this.count("gql-articles-count", {});
  }

  articleEvents(ids: readonly string[], limit: number) {
    return this.lists<EventRecord>("gql-article-events", "ids", ids, { limit });
  }

  /** Each article's text as loaded, or null for an article stored without it. */
  async articleTexts(ids: readonly string[]): Promise<(string | null)[]> {
    const rows = await this.read("gql-article-texts", { ids: unique(ids) });
    return inKeyOrder<string | null>(
      ids,
      rows.map((r) => [r.id as string, (r.paragraphs as string[]).join("")]),
      null,
    );
  }

  /** The paragraph each (article, offset) lies in. */
  async paragraphsAt(
    keys: readonly { article: string; start: number }[],
  ): Promise<(ParagraphRecord | null)[]> {
    const keyOf = (k: { article: string; start: number }) => `${k.article}:${k.start}`;
    const distinct = [...new Map(keys.map((k) => [keyOf(k), k])).values()];
    const rows = await this.read("gql-source-contexts", { keys: distinct });
    return inKeyOrder<ParagraphRecord | null>(
      keys.map(keyOf),
      rows.map((r) => [r.key as string, r.paragraph as ParagraphRecord]),
      null,
    );
  }

  articleAgreements(ids: readonly string[], limit: number) {
    return this.lists<AgreementRecord>("gql-article-agreements", "ids", ids, { limit });
  }

  // Graph-wide

  /**
   * Up to `k` shortest paths between two persons: person to person through shared events, or,
   * with `types`, through any of those relationship types (country and agreement hubs).
   */
  async paths(
    from: string,
    to: string,
    options: { maxHops: number; k: number; planned: boolean; types: readonly string[] | null },
  ): Promise<PathRecord[]> {
    const { maxHops, k, planned, types } = options;
    // The number of paths SHORTEST finds is no parameter in this Cypher: one, or ten cut to k.
    const rows =
      types !== null
        ? await this.read("gql-path", { from, to, k, planned, types })
        : k === 1
          ? await this.read("gql-path-shortest", { from, to, planned })
          : await this.read("gql-paths", { from, to, maxHops, k, planned });
    // The shortest paths are all of one length: longer than allowed, there is none.
    return (rows as unknown as PathRecord[]).filter((p) => p.relationships.length <= maxHops);
  }

  async search(query: string, limit: number, kinds: readonly string[]): Promise<SearchHitRecord[]> {
    const fetch = Math.min(150, limit * 3);
    const rows = await this.read("gql-search", { query, fetch, kinds });
    return rows as unknown as SearchHitRecord[];
  }
}
