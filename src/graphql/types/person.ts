import { builder } from "../builder.js";
import { dateRange } from "../dates.js";
import { badInput } from "../errors.js";
import { luceneQuery } from "../lucene.js";
import { personByName } from "../name-resolution.js";
import { listComplexity, listLimit, pageWindow, toConnection } from "../pagination.js";
import {
  callLoader,
  callRequest,
  counterpartLoader,
  counterpartRequest,
  personReadAhead,
} from "../person-lists.js";
import {
  AgreementRef,
  CallRef,
  CentralityRef,
  CounterpartRef,
  CountryRef,
  EventConnection,
  EventRef,
  MeetingRef,
  MessageRef,
  PersonConnection,
  PersonRef,
  VisitRef,
} from "../refs.js";
import { countryCode } from "./country.js";
import { EventTypeEnum, MessageDirectionEnum, PersonOrderEnum } from "./enums.js";
import { countedEventArgs, datedListArgs, eventPageArgs } from "./list-args.js";

CentralityRef.implement({
  description:
    "A person's place in the network of persons who shared events, from the last analysis.",
  fields: (t) => ({
    degree: t.exposeInt("degree", { description: "How many persons this one dealt with." }),
    pageRank: t.exposeFloat("pageRank", {
      description: "PageRank, weighted by shared events; sums to 1 over all persons.",
    }),
  }),
});

