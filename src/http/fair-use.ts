import type { Plugin } from "graphql-yoga";
import type { FairUse } from "../config/app-config.js";

interface Bucket {
  tokens: number;
  at: number;
  inFlight: number;
}

/** The client a request comes from: its address (a token can be changed at will; an address less so). */
function clientOf(serverContext: unknown): string {
  const req = (serverContext as { req?: { socket?: { remoteAddress?: string } } } | undefined)?.req;
  return req?.socket?.remoteAddress ?? "local";
}

const refused = (message: string, retryAfter: number) =>
  new Response(
    JSON.stringify({ errors: [{ message, extensions: { code: "RATE_LIMITED", retryAfter } }] }),
    {
      status: 429,
      headers: {
        "content-type": "application/json; charset=utf-8",
        "retry-after": String(retryAfter),
      },
    },
  );

/**
 * Fair use of the GraphQL endpoint per client: a token bucket (`perSecond` sustained, `burst`
 * above it) and a cap on requests being answered at once, so that a few greedy connections
 * cannot take the database from everyone else. Refusals are 429 with Retry-After.
 */
export function fairUse(limits: FairUse, endpoint: string, now: () => number = Date.now): Plugin {
  const buckets = new Map<string, Bucket>();
  const counted = new WeakSet<Request>();
  const clientOfRequest = new WeakMap<Request, string>();
  let sweep = now();
  return {
    onRequest({ request, url, serverContext, endResponse }) {
      if (url.pathname !== endpoint || request.method === "OPTIONS") return;
      const t = now();
      // Forget idle clients now and then, so the map stays as small as the active set.
      if (t - sweep > 60_000) {
        for (const [k, b] of buckets) if (b.inFlight === 0 && t - b.at > 60_000) buckets.delete(k);
        sweep = t;
      }
      const key = clientOf(serverContext);
      const b = buckets.get(key) ?? { tokens: limits.burst, at: t, inFlight: 0 };
      buckets.set(key, b);
      if (limits.perSecond > 0) {
        b.tokens = Math.min(limits.burst, b.tokens + ((t - b.at) / 1000) * limits.perSecond);
        b.at = t;
        if (b.tokens < 1) {
          const wait = Math.max(1, Math.ceil((1 - b.tokens) / limits.perSecond));
          return endResponse(
            refused(`Too many requests: at most ${limits.perSecond} a second.`, wait),
          );
        }
        b.tokens -= 1;
      }
      if (limits.inFlight > 0) {
        if (b.inFlight >= limits.inFlight)
          return endResponse(
            refused(`Too many requests at once: at most ${limits.inFlight} from one client.`, 1),
          );
        b.inFlight++;
        counted.add(request);
        clientOfRequest.set(request, key);
      }
    },
    onResponse({ request }) {
      if (!counted.has(request)) return;
      counted.delete(request);
      const b = buckets.get(clientOfRequest.get(request) ?? "");
      if (b) b.inFlight = Math.max(0, b.inFlight - 1);
    },
  };
}
