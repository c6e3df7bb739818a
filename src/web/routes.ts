import type { Plugin } from "graphql-yoga";
import { type Asset, asset, exploreAssets, respond } from "./assets.js";
import { landingHtml } from "./landing.js";
import { playgroundHtml } from "./playground.js";

/**
 * The pages: `/` (landing), the playground on GET /graphql from a browser, and the explorer at
 * /explore. They only read the GraphQL API, like any other client.
 */
export function webPages(opts: { playground: boolean; endpoint: string }): Plugin {
  let landing: Asset | undefined;
  let playground: Asset | undefined;
  let explore: ReturnType<typeof exploreAssets> | undefined;
  const wantsHtml = (r: Request) => (r.headers.get("accept") ?? "").includes("text/html");
  return {
    async onRequest({ request, url, endResponse }) {
      if (request.method !== "GET" && request.method !== "HEAD") return;
      const path = url.pathname.replace(/\/+$/, "") || "/";
      if (path === "/") {
        landing ??= asset(landingHtml(opts), "text/html; charset=utf-8");
        endResponse(respond(request, landing, "no-cache"));
      } else if (path === opts.endpoint && opts.playground && wantsHtml(request)) {
        playground ??= asset(playgroundHtml(opts.endpoint), "text/html; charset=utf-8");
        endResponse(respond(request, playground, "no-cache"));
      } else if (path === "/explore" || path.startsWith("/explore/")) {
        explore ??= exploreAssets();
        const a = await explore;
        const file = path === "/explore" ? a.html : path === "/explore/app.js" ? a.js : undefined;
        const found = file ?? (path === "/explore/app.css" ? a.css : undefined);
        endResponse(
          found
            ? respond(request, found, "no-cache")
            : new Response("not found", { status: 404, headers: { "content-type": "text/plain" } }),
        );
      }
    },
  };
}
