/**
 * The per-request loaders of a person's call and counterpart lists, and the read-ahead that lets
 * a query about one person by id fetch the person and a first list in one statement.
 */
import { createContextCache } from "@pothos/core";
import DataLoader from "dataloader";
import type {
  CallRecord,
  CallTarget,
  CallWindow,
  CounterpartFilter,
  CounterpartRecord,
  NestedCalls,
  PersonRecord,
} from "../db/repository/types.js";
import type { Context } from "./context.js";
import { dateRange } from "./dates.js";
import type { GraphQLResolveInfo } from "./graphql-js.js";
import { listLimit } from "./pagination.js";
import { PersonRef } from "./refs.js";
import {
  type ReadAheadInfo,
  type SelectionInfo,
  type Subfield,
  selects,
  selectsOnly,
  subfields,
} from "./selection.js";

/** One `called` or `calledBy` list: whose, which direction, in which window. */
export type CallRequest = CallTarget & CallWindow;

/**
 * Person fields answered from id, nameEn, nameAr, country and role alone (the lists only need
 * the id): when a query asks for no other, lists of persons carry only those properties.
 */
const LIGHT_PERSON_FIELDS: ReadonlySet<string> = new Set([
  "__typename",
  "id",
  "nameEn",
  "nameAr",
  "role",
  "countryCode",
  "country",
  "called",
  "calledBy",
  "met",
  "visits",
  "events",
  "counterparts",
  "agreementsSigned",
]);

/** What a `called` or `calledBy` field asks of the call lists. */
export function callRequest(
  id: string,
  direction: "out" | "in",
  args: { from?: string | null; to?: string | null; first?: number | null },
  info: SelectionInfo,
): CallRequest {
  return {
    id,
    direction,
    range: dateRange(args.from, args.to),
    limit: listLimit(args.first),
    // A call's planned flag is its event's.
    withEvent: selects(info, "event") || selects(info, "planned"),
    light: selectsOnly(info, "person", LIGHT_PERSON_FIELDS),
  };
}

/**
 * A loader of lists whose requests differ in person and in window (page size and the like):
 * each batch reads one statement per window, for all the persons asking in that window.
 */
function windowedLoader<R extends { readonly id: string }, T>(
  windowOf: (r: R) => string,
  keyOf: (r: R) => string,
  read: (group: R[], window: R) => Promise<(readonly T[])[]>,
): DataLoader<R, readonly T[], string> {
  return new DataLoader<R, readonly T[], string>(
    async (requests) => {
      const windows = new Map<string, R[]>();
      for (const r of requests) windows.set(windowOf(r), [...(windows.get(windowOf(r)) ?? []), r]);
      const answers = new Map<string, readonly T[]>();
      await Promise.all(
        [...windows.values()].map(async (group) => {
          const lists = await read(group, group[0] as R);
          group.forEach((r, k) => {
            answers.set(keyOf(r), lists[k] ?? []);
          });
        }),
      );
      return requests.map((r) => answers.get(keyOf(r)) ?? []);
    },
    { cacheKeyFn: keyOf },
  );
}

const callWindow = (r: CallWindow) =>
  `${r.range.from ?? ""} ${r.range.to ?? ""} ${r.limit} ${r.withEvent} ${r.light}`;
const callKey = (r: CallRequest) => `${r.id} ${r.direction} ${callWindow(r)}`;

/**
 * The calls of one request's persons: `called` and `calledBy` of every person of a level go to
 * one statement (one per distinct date range and page size), not one per field.
 */
export const callLoader = createContextCache((ctx: Context) =>
  windowedLoader<CallRequest, CallRecord>(callWindow, callKey, (group, window) =>
    ctx.repo.personCalls(group, window),
  ),
);

/** A `counterparts` list of one person: the `limit` most frequent. */
export interface CounterpartRequest {
  readonly id: string;
  readonly limit: number;
  /** Whether the counterparts need only the properties of LIGHT_PERSON_FIELDS. */
  readonly light: boolean;
  /** Which events count, when not all held ones: counted from the events, not the summaries. */
  readonly filter: CounterpartFilter | null;
}

