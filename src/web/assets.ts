import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

/** A page or file the server sends, kept compressed once so each request costs nothing. */
export interface Asset {
  readonly body: Uint8Array;
  readonly gzip: Uint8Array;
  readonly type: string;
  readonly etag: string;
}

export function asset(content: string | Uint8Array, type: string): Asset {
  const body = typeof content === "string" ? new TextEncoder().encode(content) : content;
  return {
    body,
    gzip: gzipSync(body, { level: 9 }),
    type,
    etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 22)}"`,
  };
}

/** The response for an asset: gzip when the client takes it, 304 when it has this version. */
export function respond(request: Request, a: Asset, cache: string): Response {
  const headers: Record<string, string> = {
    "content-type": a.type,
    etag: a.etag,
    "cache-control": cache,
    vary: "accept-encoding",
  };
  if (request.headers.get("if-none-match") === a.etag)
    return new Response(null, { status: 304, headers });
  const gzip = /\bgzip\b/.test(request.headers.get("accept-encoding") ?? "");
  if (gzip) headers["content-encoding"] = "gzip";
  const body = gzip ? a.gzip : a.body;
  return new Response(
    body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer,
    {
      status: 200,
      headers,
    },
  );
}

const EXPLORE_DIR = fileURLToPath(new URL("./explore/", import.meta.url));

/**
 * The explorer's script, bundled from src/web/explore with esbuild (the bundler tsx already runs
 * on) when first asked for, and its stylesheet and page.
 */
export async function exploreAssets(): Promise<{ html: Asset; js: Asset; css: Asset }> {
  const [bundle, html, css] = await Promise.all([
    build({
      entryPoints: [`${EXPLORE_DIR}main.ts`],
      bundle: true,
      minify: true,
      format: "esm",
      target: "es2022",
      write: false,
      legalComments: "none",
      logLevel: "silent",
    }),
    readFile(`${EXPLORE_DIR}index.html`, "utf8"),
    readFile(`${EXPLORE_DIR}explore.css`, "utf8"),
  ]);
  const js = bundle.outputFiles[0];
  if (!js) throw new Error("the explorer bundle is empty");
  return {
    html: asset(html, "text/html; charset=utf-8"),
    js: asset(js.contents, "text/javascript; charset=utf-8"),
    css: asset(css, "text/css; charset=utf-8"),
  };
}
