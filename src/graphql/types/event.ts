import { createContextCache } from "@pothos/core";
import DataLoader from "dataloader";
import type { EventFilter, ParticipantRecord } from "../../db/repository/types.js";
import { placeName } from "../../extract/lexicon/places.js";
import { builder } from "../builder.js";
import type { Context } from "../context.js";
import { dateRange } from "../dates.js";
import { pageWindow, toConnection } from "../pagination.js";
import {
  AgreementRef,
  ArticleRef,
  CountryRef,
  EventConnection,
  EventRef,
  ParagraphRef,
  ParticipantRef,
  PersonRef,
  SourceRef,
} from "../refs.js";
import { selects, selectsPath } from "../selection.js";
import { countryCode } from "./country.js";
import { DatePrecisionEnum, EventOrderEnum, EventTypeEnum, ParticipantRoleEnum } from "./enums.js";
import { personKey } from "./interaction.js";

/** Lists that belong to one event or agreement are short; they are capped all the same. */
export const MAX_MEMBERS = 100;

/** The participants of the events of one request that were not read with their events. */
const participantLoader = createContextCache(
  (ctx: Context) =>
    new DataLoader<string, readonly ParticipantRecord[]>((ids) =>
      ctx.repo.eventParticipants(ids, MAX_MEMBERS),
    ),
);

EventRef.implement({
  description: "An interaction the articles report: a call, a meeting, a visit, a signing.",
  fields: (t) => ({
    id: t.exposeID("id", { nullable: false }),
    type: t.field({ type: EventTypeEnum, resolve: (e) => e.type }),
    cameo: t.exposeString("cameo", { nullable: true, description: "CAMEO event code." }),
    date: t.field({
      type: "PartialDate",
      nullable: true,
      description: "When it happened, as precisely as reported.",
      resolve: (e) => e.date ?? null,
    }),
    dateStart: t.field({
      type: "PartialDate",
      nullable: true,
      description: "First day the date covers.",
      resolve: (e) => e.dateStart ?? null,
    }),
    dateEnd: t.field({
      type: "PartialDate",
      nullable: true,
      description: "Last day the date covers.",
      resolve: (e) => e.dateEnd ?? null,
    }),
    datePrecision: t.field({
      type: DatePrecisionEnum,
      nullable: true,
      resolve: (e) => e.datePrecision ?? null,
    }),
    planned: t.boolean({
      description: "True for an announced event that had not happened when reported.",
      resolve: (e) => e.planned ?? false,
    }),
    place: t.exposeString("place", { nullable: true, description: "Place, as written." }),
    placeAr: t.string({
      nullable: true,
      description: "The place's usual Arabic name, for a capital or a major city the data lists.",
      resolve: (e) => (e.place ? (placeName(e.place)?.ar ?? null) : null),
    }),
    placeEn: t.string({
      nullable: true,
      description: "The place's English name, for a capital or a major city the data lists.",
      resolve: (e) => (e.place ? (placeName(e.place)?.en ?? null) : null),
    }),
    placeCountry: t.field({
      type: CountryRef,
      nullable: true,
      resolve: (e) => e.placeCountry ?? null,
    }),
    initiator: t.field({
      type: PersonRef,
      nullable: true,
      description: "Who called, hosted or travelled, when the articles say.",
      resolve: (e) => e.initiator ?? null,
    }),
    confidence: t.exposeFloat("confidence", { nullable: true }),
    participants: t.field({
      type: [ParticipantRef],
      description: "Who took part, and as what.",
      complexity: { field: 1, multiplier: 3 },
      // Lists of events that ask for participants read them along (see eventsPage).
      resolve: (e, _args, ctx) => e.participants ?? participantLoader(ctx).load(e.id),
    }),
    agreement: t.loadable({
      type: AgreementRef,
      nullable: true,
      description: "The agreement a signing concerns.",
      load: async (ids: string[], ctx) => ctx.repo.eventAgreement(ids),
      resolve: (e) => e.id,
    }),
    sources: t.loadableList({
      type: SourceRef,
      description: "The articles that reported it, with the sentence quoted.",
      complexity: { field: 1, multiplier: 3 },
      load: async (ids: string[], ctx) => ctx.repo.eventSources(ids, MAX_MEMBERS),
      resolve: (e) => e.id,
    }),
  }),
});