PersonRef.implement({
  description: "A person the articles name: a head of state, minister, envoy…",
  fields: (t) => ({
    id: t.exposeID("id", { nullable: false }),
    nameEn: t.exposeString("nameEn", {
      nullable: true,
      description: "English name: curated, or romanized from the Arabic (see nameEnSource).",
    }),
    nameAr: t.exposeString("nameAr", { nullable: true }),
    nameEnSource: t.exposeString("nameEnSource", {
      nullable: true,
      description: "dictionary when the English name is curated, romanized when derived.",
    }),
    aliases: t.stringList({
      description: "Every Arabic spelling the articles used for this person.",
      resolve: (p) => [...(p.aliases ?? [])],
    }),
    role: t.exposeString("role", { nullable: true }),
    countryCode: t.exposeString("country", {
      nullable: true,
      description: "ISO 3166-1 alpha-2 code of the country the person represents.",
    }),
    country: t.field({
      type: CountryRef,
      nullable: true,
      resolve: (p) => p.country ?? null,
    }),
    qid: t.exposeString("qid", { nullable: true, description: "Wikidata id, when known." }),
    centrality: t.field({
      type: CentralityRef,
      nullable: true,
      description: "Place in the network of persons, from the last analysis (null before one).",
      resolve: (p) =>
        p.pagerank == null ? null : { degree: Number(p.degree ?? 0), pageRank: Number(p.pagerank) },
    }),
    community: t.int({
      nullable: true,
      description:
        "Louvain community of the network of persons, from the last analysis: persons with the same number deal mostly with each other.",
      resolve: (p) => (p.community == null ? null : Number(p.community)),
    }),
    called: t.field({
      type: [CallRef],
      description:
        "Calls this person made, by date. Calls whose caller is unknown are listed here and in calledBy, with directed: false.",
      args: datedListArgs(),
      complexity: listComplexity(),
      resolve: (p, args, ctx, info) =>
        callLoader(ctx)
          .load(callRequest(p.id, "out", args, info))
          .then((calls) => [...calls]),
    }),
    calledBy: t.field({
      type: [CallRef],
      description: "Calls this person received, by date.",
      args: datedListArgs(),
      complexity: listComplexity(),
      resolve: (p, args, ctx, info) =>
        callLoader(ctx)
          .load(callRequest(p.id, "in", args, info))
          .then((calls) => [...calls]),
    }),
    met: t.loadableList({
      type: MeetingRef,
      description: "Meetings with other persons, by date.",
      byPath: true,
      args: datedListArgs(),
      complexity: listComplexity(),
      load: async (ids: string[], ctx, args) =>
        ctx.repo.personMeetings(ids, dateRange(args.from, args.to), listLimit(args.first)),
      resolve: (p) => p.id,
    }),
    messages: t.loadableList({
      type: MessageRef,
      description: "Written messages, letters and cables this person sent or received, by date.",
      byPath: true,
      args: datedListArgs(),
      complexity: listComplexity(),
      load: async (ids: string[], ctx, args) =>
        ctx.repo.personMessages(ids, dateRange(args.from, args.to), listLimit(args.first)),
      resolve: (p) => p.id,
    }),
    visits: t.loadableList({
      type: VisitRef,
      description: "Visits to other countries, by date.",
      byPath: true,
      args: datedListArgs(),
      complexity: listComplexity(),
      load: async (ids: string[], ctx, args) =>
        ctx.repo.personVisits(ids, dateRange(args.from, args.to), listLimit(args.first)),
      resolve: (p) => p.id,
    }),
    events: t.loadable({
      type: EventConnection,
      description:
        "Events this person took part in, by date (overlapping from–to), oldest first unless orderBy says DATE_DESC.",
      byPath: true,
      args: eventPageArgs(),
      complexity: listComplexity(),
      load: async (ids: string[], ctx, args) => {
        const window = pageWindow(args);
        const pages = await ctx.repo.personEvents(
          ids,
          {
            ...dateRange(args.from, args.to),
            type: args.type ?? null,
            desc: args.orderBy === "DATE_DESC",
          },
          window,
        );
        return pages.map((p) => toConnection(p.items, window, () => p.total));
      },
      resolve: (p) => p.id,
    }),
    counterparts: t.field({
      type: [CounterpartRef],
      description:
        "The persons this one dealt with (shared a held event with), most frequent first, with how often and when; the filters count only the events of a type, overlapping from–to, or planned ones as well.",
      args: {
        first: t.arg.int({ description: "At most this many (default 20, max 100)." }),
        ...countedEventArgs(),
      },
      complexity: listComplexity(),
      resolve: (p, args, ctx, info) =>
        counterpartLoader(ctx)
          .load(counterpartRequest(p.id, args, info))
          .then((list) => [...list]),
    }),
    agreementsSigned: t.loadableList({
      type: AgreementRef,
      description: "Agreements this person signed, by date.",
      byPath: true,
      args: { first: t.arg.int({ description: "At most this many (default 20, max 100)." }) },
      complexity: listComplexity(),
      load: async (ids: string[], ctx, args) =>
        ctx.repo.personAgreements(ids, listLimit(args.first)),
      resolve: (p) => p.id,
    }),
  }),
});

CallRef.implement({
  description: "A call, seen from one of its two parties.",
  fields: (t) => ({
    date: t.field({ type: "PartialDate", nullable: true, resolve: (c) => c.date }),
    person: t.field({
      type: PersonRef,
      description: "The other party.",
      resolve: (c) => c.person,
    }),
    event: t.field({ type: EventRef, nullable: true, resolve: (c) => c.event }),
    directed: t.exposeBoolean("directed", {
      description: "False when the articles do not say who called whom.",
    }),
    planned: t.boolean({
      description: "True when the event was announced, not yet held, when reported.",
      resolve: (x) => x.event?.planned ?? false,
    }),
  }),
});

MeetingRef.implement({
  description: "A meeting, seen from one of its participants.",
  fields: (t) => ({
    date: t.field({ type: "PartialDate", nullable: true, resolve: (m) => m.date }),
    person: t.field({
      type: PersonRef,
      description: "The other participant.",
      resolve: (m) => m.person,
    }),
    event: t.field({ type: EventRef, nullable: true, resolve: (m) => m.event }),
    planned: t.boolean({
      description: "True when the event was announced, not yet held, when reported.",
      resolve: (x) => x.event?.planned ?? false,
    }),
  }),
});

