/**
 * `npm run bench:web`: the workbench's figures on a generated graph (default about 1M
 * relationships, built with the project's loader as bench:api builds it): how long the network
 * analysis takes, how heavy the pages are, and how long the explorer takes from picking a person
 * with about 200 counterparts to the first drawing of the network.
 *
 * Flags: --relationships N (default 1000000), --instance NAME (default bench-web), --db-port N
 * (default 7694), --no-load (use the graph the database holds), --keep-db, --seed N.
 * Raw results: test/bench/out/web-*.json. Everything runs on 127.0.0.1.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { analyzeGraph } from "../../src/analyze/analyze.js";
import { createApp } from "../../src/app.js";
import { loadAppConfig } from "../../src/config/app-config.js";
import { Database } from "../../src/db/database.js";
import { createDriver } from "../../src/db/driver.js";
import { startLocalDatabase, stopLocalDatabase } from "../../src/db/local-server.js";
import { launch, serve } from "../integration/support/browser.js";
import { buildGraph, clearGraph, relationshipCount } from "./api/graph.js";

const { values: flags } = parseArgs({
  options: {
    relationships: { type: "string", default: "1000000" },
    instance: { type: "string", default: "bench-web" },
    "db-port": { type: "string", default: "7694" },
    "no-load": { type: "boolean", default: false },
    "keep-db": { type: "boolean", default: false },
    seed: { type: "string", default: "7" },
  },
});
const log = (m: string) => process.stderr.write(`${m}\n`);
const target = Number(flags.relationships);

const settings = await startLocalDatabase({
  instance: flags.instance ?? "bench-web",
  port: Number(flags["db-port"]),
  log,
});
const db = new Database(createDriver(settings), { database: settings.database });
const out: Record<string, unknown> = { at: new Date().toISOString() };
try {
  await db.applySchema();
  if (!flags["no-load"]) {
    log(`building a graph of about ${target} relationships`);
    await clearGraph(db, settings.database);
    out.load = await buildGraph(
      db,
      settings.database,
      { label: String(target), relationships: target },
      Number(flags.seed),
      log,
    );
  }
  out.relationships = await relationshipCount(db.driver, settings.database);

  const a = await analyzeGraph(db);
  out.analysis = a;
  log(
    `analysis: ${a.persons} persons, ${a.links} links, ${a.communities} communities; read ${a.seconds.read.toFixed(2)} s, compute ${a.seconds.compute.toFixed(2)} s, write ${a.seconds.write.toFixed(2)} s`,
  );

  // The person whose network is closest to 200 persons (themselves and 199 counterparts).
  const [pick] = await db.driver
    .executeQuery(
      "MATCH (p:Person) WHERE p.degree IS NOT NULL RETURN p.id AS id, p.nameAr AS nameAr, p.degree AS degree ORDER BY abs(p.degree - 199), p.id LIMIT 1",
      {},
      { database: settings.database },
    )
    .then((r) => r.records.map((x) => x.toObject()));
  if (!pick) throw new Error("the graph has no analysed person");
  out.person = pick;

  const app = createApp({ db, config: loadAppConfig({ KG_GRAPHIQL: "true" }) });
  const { origin, server } = await serve(app);
  const browser = await launch();
  try {
    const page = await (
      await browser.newContext({ viewport: { width: 1400, height: 850 } })
    ).newPage();
    const weight = async (path: string) => {
      await page.goto(`${origin}${path}`, { waitUntil: "load" });
      return page.evaluate(() =>
        performance
          .getEntriesByType("navigation")
          .concat(performance.getEntriesByType("resource"))
          .map((e) => e as PerformanceResourceTiming)
          .reduce(
            (s, e) => ({
              transfer: s.transfer + e.transferSize,
              decoded: s.decoded + e.decodedBodySize,
            }),
            {
              transfer: 0,
              decoded: 0,
            },
          ),
      );
    };
    out.pageWeight = { playground: await weight("/graphql"), explorer: await weight("/explore") };
    log(`page weight: ${JSON.stringify(out.pageWeight)}`);

    const runs: number[] = [];
    for (let i = 0; i < 3; i++) {
      await page.goto(`${origin}/explore`);
      await page.fill("#search", String(pick.nameAr));
      const first = page.locator(`#candidates li[data-id="${pick.id}"]`);
      await first.waitFor();
      const t0 = await page.evaluate(() => performance.now());
      await first.click();
      await page.waitForFunction(() => document.body.dataset.drawn, undefined, {
        timeout: 120_000,
      });
      const t1 = await page.evaluate(() => performance.now());
      runs.push(Math.round(t1 - t0));
    }
    const nodes = await page.evaluate(
      () =>
        (window as unknown as { explorer: { cy: { nodes(): unknown[] } } }).explorer.cy.nodes()
          .length,
    );
    out.firstDrawing = { nodes, ms: runs };
    log(`first drawing of ${nodes} persons: ${runs.join(", ")} ms (pick to drawn, three runs)`);
  } finally {
    await browser.close();
    server.close();
  }
  await mkdir(new URL("./out/", import.meta.url), { recursive: true });
  await writeFile(
    new URL(`./out/web-${Date.now()}.json`, import.meta.url),
    JSON.stringify(out, null, 2),
  );
} finally {
  await db.close();
  if (!flags["keep-db"]) await stopLocalDatabase({ instance: flags.instance ?? "bench-web", log });
}
