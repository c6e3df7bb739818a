import type {
  CountryCounterpartRecord,
  CountryRecord,
  EventCountOptions,
  EventCountRecord,
  PersonRecord,
} from "../../db/repository/types.js";
import { builder } from "../builder.js";
import type { Context } from "../context.js";
import { dateRange } from "../dates.js";
import { listComplexity, listLimit } from "../pagination.js";
import { CountryRef, PersonRef } from "../refs.js";
import { countryCode } from "./country.js";
import { CountPeriodEnum, EventTypeEnum } from "./enums.js";
import { personKey } from "./interaction.js";
import { countedEventArgs } from "./list-args.js";

// Counts over time: events per month or year and type, for a person, a country or a pair, and
// the countries a country dealt with most. Planned events count only when asked.

const EventCountRef = builder.objectRef<EventCountRecord>("EventCount").implement({
  description: "How many events of one type fell in one period.",
  fields: (t) => ({
    period: t.field({
      type: "PartialDate",
      description: "YYYY-MM, or YYYY when counted by year or when the events are dated to it only.",
      resolve: (c) => c.period,
    }),
    type: t.field({ type: EventTypeEnum, resolve: (c) => c.type as never }),
    count: t.exposeInt("count"),
  }),
});

const PersonCountRef = builder
  .objectRef<{ person: PersonRecord; count: number }>("PersonCount")
  .implement({
    description: "A person and how many of the events in question they took part in.",
    fields: (t) => ({
      person: t.field({ type: PersonRef, resolve: (c) => c.person }),
      count: t.exposeInt("count"),
    }),
  });

const CountryCounterpartRef = builder
  .objectRef<CountryCounterpartRecord>("CountryCounterpart")
  .implement({
    description: "A country another dealt with, how often and when.",
    fields: (t) => ({
      country: t.field({ type: CountryRef, resolve: (c) => c.country }),
      count: t.exposeInt("count", { description: "Events between the two." }),
      types: t.field({
        type: [EventTypeEnum],
        description: "Kinds of those events, in alphabetical order.",
        resolve: (c) => [...c.types].sort() as never,
      }),
      firstDate: t.field({ type: "PartialDate", nullable: true, resolve: (c) => c.firstDate }),
      lastDate: t.field({ type: "PartialDate", nullable: true, resolve: (c) => c.lastDate }),
      persons: t.field({
        type: [PersonCountRef],
        description: "Its persons who took part in most of those events (five at most).",
        resolve: (c) => [...c.persons],
      }),
    }),
  });

interface CountArgs {
  by?: "MONTH" | "YEAR" | null;
  from?: string | null;
  to?: string | null;
  type?: string | null;
  includePlanned?: boolean | null;
  with?: string | number | null;
}

function countOptions(args: CountArgs, withKey: string | null): EventCountOptions {
  return {
    ...dateRange(args.from, args.to),
    type: args.type ?? null,
    planned: args.includePlanned ?? false,
    month: (args.by ?? "MONTH") === "MONTH",
    with: withKey,
  };
}

const countArgs = (withDescription: string) =>
  builder.args((t) => ({
    by: t.field({ type: CountPeriodEnum, defaultValue: "MONTH" }),
    with: t.id({ description: withDescription }),
  }));

builder.objectFields(PersonRef, (t) => ({
  eventCounts: t.loadableList({
    type: EventCountRef,
    description:
      "How many events this person took part in, per month (or year) and type, oldest first; with `with`, only those shared with that person. Undated events are not counted.",
    byPath: true,
    args: {
      ...countedEventArgs(),
      ...countArgs("Another person (id or name): count only the events both took part in."),
    },
    complexity: 5,
    load: async (ids: string[], ctx: Context, args: CountArgs) => {
      const other = args.with == null ? null : await personKey(ctx, String(args.with), "with");
      return ctx.repo.eventCounts("person", ids, countOptions(args, other));
    },
    resolve: (p: PersonRecord) => p.id,
  }),
}));

builder.objectFields(CountryRef, (t) => ({
  eventCounts: t.loadableList({
    type: EventCountRef,
    description:
      "How many events concerned this country (a person of it took part, or it was held there), per month (or year) and type, oldest first; with `with`, only those between the two countries. Undated events are not counted.",
    byPath: true,
    args: {
      ...countedEventArgs(),
      ...countArgs("Another country (ISO code or name): count only the events between the two."),
    },
    complexity: 5,
    load: async (codes: string[], ctx: Context, args: CountArgs) => {
      const other = args.with == null ? null : countryCode(String(args.with));
      return ctx.repo.eventCounts("country", codes, countOptions(args, other));
    },
    resolve: (c: CountryRecord) => c.code,
  }),
  counterparts: t.loadableList({
    type: CountryCounterpartRef,
    description:
      "The countries this one dealt with most (events with persons of both, or a visit of one to the other), with the persons of each who took part most.",
    byPath: true,
    args: {
      ...countedEventArgs(),
      first: t.arg.int({ description: "At most this many (default 20, max 100)." }),
    },
    complexity: listComplexity(),
    load: (codes: string[], ctx: Context, args: CountArgs & { first?: number | null }) =>
      ctx.repo.countryCounterparts(codes, listLimit(args.first), {
        ...dateRange(args.from, args.to),
        type: args.type ?? null,
        planned: args.includePlanned ?? false,
      }),
    resolve: (c: CountryRecord) => c.code,
  }),
}));
