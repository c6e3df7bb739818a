import type { AgreementFilter } from "../../db/repository/types.js";
import { builder } from "../builder.js";
import { dateRange } from "../dates.js";
import { listComplexity, listLimit, pageWindow, toConnection } from "../pagination.js";
import {
  AgreementConnection,
  AgreementRef,
  CountryRef,
  EventRef,
  PersonRef,
  SourceRef,
} from "../refs.js";
import { countryCode } from "./country.js";
import { DatePrecisionEnum } from "./enums.js";
import { MAX_MEMBERS } from "./event.js";

AgreementRef.implement({
  description: "An agreement, memorandum or declaration between countries.",
  fields: (t) => ({
    id: t.exposeID("id", { nullable: false }),
    kind: t.exposeString("kind", {
      nullable: true,
      description: "mou, partnership, agreement, declaration…",
    }),
    nameEn: t.exposeString("nameEn", { nullable: true }),
    nameAr: t.exposeString("nameAr", { nullable: true }),
    date: t.field({
      type: "PartialDate",
      nullable: true,
      description: "When it was signed, as precisely as reported.",
      resolve: (g) => g.date ?? null,
    }),
    dateStart: t.field({
      type: "PartialDate",
      nullable: true,
      resolve: (g) => g.dateStart ?? null,
    }),
    dateEnd: t.field({ type: "PartialDate", nullable: true, resolve: (g) => g.dateEnd ?? null }),
    datePrecision: t.field({
      type: DatePrecisionEnum,
      nullable: true,
      resolve: (g) => g.datePrecision ?? null,
    }),
    parties: t.loadableList({
      type: CountryRef,
      description: "The countries it binds.",
      complexity: { field: 1, multiplier: 2 },
      load: async (ids: string[], ctx) => ctx.repo.agreementParties(ids, MAX_MEMBERS),
      resolve: (g) => g.id,
    }),
    signatories: t.loadableList({
      type: PersonRef,
      description: "Who signed it.",
      complexity: { field: 1, multiplier: 2 },
      load: async (ids: string[], ctx) => ctx.repo.agreementSignatories(ids, MAX_MEMBERS),
      resolve: (g) => g.id,
    }),
    events: t.loadableList({
      type: EventRef,
      description: "The events (signings) that concern it, by date.",
      byPath: true,
      args: { first: t.arg.int({ description: "At most this many (default 20, max 100)." }) },
      complexity: listComplexity(),
      load: async (ids: string[], ctx, args) =>
        ctx.repo.agreementEvents(ids, listLimit(args.first)),
      resolve: (g) => g.id,
    }),
    sources: t.loadableList({
      type: SourceRef,
      description: "The articles that reported it, with the sentence quoted.",
      complexity: { field: 1, multiplier: 3 },
      load: async (ids: string[], ctx) => ctx.repo.agreementSources(ids, MAX_MEMBERS),
      resolve: (g) => g.id,
    }),
  }),
});

const AgreementFilterInput = builder.inputType("AgreementFilter", {
  fields: (t) => ({
    party: t.string({ description: "ISO code or name of a country party to the agreement." }),
    from: t.field({ type: "PartialDate", description: "Dated on or after this." }),
    to: t.field({ type: "PartialDate", description: "Dated on or before this." }),
  }),
});

builder.queryFields((t) => ({
  agreement: t.field({
    type: AgreementRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args) => String(args.id),
  }),
  agreements: t.field({
    type: AgreementConnection,
    description: "Agreements by date; date bounds select those whose date overlaps them.",
    args: {
      filter: t.arg({ type: AgreementFilterInput }),
      first: t.arg.int({ description: "Page size (default 20, max 100)." }),
      after: t.arg.string(),
    },
    complexity: listComplexity(),
    resolve: async (_root, args, ctx) => {
      const f = args.filter ?? {};
      const filter: AgreementFilter = {
        ...dateRange(f.from, f.to),
        party: f.party == null ? null : countryCode(f.party),
      };
      const window = pageWindow(args);
      const agreements = await ctx.repo.agreementsPage(filter, window);
      return toConnection(agreements, window, () => ctx.repo.agreementsCount(filter));
    },
  }),
}));
