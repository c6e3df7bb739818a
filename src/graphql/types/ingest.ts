import { createHash, timingSafeEqual } from "node:crypto";
import { MAX_CHARS } from "../../extract/extract.js";
import { hasArabic } from "../../extract/text/normalize.js";
import type { ArticleMeta } from "../../extract/types.js";
import { loadArticles } from "../../load/load.js";
import { builder } from "../builder.js";
import type { Context } from "../context.js";
import { dateSpan } from "../dates.js";
import { apiError, badInput, clip } from "../errors.js";
import { ArticleRef, IngestResultRef } from "../refs.js";
import { IngestStatusEnum } from "./enums.js";

function digest(s: string): Buffer {
  return createHash("sha256").update(s, "utf8").digest();
}

/** The id prefix of articles ingested through the API. */
export const API_PREFIX = "api/";

/** Lets the request through only with the configured bearer token; writes are off without one. */
export function authorizeWrite(ctx: Context): void {
  const token = ctx.config.apiToken;
  if (!token)
    throw apiError(
      "FORBIDDEN",
      "Writes are disabled on this server: it has no API token configured (KG_API_TOKEN).",
    );
  if (!ctx.authorization)
    throw apiError(
      "UNAUTHENTICATED",
      "This mutation needs an Authorization: Bearer <token> header.",
    );
  const m = /^Bearer\s+(\S+)\s*$/i.exec(ctx.authorization);
  // Comparing digests keeps the time taken independent of where the tokens differ.
  if (!m?.[1] || !timingSafeEqual(digest(m[1]), digest(token)))
    throw apiError("UNAUTHENTICATED", "The API token is not valid.");
}

const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;
const MAX_META_LENGTH = 2_000;

interface MetaInput {
  file?: string | null;
  title?: string | null;
  url?: string | null;
  outlet?: string | null;
  published?: string | null;
}

/** The article to load, or a BAD_USER_INPUT error naming what is wrong with the input. */
export function validateArticle(
  text: string,
  input: MetaInput | null | undefined,
): { file: string; text: string; meta: ArticleMeta } {
  if (text.trim() === "") throw badInput("The article text is empty.", { argument: "text" });
  if (text.length > MAX_CHARS)
    throw badInput(`The article text is longer than ${MAX_CHARS} characters.`, {
      argument: "text",
    });
  if (!hasArabic(text)) throw badInput("The article has no Arabic text.", { argument: "text" });
  const meta: ArticleMeta = {};
  for (const key of ["title", "url", "outlet", "published"] as const) {
    const v = input?.[key]?.trim();
    if (!v) continue;
    if (v.length > MAX_META_LENGTH)
      throw badInput(`meta.${key} is longer than ${MAX_META_LENGTH} characters.`);
    meta[key] = v;
  }
  if (meta.published && !(meta.published.length === 10 && dateSpan(meta.published)))
    throw badInput(`meta.published must be a date YYYY-MM-DD, got "${meta.published}".`);
  if (meta.url) {
    let ok = false;
    try {
      const u = new URL(meta.url);
      ok = u.protocol === "http:" || u.protocol === "https:";
    } catch {
      ok = false;
    }
    if (!ok) throw badInput(`meta.url must be an http(s) URL, got "${meta.url}".`);
  }
  const name = input?.file?.trim() || `${digest(text).toString("hex").slice(0, 16)}.txt`;
  if (!FILE_NAME.test(name) || name.includes(".."))
    throw badInput(
      `meta.file must be a plain file name (letters, digits, dot, dash, underscore), got "${clip(name)}".`,
    );
  // Articles sent through the API live in an id space of their own: one can replace another
  // sent the same way, never a file the loader read.
  return { file: `${API_PREFIX}${name}`, text, meta };
}

export const ArticleMetaInput = builder.inputType("ArticleMetaInput", {
  fields: (t) => ({
    file: t.string({
      description:
        "Name to store the article under; the same name with a new text replaces its facts. Default: derived from the text.",
    }),
    title: t.string(),
    url: t.string(),
    outlet: t.string(),
    published: t.string({ description: "Publication date, YYYY-MM-DD." }),
  }),
});

const CountsRef = builder.objectRef<{ created: number; merged: number }>("IngestCounts").implement({
  fields: (t) => ({
    created: t.exposeInt("created", { description: "New in the graph." }),
    merged: t.exposeInt("merged", { description: "Already known: merged into what was there." }),
  }),
});

IngestResultRef.implement({
  description: "What loading an article did to the graph.",
  fields: (t) => ({
    file: t.exposeString("file"),
    status: t.field({
      type: IngestStatusEnum,
      resolve: (r) => (r.replaced > 0 ? "REPLACED" : r.loaded > 0 ? "LOADED" : "UNCHANGED"),
    }),
    article: t.field({
      type: ArticleRef,
      nullable: true,
      description: "The article as stored, with the events and agreements it reports.",
      resolve: (r) => r.file,
    }),
    persons: t.field({ type: CountsRef, resolve: (r) => r.persons }),
    events: t.field({ type: CountsRef, resolve: (r) => r.events }),
    agreements: t.field({ type: CountsRef, resolve: (r) => r.agreements }),
    warnings: t.stringList({
      description: "Conflicts met while merging with what the graph held.",
      resolve: (r) => r.diagnostics.map((d) => `${d.code}: ${d.message}`),
    }),
  }),
});

builder.mutationFields((t) => ({
  ingestArticle: t.field({
    type: IngestResultRef,
    description:
      "Extracts the facts of one Arabic article and loads them into the graph. Needs Authorization: Bearer <KG_API_TOKEN>. Invalid input is rejected with BAD_USER_INPUT and writes nothing.",
    args: {
      text: t.arg.string({ required: true, description: "The article, as plain text." }),
      meta: t.arg({ type: ArticleMetaInput }),
    },
    resolve: async (_root, args, ctx) => {
      authorizeWrite(ctx);
      const input = validateArticle(args.text, args.meta);
      const summary = await loadArticles(ctx.db, [input]);
      const skipped = summary.skipped[0];
      if (skipped)
        throw badInput(`The article was not loaded: ${skipped.reason}.`, { file: input.file });
      return { ...summary, file: input.file };
    },
  }),
}));