ParticipantRef.implement({
  fields: (t) => ({
    person: t.field({ type: PersonRef, resolve: (p) => p.person }),
    role: t.field({
      type: ParticipantRoleEnum,
      resolve: (p) => p.role as (typeof ParticipantRoleEnum)["$inferType"],
    }),
    office: t.string({
      nullable: true,
      description:
        "The office the person held on the event's date (the actor dictionary's tenures, or the title the article gave), where Person.role is today's.",
      resolve: (p) => p.office ?? null,
    }),
  }),
});

SourceRef.implement({
  description: "Where a fact was reported: the article and the sentence, by character offsets.",
  fields: (t) => ({
    article: t.field({ type: ArticleRef, resolve: (s) => s.article }),
    quote: t.exposeString("quote", { nullable: true }),
    start: t.exposeInt("start", { nullable: true, description: "Offset of the quote's start." }),
    end: t.exposeInt("end", { nullable: true, description: "Offset just past the quote." }),
    confidence: t.exposeFloat("confidence", { nullable: true }),
    context: t.loadable({
      type: ParagraphRef,
      nullable: true,
      description:
        "The paragraph the quote lies in, with its offsets in the article's text: the quote's own offsets can be checked against it.",
      load: (keys: string[], ctx) =>
        ctx.repo.paragraphsAt(
          keys.map((k) => {
            const cut = k.lastIndexOf(":");
            return { article: k.slice(0, cut), start: Number(k.slice(cut + 1)) };
          }),
        ),
      resolve: (s) => (s.start === null ? null : `${s.article.id}:${s.start}`),
    }),
  }),
});

const EventFilterInput = builder.inputType("EventFilter", {
  fields: (t) => ({
    type: t.field({ type: EventTypeEnum }),
    participant: t.id({ description: "A person who took part: id or name." }),
    country: t.string({
      description: "ISO code or name: events a person of this country took part in, or held in it.",
    }),
    from: t.field({ type: "PartialDate", description: "Events that end on or after this." }),
    to: t.field({ type: "PartialDate", description: "Events that start on or before this." }),
    planned: t.boolean({ description: "Only planned (true) or only held (false) events." }),
  }),
});

builder.queryFields((t) => ({
  event: t.field({
    type: EventRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args) => String(args.id),
  }),
  events: t.field({
    type: EventConnection,
    description:
      "Events by date, oldest first unless orderBy says DATE_DESC; date bounds select events whose span overlaps them.",
    args: {
      filter: t.arg({ type: EventFilterInput }),
      orderBy: t.arg({ type: EventOrderEnum, defaultValue: "DATE_ASC" }),
      first: t.arg.int({ description: "Page size (default 20, max 100)." }),
      after: t.arg.string(),
    },
    complexity: (args) => ({ field: 1, multiplier: Math.min(args.first ?? 20, 100) }),
    resolve: async (_root, args, ctx, info) => {
      const f = args.filter ?? {};
      const filter: EventFilter = {
        ...dateRange(f.from, f.to),
        type: f.type ?? null,
        participant:
          f.participant == null ? null : await personKey(ctx, String(f.participant), "participant"),
        country: f.country == null ? null : countryCode(f.country),
        planned: f.planned ?? null,
      };
      const window = pageWindow(args);
      // The page, with participants when asked, and the count when asked, read side by side.
      const members = selectsPath(info, ["edges", "node", "participants"]) ? MAX_MEMBERS : null;
      const [events, total] = await Promise.all([
        ctx.repo.eventsPage(filter, window, members, args.orderBy === "DATE_DESC"),
        selects(info, "totalCount") ? ctx.repo.eventsCount(filter) : undefined,
      ]);
      return toConnection(events, window, () => total ?? ctx.repo.eventsCount(filter));
    },
  }),
}));
