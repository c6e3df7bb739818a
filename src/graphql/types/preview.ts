import { extractArticle } from "../../extract/extract.js";
import type {
  Diagnostic,
  ExtractedAgreement,
  ExtractedEvent,
  ExtractedPerson,
  Extraction,
} from "../../extract/types.js";
import { builder } from "../builder.js";
import { PersonRef } from "../refs.js";
import { EventTypeEnum } from "./enums.js";
import { ArticleMetaInput, validateArticle } from "./ingest.js";

// What ingesting an article would add, read without writing: extraction only, no token needed,
// the same limits on the input as ingestArticle.

const PreviewPersonRef = builder.objectRef<ExtractedPerson>("PreviewPerson").implement({
  description: "A person the article names, as ingesting would store them.",
  fields: (t) => ({
    id: t.exposeID("id"),
    nameAr: t.exposeString("nameAr"),
    nameEn: t.exposeString("nameEn"),
    role: t.exposeString("role", { nullable: true }),
    countryCode: t.exposeString("country", { nullable: true }),
    source: t.exposeString("source", {
      description: "dictionary (a known actor) or pattern (found by a title and a name).",
    }),
    inGraph: t.loadable({
      type: PersonRef,
      nullable: true,
      description: "The person as the graph already holds them, or null for a new one.",
      load: (ids: string[], ctx) => PersonRef.getDataloader(ctx).loadMany(ids),
      resolve: (p) => p.id,
    }),
  }),
});

const PreviewEventRef = builder.objectRef<ExtractedEvent>("PreviewEvent").implement({
  description: "An event the article reports, as ingesting would store it.",
  fields: (t) => ({
    type: t.field({ type: EventTypeEnum, resolve: (e) => e.type as never }),
    date: t.field({ type: "PartialDate", nullable: true, resolve: (e) => e.date }),
    dateText: t.exposeString("dateText", { nullable: true, description: "The date as written." }),
    planned: t.exposeBoolean("planned"),
    place: t.exposeString("place", { nullable: true }),
    placeCountry: t.exposeString("placeCountry", { nullable: true }),
    initiator: t.exposeString("initiator", { nullable: true, description: "A person id." }),
    participants: t.exposeStringList("participants", { description: "Person ids." }),
    quote: t.string({ resolve: (e) => e.evidence.text }),
    start: t.int({ resolve: (e) => e.evidence.start }),
    end: t.int({ resolve: (e) => e.evidence.end }),
  }),
});

const PreviewAgreementRef = builder.objectRef<ExtractedAgreement>("PreviewAgreement").implement({
  description: "An agreement the article reports, as ingesting would store it.",
  fields: (t) => ({
    kind: t.exposeString("kind"),
    nameAr: t.exposeString("nameAr"),
    nameEn: t.exposeString("nameEn"),
    date: t.field({ type: "PartialDate", nullable: true, resolve: (a) => a.date }),
    parties: t.exposeStringList("parties", { description: "ISO codes." }),
    signatories: t.exposeStringList("signatories", { description: "Person ids." }),
    quote: t.string({ resolve: (a) => a.evidence.text }),
  }),
});

const DiagnosticRef = builder.objectRef<Diagnostic>("Diagnostic").implement({
  description: "Something the extraction noticed: a date it could not resolve, a doubt, a cut.",
  fields: (t) => ({
    level: t.exposeString("level"),
    code: t.exposeString("code"),
    message: t.exposeString("message"),
  }),
});

const PreviewRef = builder.objectRef<Extraction>("ExtractionPreview").implement({
  description: "What ingesting the article would add to the graph. Nothing was written.",
  fields: (t) => ({
    title: t.exposeString("title", { nullable: true }),
    outlet: t.exposeString("outlet", { nullable: true }),
    publishedAt: t.field({ type: "PartialDate", nullable: true, resolve: (x) => x.publishedAt }),
    persons: t.field({ type: [PreviewPersonRef], resolve: (x) => x.persons }),
    events: t.field({ type: [PreviewEventRef], resolve: (x) => x.events }),
    agreements: t.field({ type: [PreviewAgreementRef], resolve: (x) => x.agreements }),
    diagnostics: t.field({ type: [DiagnosticRef], resolve: (x) => x.diagnostics }),
  }),
});

builder.queryFields((t) => ({
  extract: t.field({
    type: PreviewRef,
    description:
      "Reads an Arabic article and returns the persons, events and agreements ingesting it would add, with the extraction's diagnostics; writes nothing and needs no token. The text is limited as for ingestArticle.",
    args: {
      text: t.arg.string({ required: true, description: "The article, as plain text." }),
      meta: t.arg({ type: ArticleMetaInput }),
    },
    // Extraction runs on the server's one thread: a quarter of the cost budget, so one request
    // can ask for a few previews, not dozens.
    complexity: 5_000,
    resolve: (_root, args) => {
      const input = validateArticle(args.text, args.meta);
      return extractArticle(input.text, { file: input.file, meta: input.meta });
    },
  }),
}));
