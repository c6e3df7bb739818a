import { analyzeGraph } from "../analyze/analyze.js";
import type { Database } from "../db/database.js";
import { GRAPH_MODEL, loadPaths } from "./load.js";

/**
 * Readies a graph for serving: constraints and indexes, then the seed articles when the graph
 * has none, or again when some stored articles were drawn under an older graph model (loading
 * redraws them), and the network metrics of persons when they are missing or the graph changed. Articles that did not come from the seeds are named in the log: only loading
 * their files again redraws them.
 */
export async function prepareGraph(
  db: Database,
  seeds: string,
  log: (message: string) => void,
): Promise<void> {
  await db.applySchema();
  const [before] = await db.read("load-stale-articles", { model: GRAPH_MODEL });
  const total = Number(before?.total ?? 0);
  const stale = Number(before?.stale ?? 0);
  if (total > 0 && stale === 0) {
    const [m] = await db.read("analyze-missing");
    if (m?.missing === true) await analyzeGraph(db);
    return;
  }
  log(
    total === 0
      ? `the graph is empty: loading ${seeds}`
      : `${stale} of ${total} articles were drawn under an older graph model: loading ${seeds} again`,
  );
  const s = await loadPaths(db, [seeds]);
  log(
    `loaded ${s.loaded} articles: ${s.persons.created} persons, ${s.events.created} events, ${s.agreements.created} agreements`,
  );
  await analyzeGraph(db);
  const [after] = await db.read("load-stale-articles", { model: GRAPH_MODEL });
  const left = Number(after?.stale ?? 0);
  if (left > 0)
    log(`${left} articles from outside ${seeds} still need loading again (npm run load -- FILES)`);
}
