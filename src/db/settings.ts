import type { Neo4jSettings } from "./local-server.js";

export type { Neo4jSettings } from "./local-server.js";

const SCHEMES = ["neo4j", "neo4j+s", "neo4j+ssc", "bolt", "bolt+s", "bolt+ssc"];
const DEFAULT_USER = "neo4j";
const DEFAULT_DATABASE = "neo4j";
// Neo4j 5 database names: 3-63 characters, ASCII letter first, then letters, digits, dots, dashes.
const DATABASE_NAME = /^[A-Za-z][A-Za-z0-9.-]{2,62}$/;

/** An empty variable counts as unset, as shells and .env files often leave them empty. */
function value(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const v = env[name]?.trim();
  return v ? v : undefined;
}

/**
 * Connection settings for an existing Neo4j server, taken from NEO4J_URI, NEO4J_USER,
 * NEO4J_PASSWORD and NEO4J_DATABASE. Returns undefined when NEO4J_URI is unset, which means
 * "use the local database" (see resolveNeo4jSettings).
 */
export function readNeo4jSettings(env: NodeJS.ProcessEnv = process.env): Neo4jSettings | undefined {
  const uri = value(env, "NEO4J_URI");
  if (uri === undefined) return undefined;

  const example = "for example bolt://127.0.0.1:7687 or neo4j+s://db.example.com";
  let parsed: URL;
  try {
    parsed = new URL(uri);
  } catch {
    throw new Error(`NEO4J_URI is not a valid URI (${example}).`);
  }
  const scheme = parsed.protocol.replace(/:$/, "");
  if (!SCHEMES.includes(scheme)) {
    throw new Error(
      `NEO4J_URI must use one of the schemes ${SCHEMES.map((s) => `${s}://`).join(", ")} (${example}); got "${scheme}://".`,
    );
  }
  if (!parsed.hostname) {
    throw new Error(`NEO4J_URI has no host name (${example}).`);
  }
  // The URI ends up in logs and error messages, so credentials must not travel inside it.
  if (parsed.username || parsed.password) {
    throw new Error(
      "NEO4J_URI must not contain a user or password: set NEO4J_USER and NEO4J_PASSWORD.",
    );
  }

  const password = env.NEO4J_PASSWORD;
  if (password === undefined || password === "") {
    throw new Error("NEO4J_PASSWORD is required when NEO4J_URI is set.");
  }

  const database = value(env, "NEO4J_DATABASE") ?? DEFAULT_DATABASE;
  if (!DATABASE_NAME.test(database)) {
    throw new Error(
      `NEO4J_DATABASE "${database}" is not a valid Neo4j database name (3-63 characters: a letter, then letters, digits, dots or dashes).`,
    );
  }

  return { uri, user: value(env, "NEO4J_USER") ?? DEFAULT_USER, password, database };
}

export type ResolveOptions = {
  /** Local instance to start when NEO4J_URI is unset: "dev" (default) or "test". */
  instance?: string;
  log?: (msg: string) => void;
  env?: NodeJS.ProcessEnv;
};

/**
 * Settings from the environment when NEO4J_URI is set; otherwise the local database instance,
 * started (or reused) on demand.
 */
export async function resolveNeo4jSettings(opts: ResolveOptions = {}): Promise<Neo4jSettings> {
  const fromEnv = readNeo4jSettings(opts.env);
  if (fromEnv) return fromEnv;
  // Loaded lazily: the local server code is only needed when no server is configured.
  const { startLocalDatabase } = await import("./local-server.js");
  return startLocalDatabase({ instance: opts.instance, log: opts.log, env: opts.env });
}
