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

/** Refuses request bodies over MAX_BODY_BYTES by their declared length. */
function bodyLimit(): Plugin {
  return {
    onRequest({ request, endResponse }) {
      const length = Number(request.headers.get("content-length") ?? 0);
      if (length > MAX_BODY_BYTES)
        endResponse(
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
          ),
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
