import type { TaggedNode } from "../../db/repository/types.js";
import { builder } from "../builder.js";
import { luceneQuery, luceneTerms } from "../lucene.js";
import { listComplexity, listLimit } from "../pagination.js";
import { AgreementRef, ArticleRef, PassageRef, PersonRef, SearchHitRef } from "../refs.js";
import { snippet } from "../snippet.js";

export const SEARCH_SIZE = { default: 10, max: 50 };

const HighlightRef = builder.objectRef<{ start: number; end: number }>("Highlight");
HighlightRef.implement({
  description: "Where a searched word is in a snippet: [start, end) offsets.",
  fields: (t) => ({ start: t.exposeInt("start"), end: t.exposeInt("end") }),
});

PassageRef.implement({
  description:
    "A paragraph of an article that matched a search, with its offsets in the article's text.",
  fields: (t) => ({
    article: t.field({
      type: ArticleRef,
      description: "The article, with the events and agreements it reports.",
      resolve: (p) => p.article,
    }),
    start: t.exposeInt("start"),
    end: t.exposeInt("end"),
    text: t.exposeString("text", { description: "The whole paragraph." }),
    snippet: t.string({
      description: "Up to 240 characters of the paragraph around the first searched word.",
      resolve: (p) => p.snippet?.text ?? p.text,
    }),
    highlights: t.field({
      type: [HighlightRef],
      description: "Where the searched words are in the snippet.",
      resolve: (p) => p.snippet?.highlights ?? [],
    }),
  }),
});

const KINDS = ["Person", "Agreement", "Article", "Passage"] as const;
const SearchKindEnum = builder.enumType("SearchKind", {
  description: "A kind of search result.",
  values: {
    PERSON: { value: "Person", description: "Persons, by their names and aliases." },
    AGREEMENT: { value: "Agreement", description: "Agreements, by their names." },
    ARTICLE: { value: "Article", description: "Articles, by their titles." },
    PASSAGE: { value: "Passage", description: "Paragraphs of the articles' text." },
  } as const,
});

const SearchResult = builder.unionType("SearchResult", {
  types: [PersonRef, AgreementRef, ArticleRef, PassageRef],
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
      "Full-text search over persons (names and aliases), agreements (names), articles (titles) and the articles' text (passages), in Arabic or English; best match first. Every word is taken literally.",
    args: {
      text: t.arg.string({ required: true }),
      first: t.arg.int({ description: "At most this many (default 10, max 50)." }),
      kinds: t.arg({
        type: [SearchKindEnum],
        description: "Only results of these kinds (default: all).",
      }),
    },
    complexity: listComplexity(SEARCH_SIZE),
    resolve: async (_root, args, ctx) => {
      const kinds = args.kinds && args.kinds.length > 0 ? args.kinds : KINDS;
      const limit = listLimit(args.first, SEARCH_SIZE);
      const hits = await ctx.repo.search(luceneQuery(args.text), limit, kinds);
      // A paragraph printed twice in an article is one passage.
      const seen = new Set<string>();
      const page = hits
        .filter((h) => {
          if (h.node.__typename !== "Passage") return true;
          const key = `${h.node.article.id}\u0000${h.node.text}`;
          if (seen.has(key)) return false;
          seen.add(key);
          return true;
        })
        .slice(0, limit);
      // A passage's snippet marks the words searched for, once per passage kept.
      const words = luceneTerms(args.text).map((w) => w.replace(/\\/g, ""));
      return page.map((h) =>
        h.node.__typename === "Passage"
          ? { ...h, node: { ...h.node, snippet: snippet(h.node.text, words) } }
          : h,
      );
    },
  }),
}));
