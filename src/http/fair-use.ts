import type { Plugin } from "graphql-yoga";
import type { FairUse } from "../config/app-config.js";

interface Bucket {
  tokens: number;
  at: number;
  inFlight: number;
}

/** Tokens a request refused for its depth, cost or size takes from its client: checking it was work. */
export const LIMIT_PENALTY = 20;
/** Tokens a wrong or missing API token takes: guessing tokens gets slow after a few tries. */
export const AUTH_PENALTY = 50;
/** How long a refusal is held back: a client that ignores Retry-After waits all the same. */
const HOLD_MS = 1000;
/** Refusals held back at once; beyond that they are sent at once. */
const MAX_HELD = 256;

/** The client a request comes from: its address (a token can be changed at will; an address less so). */
function clientOf(serverContext: unknown): string {
  const req = (serverContext as { req?: { socket?: { remoteAddress?: string } } } | undefined)?.req;
  return req?.socket?.remoteAddress ?? "local";
}

function refusal(message: string, retryAfter: number): Response {
  return new Response(
    JSON.stringify({ errors: [{ message, extensions: { code: "RATE_LIMITED", retryAfter } }] }),
    {
      status: 429,
      headers: {
        "content-type": "application/json; charset=utf-8",
        "retry-after": String(retryAfter),
      },
    },
  );
}

/** What a result's refusals cost its client beyond the request itself. */
function penaltyOf(result: unknown): number {
  const results = Array.isArray(result) ? result : [result];
  let penalty = 0;
  for (const r of results)
    for (const e of (r as { errors?: readonly { extensions?: { code?: unknown } }[] }).errors ??
      []) {
      const code = e.extensions?.code;
      if (code === "LIMIT_EXCEEDED") penalty = Math.max(penalty, LIMIT_PENALTY);
      else if (code === "UNAUTHENTICATED") penalty = Math.max(penalty, AUTH_PENALTY);
    }
  return penalty;
}

/**
 * Fair use of the GraphQL endpoint per client: a token bucket (`perSecond` sustained, `burst`
 * above it; a query refused for its cost takes LIMIT_PENALTY tokens, a wrong API token
 * AUTH_PENALTY) and a cap on requests being
 * answered at once, so that a few greedy connections cannot take the server from everyone else.
 * Refusals are 429 with Retry-After, held back a second so that a client that asks again at
 * once does not keep the server busy refusing it.
 */
export function fairUse(limits: FairUse, endpoint: string): Plugin {
  const buckets = new Map<string, Bucket>();
  const clientOfRequest = new WeakMap<Request, string>();
  const inFlight = new WeakSet<Request>();
  let sweep = Date.now();
  let held = 0;
  const refused = async (message: string, retryAfter: number): Promise<Response> => {
    if (held < MAX_HELD) {
      held++;
      await new Promise((r) => setTimeout(r, HOLD_MS));
      held--;
    }
    return refusal(message, retryAfter);
  };
  return {
    async onRequest({ request, url, serverContext, endResponse }) {
      if (url.pathname !== endpoint || request.method === "OPTIONS") return;
      const t = Date.now();
      // Forget idle clients now and then, so the map stays as small as the active set.
      if (t - sweep > 60_000) {
        for (const [k, b] of buckets) if (b.inFlight === 0 && t - b.at > 60_000) buckets.delete(k);
        sweep = t;
      }
      const key = clientOf(serverContext);
      clientOfRequest.set(request, key);
      const b = buckets.get(key) ?? { tokens: limits.burst, at: t, inFlight: 0 };
      buckets.set(key, b);
      if (limits.perSecond > 0) {
        b.tokens = Math.min(limits.burst, b.tokens + ((t - b.at) / 1000) * limits.perSecond);
        b.at = t;
        if (b.tokens < 1) {
          const wait = Math.max(1, Math.ceil((1 - b.tokens) / limits.perSecond));
          return endResponse(
            await refused(`Too many requests: at most ${limits.perSecond} a second.`, wait),
          );
        }
        b.tokens -= 1;
      }
      if (limits.inFlight > 0) {
        if (b.inFlight >= limits.inFlight)
          return endResponse(
            await refused(
              `Too many requests at once: at most ${limits.inFlight} from one client.`,
              1,
            ),
          );
        b.inFlight++;
        inFlight.add(request);
      }
    },
    onResultProcess({ request, result }) {
      const penalty = limits.perSecond > 0 ? penaltyOf(result) : 0;
      if (penalty === 0) return;
      const b = buckets.get(clientOfRequest.get(request) ?? "");
      if (b) b.tokens -= penalty;
    },
    onResponse({ request }) {
      if (!inFlight.has(request)) return;
      inFlight.delete(request);
      const b = buckets.get(clientOfRequest.get(request) ?? "");
      if (b) b.inFlight = Math.max(0, b.inFlight - 1);
    },
  };
}
