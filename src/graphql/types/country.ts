import { countryByName } from "../../extract/lexicon/countries.js";
import { builder } from "../builder.js";
import { dateRange } from "../dates.js";
import { badInput, clip } from "../errors.js";
import {
  listComplexity,
  listLimit,
  PAIR_ROW_COST,
  pageWindow,
  toConnection,
} from "../pagination.js";
import {
  AgreementRef,
  CountryConnection,
  CountryRef,
  EventConnection,
  InteractionRef,
  PersonRef,
} from "../refs.js";
import { datedListArgs, eventPageArgs } from "./list-args.js";

/** An ISO 3166-1 alpha-2 code from user input, upper-cased. */
export function countryCode(input: string): string {
  const named = countryByName(input);
  if (named) return named;
  const code = input.trim().toUpperCase();
  if (/^[A-Z]{2}$/.test(code)) return code;
  throw badInput(
    `"${clip(input)}" is neither a two-letter ISO country code (MA, RU) nor a country's name`,
  );
}

export const RELATIONS_SIZE = { default: 50, max: 200 };

CountryRef.implement({
  description: "A country: represented by persons, visited, party to agreements.",
  fields: (t) => ({
    code: t.exposeID("code", { nullable: false, description: "ISO 3166-1 alpha-2 code." }),
    nameEn: t.exposeString("nameEn", { nullable: true }),
    nameAr: t.exposeString("nameAr", { nullable: true }),
    people: t.loadableList({
      type: PersonRef,
      description: "Persons who represent this country, by English name.",
      byPath: true,
      args: { first: t.arg.int({ description: "At most this many (default 20, max 100)." }) },
      complexity: listComplexity(),
      load: async (codes: string[], ctx, args) =>
        ctx.repo.countryPeople(codes, listLimit(args.first)),
      resolve: (c) => c.code,
    }),
    events: t.loadable({
      type: EventConnection,
      description:
        "Events one of its persons took part in or that were held in it, by date (overlapping from–to), oldest first unless orderBy says DATE_DESC.",
      byPath: true,
      args: eventPageArgs(),
      complexity: listComplexity(),
      load: async (codes: string[], ctx, args) => {
        const window = pageWindow(args);
        const pages = await ctx.repo.countryEvents(
          codes,
          {
            ...dateRange(args.from, args.to),
            type: args.type ?? null,
            desc: args.orderBy === "DATE_DESC",
          },
          window,
        );
        return pages.map((p) => toConnection(p.items, window, () => p.total));
      },
      resolve: (c) => c.code,
    }),
    agreements: t.loadableList({
      type: AgreementRef,
      description: "Agreements this country is a party to, by date.",
      byPath: true,
      args: { first: t.arg.int({ description: "At most this many (default 20, max 100)." }) },
      complexity: listComplexity(),
      load: async (codes: string[], ctx, args) =>
        ctx.repo.countryAgreements(codes, listLimit(args.first)),
      resolve: (c) => c.code,
    }),
    relations: t.loadableList({
      type: InteractionRef,
      description:
        "Every event and agreement between this country and another, by date: events where persons of both took part (or a person of one visited the other), agreements both are party to.",
      byPath: true,
      args: {
        with: t.arg.string({
          required: true,
          description: "ISO code or name of the other country.",
        }),
        ...datedListArgs(RELATIONS_SIZE),
      },
      complexity: listComplexity(RELATIONS_SIZE, PAIR_ROW_COST),
      load: async (codes: string[], ctx, args) => {
        const other = countryCode(args.with);
        return ctx.repo.interactions(
          codes.map((code) => ({ key: code, a: code, b: other })),
          dateRange(args.from, args.to),
          listLimit(args.first, RELATIONS_SIZE),
        );
      },
      resolve: (c) => c.code,
    }),
  }),
});

builder.queryFields((t) => ({
  country: t.field({
    type: CountryRef,
    nullable: true,
    description: "A country by ISO 3166-1 alpha-2 code (MA, RU…) or name (المغرب، Morocco).",
    args: { code: t.arg.string({ required: true }) },
    resolve: (_root, args) => countryCode(args.code),
  }),
  countries: t.field({
    type: CountryConnection,
    description: "Countries by code.",
    args: {
      involved: t.arg.boolean({
        defaultValue: true,
        description:
          "Only countries with persons, events or agreements (not those merely mentioned).",
      }),
      first: t.arg.int({ description: "Page size (default 20, max 100)." }),
      after: t.arg.string(),
    },
    complexity: listComplexity(),
    resolve: async (_root, args, ctx) => {
      const window = pageWindow(args);
      const involved = args.involved ?? true;
      const countries = await ctx.repo.countriesPage(involved, window);
      return toConnection(countries, window, () => ctx.repo.countriesCount(involved));
    },
  }),
}));
