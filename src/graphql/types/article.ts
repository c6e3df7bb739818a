import { builder } from "../builder.js";
import { listComplexity, listLimit, pageWindow, toConnection } from "../pagination.js";
import { AgreementRef, ArticleConnection, ArticleRef, EventRef, ParagraphRef } from "../refs.js";

ArticleRef.implement({
  description: "A news article the facts were extracted from.",
  fields: (t) => ({
    id: t.exposeID("id", { nullable: false, description: "The file name." }),
    file: t.string({ resolve: (a) => a.file ?? a.id }),
    title: t.exposeString("title", { nullable: true }),
    url: t.exposeString("url", { nullable: true }),
    outlet: t.exposeString("outlet", { nullable: true }),
    publishedAt: t.field({
      type: "PartialDate",
      nullable: true,
      resolve: (a) => a.publishedAt ?? null,
    }),
    sha256: t.exposeString("sha256", {
      nullable: true,
      description: "Fingerprint of the text as loaded.",
    }),
    text: t.loadable({
      type: "String",
      nullable: true,
      description:
        "The text as loaded: the offsets of every quote (Source.start, Source.end) point into it.",
      // Up to 4 MB each: priced like a list, so that a query cannot ask for hundreds.
      complexity: 50,
      load: (ids: string[], ctx) => ctx.repo.articleTexts(ids),
      resolve: (a) => a.id,
    }),
    events: t.loadableList({
      type: EventRef,
      description: "The events it reports, by date.",
      byPath: true,
      args: { first: t.arg.int({ description: "At most this many (default 20, max 100)." }) },
      complexity: listComplexity(),
      load: async (ids: string[], ctx, args) => ctx.repo.articleEvents(ids, listLimit(args.first)),
      resolve: (a) => a.id,
    }),
    agreements: t.loadableList({
      type: AgreementRef,
      description: "The agreements it reports, by date.",
      byPath: true,
      args: { first: t.arg.int({ description: "At most this many (default 20, max 100)." }) },
      complexity: listComplexity(),
      load: async (ids: string[], ctx, args) =>
        ctx.repo.articleAgreements(ids, listLimit(args.first)),
      resolve: (a) => a.id,
    }),
  }),
});

ParagraphRef.implement({
  description: "A paragraph of an article's text, with its offsets in that text.",
  fields: (t) => ({
    start: t.exposeInt("start"),
    end: t.exposeInt("end", { description: "Offset just past the paragraph." }),
    text: t.exposeString("text"),
  }),
});

builder.queryFields((t) => ({
  article: t.field({
    type: ArticleRef,
    nullable: true,
    description: "An article by id (its file name).",
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args) => String(args.id),
  }),
  articles: t.field({
    type: ArticleConnection,
    description: "Articles, newest first.",
    args: {
      first: t.arg.int({ description: "Page size (default 20, max 100)." }),
      after: t.arg.string(),
    },
    complexity: listComplexity(),
    resolve: async (_root, args, ctx) => {
      const window = pageWindow(args);
      const articles = await ctx.repo.articlesPage(window);
      return toConnection(articles, window, () => ctx.repo.articlesCount());
    },
  }),
}));
