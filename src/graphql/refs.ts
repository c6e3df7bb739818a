/**
 * References to the schema's object types, declared apart from their fields so that types can
 * refer to each other (Person → Event → Person) without import cycles. The loadable ones batch
 * their loads per request: a level of a query that needs many persons asks for them at once.
 */
import type {
  AgreementRecord,
  ArticleRecord,
  CallRecord,
  CounterpartRecord,
  CountryRecord,
  EventRecord,
  InteractionRecord,
  MeetingRecord,
  MessageRecord,
  ParagraphRecord,
  ParticipantRecord,
  PassageRecord,
  PathRecord,
  PersonRecord,
  SearchHitRecord,
  SourceRecord,
  VisitRecord,
} from "../db/repository/types.js";
import type { LoadSummary } from "../load/load.js";
import { builder } from "./builder.js";
import type { Context } from "./context.js";
import type { Snippet } from "./snippet.js";

// Missing records come back as null: the fields that take them are nullable.
type Loaded<T> = Promise<T[]>;

export const PersonRef = builder.loadableObjectRef("Person", {
  load: (ids: string[], ctx: Context) => ctx.repo.personsById(ids) as Loaded<PersonRecord>,
});

export const CountryRef = builder.loadableObjectRef("Country", {
  load: (codes: string[], ctx: Context) => ctx.repo.countriesByCode(codes) as Loaded<CountryRecord>,
});

export const EventRef = builder.loadableObjectRef("Event", {
  load: (ids: string[], ctx: Context) => ctx.repo.eventsById(ids) as Loaded<EventRecord>,
});

export const AgreementRef = builder.loadableObjectRef("Agreement", {
  load: (ids: string[], ctx: Context) => ctx.repo.agreementsById(ids) as Loaded<AgreementRecord>,
});

export const ArticleRef = builder.loadableObjectRef("Article", {
  load: (ids: string[], ctx: Context) => ctx.repo.articlesById(ids) as Loaded<ArticleRecord>,
});

export const CallRef = builder.objectRef<CallRecord>("Call");
export const MeetingRef = builder.objectRef<MeetingRecord>("Meeting");
export const VisitRef = builder.objectRef<VisitRecord>("Visit");
export const MessageRef = builder.objectRef<MessageRecord>("Message");
export const CounterpartRef = builder.objectRef<CounterpartRecord>("Counterpart");
export const CentralityRef = builder.objectRef<{ degree: number; pageRank: number }>("Centrality");
export const ParticipantRef = builder.objectRef<ParticipantRecord>("Participant");
export const SourceRef = builder.objectRef<SourceRecord>("Source");
export const ParagraphRef = builder.objectRef<ParagraphRecord>("Paragraph");
export const PassageRef = builder.objectRef<PassageRecord & { snippet?: Snippet }>("Passage");
export const InteractionRef = builder.objectRef<InteractionRecord>("Interaction");
export const PathRef = builder.objectRef<PathRecord>("Path");
export const SearchHitRef = builder.objectRef<SearchHitRecord>("SearchHit");
export const IngestResultRef = builder.objectRef<LoadSummary & { file: string }>("IngestResult");

export const PersonConnection = builder.connectionObject({
  type: PersonRef,
  name: "PersonConnection",
  description: "A page of persons.",
});
export const EventConnection = builder.connectionObject({
  type: EventRef,
  name: "EventConnection",
  description: "A page of events, by date.",
});
export const AgreementConnection = builder.connectionObject({
  type: AgreementRef,
  name: "AgreementConnection",
  description: "A page of agreements, by date.",
});
export const ArticleConnection = builder.connectionObject({
  type: ArticleRef,
  name: "ArticleConnection",
  description: "A page of articles, newest first.",
});
export const CountryConnection = builder.connectionObject({
  type: CountryRef,
  name: "CountryConnection",
  description: "A page of countries, by code.",
});

builder.globalConnectionField("totalCount", (t) =>
  t.int({
    nullable: false,
    description: "How many items the whole list has. Counted only when selected.",
    resolve: (connection) => connection.totalCount(),
  }),
);