/** What a `counterparts` field asks of the lists. */
export function counterpartRequest(
  id: string,
  args: {
    first?: number | null;
    from?: string | null;
    to?: string | null;
    type?: string | null;
    includePlanned?: boolean | null;
  },
  info: SelectionInfo,
): CounterpartRequest {
  const filtered = Boolean(args.from || args.to || args.type || args.includePlanned);
  return {
    id,
    limit: listLimit(args.first),
    light: selectsOnly(info, "person", LIGHT_PERSON_FIELDS),
    filter: filtered
      ? {
          ...dateRange(args.from, args.to),
          type: args.type ?? null,
          planned: args.includePlanned ?? false,
        }
      : null,
  };
}

const counterpartWindow = (r: CounterpartRequest) =>
  `${r.limit} ${r.light} ${r.filter ? JSON.stringify(r.filter) : ""}`;
const counterpartKey = (r: CounterpartRequest) => `${r.id} ${counterpartWindow(r)}`;

/** The counterparts of one request's persons: one statement per level and page size. */
export const counterpartLoader = createContextCache((ctx: Context) =>
  windowedLoader<CounterpartRequest, CounterpartRecord>(
    counterpartWindow,
    counterpartKey,
    (group, { limit, light, filter }) =>
      filter
        ? ctx.repo.personCounterpartsFiltered(
            group.map((r) => r.id),
            limit,
            filter,
          )
        : ctx.repo.personCounterparts(
            group.map((r) => r.id),
            limit,
            light,
          ),
  ),
);

/** The `called` and `calledBy` lists a field asks for, with their requests for person `id`. */
function callLists(id: string, info: ReadAheadInfo): { field: Subfield; request: CallRequest }[] {
  const lists = (name: string, direction: "out" | "in") =>
    subfields(info, name).map((field) => ({
      field,
      request: callRequest(id, direction, field.args, field.info),
    }));
  return [...lists("called", "out"), ...lists("calledBy", "in")];
}

/**
 * The calls `list` (a `called` or `calledBy` field) asks of its persons
 * (`person { called / calledBy }`), when they share one window: the directions and that
 * window. Null when there are none, or several windows.
 */
function nestedCalls(list: Subfield): NestedCalls | null {
  const [person] = subfields(list.info, "person");
  const requests = person ? callLists("", person.info).map((l) => l.request) : [];
  const [first] = requests;
  if (!first || requests.some((r) => callWindow(r) !== callWindow(first))) return null;
  const { range, limit, withEvent, light } = first;
  return {
    directions: [...new Set(requests.map((r) => r.direction))],
    window: { range, limit, withEvent, light },
  };
}

/**
 * A person by id. When the query asks for the person's calls (or else counterparts), the
 * person is read with the first such list in one statement (with the first call list, the
 * calls of its persons too when they are asked in one window) and the loaders are primed with
 * what it read: the fields then find their answers without a statement of their own.
 */
export async function personReadAhead(
  ctx: Context,
  id: string,
  info: GraphQLResolveInfo,
): Promise<PersonRecord | null> {
  const [firstList, ...others] = callLists(id, info);
  if (firstList) {
    const first = firstList.request;
    const group = [first, ...others.map((l) => l.request)].filter(
      (r) => callWindow(r) === callWindow(first),
    );
    const nested = nestedCalls(firstList.field);
    const { person, lists } = await ctx.repo.personAndCalls(id, group, first, nested);
    if (!person) return null;
    PersonRef.getDataloader(ctx).prime(id, person);
    group.forEach((r, k) => {
      callLoader(ctx).prime(r, lists[k] ?? []);
    });
    if (nested)
      for (const call of lists.flat())
        for (const n of call.nested ?? [])
          callLoader(ctx).prime(
            { id: call.person.id, direction: n.direction, ...nested.window },
            n.items,
          );
    return person;
  }
  const [counterparts] = subfields(info, "counterparts");
  const request = counterparts && counterpartRequest(id, counterparts.args, counterparts.info);
  if (request && !request.filter) {
    const { person, list } = await ctx.repo.personAndCounterparts(id, request.limit, request.light);
    if (!person) return null;
    PersonRef.getDataloader(ctx).prime(id, person);
    counterpartLoader(ctx).prime(request, list);
    return person;
  }
  return PersonRef.getDataloader(ctx).load(id);
}
