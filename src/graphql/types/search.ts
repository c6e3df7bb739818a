import type { TaggedNode } from "../../db/repository/types.js";
import { builder } from "../builder.js";
import { luceneQuery } from "../lucene.js";
import { listComplexity, listLimit } from "../pagination.js";
import { AgreementRef, ArticleRef, PersonRef, SearchHitRef } from "../refs.js";

export const SEARCH_SIZE = { default: 10, max: 50 };

const SearchResult = builder.unionType("SearchResult", {
  types: [PersonRef, AgreementRef, ArticleRef],
  resolveType: (node) => (node as TaggedNode).__typename,
});

SearchHitRef.implement({
  fields: (t) => ({
    score: t.exposeFloat("score", { description: "Relevance: higher is better." }),
    node: t.field({ type: SearchResult, resolve: (h) => h.node as never }),
  }),
});

builder.queryFields((t) => ({
  search: t.field({
    type: [SearchHitRef],
    description:
      "Full-text search over persons (names and aliases), agreements (names) and articles (titles), in Arabic or English; best match first. Every word is taken literally.",
    args: {
      text: t.arg.string({ required: true }),
      first: t.arg.int({ description: "At most this many (default 10, max 50)." }),
    },
    complexity: listComplexity(SEARCH_SIZE),
    resolve: (_root, args, ctx) =>
      ctx.repo.search(luceneQuery(args.text), listLimit(args.first, SEARCH_SIZE)),
  }),
}));
