import { blockFieldSuggestionsPlugin } from "@escape.tech/graphql-armor-block-field-suggestions";
import { maxAliasesPlugin } from "@escape.tech/graphql-armor-max-aliases";
import { maxDirectivesPlugin } from "@escape.tech/graphql-armor-max-directives";
import { maxTokensPlugin } from "@escape.tech/graphql-armor-max-tokens";
import { useDisableIntrospection } from "@graphql-yoga/plugin-disable-introspection";
import { initContextCache } from "@pothos/core";
import { createYoga, type Plugin, useReadinessCheck, type YogaServerInstance } from "graphql-yoga";
import type { AppConfig } from "./config/app-config.js";
import type { Database } from "./db/database.js";
import { Repository } from "./db/repository/repository.js";
import type { Context } from "./graphql/context.js";
import { maskError } from "./graphql/errors.js";
import type { GraphQLError } from "./graphql/graphql-js.js";
import { schema } from "./graphql/schema.js";
import { fairUse } from "./http/fair-use.js";
import { webPages } from "./web/routes.js";

export interface AppOptions {
  readonly db: Database;
  readonly config: AppConfig;
}

export type App = YogaServerInstance<Record<string, never>, Context>;

/** Requests larger than this are refused before they are read: an article is far smaller. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

/** Gives the limit plugins' rejections the code clients check for. */
function tagLimit(_context: unknown, error: GraphQLError): void {
  (error.extensions as Record<string, unknown>).code = "LIMIT_EXCEEDED";
}

function json(body: unknown, status: number): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8" },
  });
}

const tooLarge = () =>
  json(
    {
      errors: [
        {
          message: `Request body over ${MAX_BODY_BYTES} bytes.`,
          extensions: { code: "LIMIT_EXCEEDED" },
        },
      ],
    },
    413,
  );

/** The body, read until it ends or passes `limit` bytes (then undefined, and the rest unread). */
async function readAtMost(
  body: ReadableStream<Uint8Array>,
  limit: number,
): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const reader = body.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return undefined;
    }
    parts.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

/**
 * Refuses request bodies over MAX_BODY_BYTES: by their declared length, or, for a body sent
 * without one (chunked), by counting its bytes as they come, so no body is held past the limit.
 */
function bodyLimit(): Plugin {
  return {
    async onRequest({ request, setRequest, endResponse, fetchAPI }) {
      const declared = request.headers.get("content-length");
      if (declared !== null) {
        if (Number(declared) > MAX_BODY_BYTES) endResponse(tooLarge());
        return;
      }
      if (!request.body) return;
      const bytes = await readAtMost(request.body, MAX_BODY_BYTES);
      if (!bytes) return endResponse(tooLarge());
      setRequest(
        new fetchAPI.Request(request.url, {
          method: request.method,
          headers: request.headers,
          body: bytes,
        }),
      );
    },
  };
}

/**
 * The HTTP application: GraphQL at /graphql (the playground on GET from a browser when enabled),
 * the landing page at /, the explorer at /explore, liveness at /health
 * (answers without touching the database), readiness at /ready (503 while Neo4j is unreachable).
 * It listens on nothing itself: src/server.ts serves it, tests call `app.fetch(...)`.
 */
export function createApp({ db, config }: AppOptions): App {
  const repo = new Repository(db);
  const plugins: Plugin[] = [
    bodyLimit(),
    // After bodyLimit, which may replace the request: fairUse matches responses to requests.
    fairUse(config.fairUse, "/graphql"),
    webPages({ playground: config.graphiql, endpoint: "/graphql" }),
    useReadinessCheck({
      endpoint: "/ready",
      check: async () => {
        const up = await db.ping();
        return json(
          up ? { status: "ready", database: "up" } : { status: "unavailable", database: "down" },
          up ? 200 : 503,
        );
      },
    }),
    maxTokensPlugin({ n: config.limits.tokens, onReject: [tagLimit] }),
    maxAliasesPlugin({ n: config.limits.aliases, onReject: [tagLimit] }),
    maxDirectivesPlugin({ n: config.limits.directives, onReject: [tagLimit] }),
  ];
  if (!config.introspection) plugins.push(useDisableIntrospection());
  // "Did you mean …?" would tell the schema that introspection is there to hide.
  if (!config.introspection) plugins.push(blockFieldSuggestionsPlugin());

  return createYoga<Record<string, never>, Context>({
    schema,
    graphqlEndpoint: "/graphql",
    healthCheckEndpoint: "/health",
    landingPage: false,
    // The playground is served by webPages from npm packages, never from a CDN.
    graphiql: false,
    cors:
      config.corsOrigins === "*"
        ? { origin: "*", methods: ["GET", "POST", "OPTIONS"] }
        : config.corsOrigins.length > 0
          ? {
              origin: [...config.corsOrigins],
              methods: ["GET", "POST", "OPTIONS"],
              allowedHeaders: ["content-type", "authorization"],
            }
          : false,
    maskedErrors: { maskError: (error, message) => maskError(error, message) },
    logging: config.production ? "warn" : "info",
    context: ({ request }): Context => ({
      // Loaders are cached on the context; this keeps them when the server copies it.
      ...initContextCache(),
      db,
      repo,
      config,
      authorization: request.headers.get("authorization"),
    }),
    plugins,
  });
}
