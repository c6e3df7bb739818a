/**
 * The per-request loaders of a person's call and counterpart lists, and the read-ahead that lets
 * a query about one person by id fetch the person and a first list in one statement.
 */
import { createContextCache } from "@pothos/core";
import DataLoader from "dataloader";
import type {
  CallRecord,
  CallWindow,
  CounterpartRecord,
  DateRange,
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
  selects,
  selectsOnly,
  subfields,
} from "./selection.js";

export interface CallRequest {
  readonly id: string;
  readonly direction: "out" | "in";
  readonly range: DateRange;
  readonly limit: number;
  /** Whether the calls' events are asked for: only then are they read. */
  readonly withEvent: boolean;
  /** Whether the counterparts need only the properties of LIGHT_PERSON_FIELDS. */
  readonly light: boolean;
}

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
    withEvent: selects(info, "event"),
    light: selectsOnly(info, "person", LIGHT_PERSON_FIELDS),
  };
}

const callWindow = (r: CallRequest) =>
  `${r.range.from ?? ""} ${r.range.to ?? ""} ${r.limit} ${r.withEvent} ${r.light}`;
const callKey = (r: CallRequest) => `${r.id} ${r.direction} ${callWindow(r)}`;

/**
 * The calls of one request's persons: `called` and `calledBy` of every person of a level go to
 * one statement (one per distinct date range and page size), not one per field.
 */
export const callLoader = createContextCache(
  (ctx: Context) =>
    new DataLoader<CallRequest, readonly CallRecord[], string>(
      async (requests) => {
        const windows = new Map<string, CallRequest[]>();
        for (const r of requests)
          windows.set(callWindow(r), [...(windows.get(callWindow(r)) ?? []), r]);
        const answers = new Map<string, readonly CallRecord[]>();
        await Promise.all(
          [...windows.values()].map(async (group) => {
            const { range, limit, withEvent, light } = group[0] as CallRequest;
            const lists = await ctx.repo.personCalls(group, range, limit, { withEvent, light });
            group.forEach((r, k) => {
              answers.set(callKey(r), lists[k] ?? []);
            });
          }),
        );
        return requests.map((r) => answers.get(callKey(r)) ?? []);
      },
      { cacheKeyFn: callKey },
    ),
);

/** A `counterparts` list of one person: the `limit` most frequent. */
export interface CounterpartRequest {
  readonly id: string;
  readonly limit: number;
  /** Whether the counterparts need only the properties of LIGHT_PERSON_FIELDS. */
  readonly light: boolean;
}

/** What a `counterparts` field asks of the lists. */
export function counterpartRequest(
  id: string,
  args: { first?: number | null },
  info: SelectionInfo,
): CounterpartRequest {
  return {
    id,
    limit: listLimit(args.first),
    light: selectsOnly(info, "person", LIGHT_PERSON_FIELDS),
  };
}

const counterpartWindow = (r: CounterpartRequest) => `${r.limit} ${r.light}`;
const counterpartKey = (r: CounterpartRequest) => `${r.id} ${counterpartWindow(r)}`;

/** The counterparts of one request's persons: one statement per level and page size. */
export const counterpartLoader = createContextCache(
  (ctx: Context) =>
    new DataLoader<CounterpartRequest, readonly CounterpartRecord[], string>(
      async (requests) => {
        const answers = new Map<string, readonly CounterpartRecord[]>();
        const windows = new Map<string, CounterpartRequest[]>();
        for (const r of requests)
          windows.set(counterpartWindow(r), [...(windows.get(counterpartWindow(r)) ?? []), r]);
        await Promise.all(
          [...windows.values()].map(async (group) => {
            const { limit, light } = group[0] as CounterpartRequest;
            const ids = group.map((r) => r.id);
            const lists = await ctx.repo.personCounterparts(ids, limit, light);
            group.forEach((r, k) => {
              answers.set(counterpartKey(r), lists[k] ?? []);
            });
          }),
        );
        return requests.map((r) => answers.get(counterpartKey(r)) ?? []);
      },
      { cacheKeyFn: counterpartKey },
    ),
);

/**
 * The calls the query asks of the persons met in a person's first call list (the first
 * `called` or `calledBy` field's `person { called / calledBy }`), when they share one window:
 * the directions and that window. Null when there are none, or several windows.
 */
function nestedCalls(
  info: ReadAheadInfo,
): { directions: ("out" | "in")[]; window: CallWindow } | null {
  const [list] = [...subfields(info, "called"), ...subfields(info, "calledBy")];
  const [person] = list ? subfields(list.info, "person") : [];
  if (!person) return null;
  const requests = [
    ...subfields(person.info, "called").map((f) => callRequest("", "out", f.args, f.info)),
    ...subfields(person.info, "calledBy").map((f) => callRequest("", "in", f.args, f.info)),
  ];
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
 * person is read with the first such list in one statement and the loaders are primed with what
 * it read: the fields then find their answers without a statement of their own.
 */
export async function personReadAhead(
  ctx: Context,
  id: string,
  info: GraphQLResolveInfo,
): Promise<PersonRecord | null> {
  const calls = [
    ...subfields(info, "called").map((f) => callRequest(id, "out", f.args, f.info)),
    ...subfields(info, "calledBy").map((f) => callRequest(id, "in", f.args, f.info)),
  ];
  const [first] = calls;
  if (first) {
    const group = calls.filter((r) => callWindow(r) === callWindow(first));
    const nested = nestedCalls(info);
    const { person, lists } = await ctx.repo.personAndCalls(
      id,
      group,
      first.range,
      first.limit,
      { withEvent: first.withEvent, light: first.light },
      nested,
    );
    if (!person) return null;
    PersonRef.getDataloader(ctx).prime(id, person);
    group.forEach((r, k) => {
      callLoader(ctx).prime(r, lists[k] ?? []);
      for (const call of lists[k] ?? [])
        for (const n of call.nested ?? [])
          if (nested)
            callLoader(ctx).prime(
              { id: call.person.id, direction: n.direction, ...nested.window },
              n.items,
            );
    });
    return person;
  }
  const [counterparts] = subfields(info, "counterparts");
  if (counterparts) {
    const request = counterpartRequest(id, counterparts.args, counterparts.info);
    const { person, list } = await ctx.repo.personAndCounterparts(id, request.limit, request.light);
    if (!person) return null;
    PersonRef.getDataloader(ctx).prime(id, person);
    counterpartLoader(ctx).prime(request, list);
    return person;
  }
  return PersonRef.getDataloader(ctx).load(id);
}
