import neo4j, { type Config, type Driver } from "neo4j-driver";
import type { Neo4jSettings } from "./local-server.js";

/**
 * A driver for the given settings. The database name is not part of a driver: pass
 * `settings.database` when opening sessions or running queries.
 */
export function createDriver(settings: Neo4jSettings, config: Config = {}): Driver {
  return neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
    userAgent: "arabic-news-kg",
    ...config,
  });
}

/** Re-exported so code outside src/db can type a driver without importing neo4j-driver itself. */
export type { Driver } from "neo4j-driver";
