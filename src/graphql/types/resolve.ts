import { builder } from "../builder.js";
import { type NameCandidate, type NameResolution, resolveName } from "../name-resolution.js";
import { listLimit } from "../pagination.js";
import { CountryRef, PersonRef } from "../refs.js";

const NameMatchEnum = builder.enumType("NameMatch", {
  description: "Why a candidate was proposed for a name.",
  values: {
    EXACT_ALIAS: { value: "exact alias", description: "A spelling the articles used, as typed." },
    FOLDED_SPELLING: {
      value: "folded spelling",
      description: "The same letters once hamza, ta marbuta, alef maqsura and tashkeel are folded.",
    },
    LATIN_SPELLING: { value: "latin spelling", description: "The English name, any case." },
    EDIT_DISTANCE: { value: "edit distance", description: "A spelling a few letters away." },
    TITLE_STRIPPED: {
      value: "title stripped",
      description: "Found once titles and honorifics before the name were left out.",
    },
    COUNTRY_NAME: { value: "country name", description: "A country's name." },
  } as const,
});

const NameCandidateRef = builder.objectRef<NameCandidate>("NameCandidate").implement({
  description: "A person or a country a name may stand for.",
  fields: (t) => ({
    person: t.field({ type: PersonRef, nullable: true, resolve: (c) => c.person ?? null }),
    country: t.field({ type: CountryRef, nullable: true, resolve: (c) => c.country ?? null }),
    score: t.exposeFloat("score", { description: "1 for an exact name; lower the more it took." }),
    why: t.field({ type: [NameMatchEnum], resolve: (c) => [...c.why] }),
  }),
});

const NameResolutionRef = builder.objectRef<NameResolution>("NameResolution").implement({
  description: "The candidates for a name, best first.",
  fields: (t) => ({
    candidates: t.field({ type: [NameCandidateRef], resolve: (r) => r.candidates }),
    ambiguous: t.exposeBoolean("ambiguous", {
      description: "Several candidates fit about equally well: the name alone does not say which.",
    }),
  }),
});

builder.queryFields((t) => ({
  resolve: t.field({
    type: NameResolutionRef,
    description:
      "Who or what a name stands for, in any spelling: Arabic (folded, with or without titles such as الرئيس or الملك), English or French (Lavrof, Poutine), typos included; ranked candidates with the reasons, and whether the name is ambiguous.",
    args: {
      name: t.arg.string({ required: true }),
      first: t.arg.int({ description: "At most this many candidates (default 5, max 20)." }),
    },
    resolve: (_root, args, ctx) =>
      resolveName(ctx.repo, args.name, listLimit(args.first, { default: 5, max: 20 })),
  }),
}));
