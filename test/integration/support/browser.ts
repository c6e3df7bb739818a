import { existsSync, mkdirSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type Browser, chromium, type Page } from "playwright-core";
import type { App } from "../../../src/app.js";

/** Where the browser tests leave their screenshots and downloads (git-ignored). */
export const ARTIFACTS = new URL("../../../test/artifacts/", import.meta.url).pathname;

/** Debian's Chromium (`apt-get install chromium`; .ci/run installs it), or CHROMIUM_PATH. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found)
    throw new Error(
      "no Chromium for the browser tests: install Debian's package (apt-get install chromium) or set CHROMIUM_PATH",
    );
  return found;
}

export async function launch(): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  // As root (CI) Chromium refuses its sandbox; the pages are our own.
  return chromium.launch({ executablePath: chromiumPath(), args: ["--no-sandbox"] });
}

/** Serves the app on a free loopback port, as src/server.ts does. */
export async function serve(app: App): Promise<{ origin: string; server: Server }> {
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, server };
}

/**
 * A page that may reach 127.0.0.1 only: every other request is refused and recorded, so a test
 * can assert that nothing left the machine (the pages must work offline).
 */
export async function loopbackPage(
  browser: Browser,
  outside: string[],
  errors: string[],
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1400, height: 850 },
    acceptDownloads: true,
  });
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === "127.0.0.1") return route.continue();
    outside.push(url.href);
    return route.abort();
  });
  const page = await context.newPage();
  page.on("pageerror", (e) => errors.push(e.message));
  return page;
}