MessageRef.implement({
  description: "A written message, seen from its sender or its addressee.",
  fields: (t) => ({
    date: t.field({ type: "PartialDate", nullable: true, resolve: (m) => m.date }),
    direction: t.field({
      type: MessageDirectionEnum,
      description: "SENT when this person wrote it, RECEIVED when the other one did.",
      resolve: (m) => m.direction,
    }),
    person: t.field({
      type: PersonRef,
      description: "The other party: the addressee or the sender.",
      resolve: (m) => m.person,
    }),
    event: t.field({ type: EventRef, nullable: true, resolve: (m) => m.event }),
    planned: t.boolean({
      description: "True when the event was announced, not yet held, when reported.",
      resolve: (x) => x.event?.planned ?? false,
    }),
  }),
});

VisitRef.implement({
  description: "A visit of a person to a country.",
  fields: (t) => ({
    date: t.field({ type: "PartialDate", nullable: true, resolve: (v) => v.date }),
    country: t.field({ type: CountryRef, resolve: (v) => v.country }),
    event: t.field({ type: EventRef, nullable: true, resolve: (v) => v.event }),
    planned: t.boolean({
      description: "True when the event was announced, not yet held, when reported.",
      resolve: (x) => x.event?.planned ?? false,
    }),
  }),
});

CounterpartRef.implement({
  description: "Someone a person dealt with, and how often.",
  fields: (t) => ({
    person: t.field({ type: PersonRef, resolve: (c) => c.person }),
    count: t.exposeInt("count", { description: "Events they both took part in." }),
    types: t.field({
      type: [EventTypeEnum],
      description: "Kinds of those events, in alphabetical order.",
      resolve: (c) => [...c.types].sort(),
    }),
    firstDate: t.field({ type: "PartialDate", nullable: true, resolve: (c) => c.firstDate }),
    lastDate: t.field({ type: "PartialDate", nullable: true, resolve: (c) => c.lastDate }),
  }),
});

builder.queryFields((t) => ({
  person: t.field({
    type: PersonRef,
    nullable: true,
    description:
      "A person by id, or by name in Arabic (any spelling, with or without tashkeel) or English.",
    args: {
      id: t.arg.id(),
      name: t.arg.string(),
    },
    resolve: async (_root, args, ctx, info) => {
      if ((args.id == null) === (args.name == null)) throw badInput('give either "id" or "name"');
      if (args.id != null) return personReadAhead(ctx, String(args.id), info);
      return personByName(ctx.repo, args.name ?? "");
    },
  }),
  people: t.field({
    type: PersonConnection,
    description:
      "Persons, by English name; with search, by relevance of their Arabic and English names.",
    args: {
      search: t.arg.string({ description: "Words of a name, Arabic or English." }),
      country: t.arg.string({ description: "ISO code of the country they represent." }),
      first: t.arg.int({ description: "Page size (default 20, max 100)." }),
      after: t.arg.string(),
      orderBy: t.arg({
        type: PersonOrderEnum,
        description: "Without search only: by name (default) or most central first.",
      }),
    },
    complexity: listComplexity(),
    resolve: async (_root, args, ctx) => {
      const window = pageWindow(args);
      const country = args.country == null ? null : countryCode(args.country);
      if (args.search != null && args.orderBy != null)
        throw badInput("search results come by relevance: give either search or orderBy");
      if (args.search != null) {
        const query = luceneQuery(args.search);
        const hits = await ctx.repo.personsFulltext(query, country, window);
        return toConnection(
          hits.map((h) => h.person),
          window,
          () => ctx.repo.personsFulltextCount(query, country),
        );
      }
      const persons = await ctx.repo.personsPage(country, window, args.orderBy ?? "name");
      return toConnection(persons, window, () => ctx.repo.personsCount(country));
    },
  }),
}));
