/**
 * The API server's settings, read once from the environment and validated up front: a bad value
 * stops the server at start-up with a message naming the variable, never at the first request.
 */

export interface QueryLimits {
  /** Deepest selection nesting allowed. */
  readonly depth: number;
  /** Highest estimated cost (fields weighted by the page sizes they ask for). */
  readonly complexity: number;
  /** Most aliases in one operation. */
  readonly aliases: number;
  /** Most lexical tokens in one document. */
  readonly tokens: number;
  /** Most directives in one operation. */
  readonly directives: number;
}

/** What one client (one address) may ask of the API: 0 turns a limit off. */
export interface FairUse {
  /** Requests per second, sustained. */
  readonly perSecond: number;
  /** Requests allowed at once above the sustained rate. */
  readonly burst: number;
  /** Requests of one client being answered at the same time. */
  readonly inFlight: number;
}

export const DEFAULT_FAIR_USE: FairUse = { perSecond: 200, burst: 400, inFlight: 4 };

export interface AppConfig {
  readonly port: number;
  readonly host: string;
  /** Bearer token that unlocks mutations; writes are off when it is not set. */
  readonly apiToken: string | null;
  /** Allowed CORS origins: a list, or "*" for any. An empty list turns CORS off. */
  readonly corsOrigins: readonly string[] | "*";
  readonly production: boolean;
  readonly graphiql: boolean;
  readonly introspection: boolean;
  readonly limits: QueryLimits;
  readonly fairUse: FairUse;
}

export const DEFAULT_LIMITS: QueryLimits = {
  depth: 10,
  complexity: 20_000,
  aliases: 20,
  tokens: 2_000,
  directives: 20,
};

export class AppConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "AppConfigError";
  }
}

type Env = Readonly<Record<string, string | undefined>>;

function value(env: Env, name: string): string | undefined {
  const v = env[name]?.trim();
  return v === undefined || v === "" ? undefined : v;
}

function integer(
  env: Env,
  name: string,
  fallback: number,
  min: number,
  max: number,
  problems: string[],
): number {
  const raw = value(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) {
    problems.push(`${name} must be a whole number between ${min} and ${max}, got "${raw}"`);
    return fallback;
  }
  const n = Number(raw);
  if (n < min || n > max) {
    problems.push(`${name} must be between ${min} and ${max}, got ${n}`);
    return fallback;
  }
  return n;
}

function boolean(env: Env, name: string, problems: string[]): boolean | undefined {
  const raw = value(env, name)?.toLowerCase();
  if (raw === undefined) return undefined;
  if (["true", "1", "yes", "on"].includes(raw)) return true;
  if (["false", "0", "no", "off"].includes(raw)) return false;
  problems.push(`${name} must be true or false, got "${env[name]}"`);
  return undefined;
}

function origins(env: Env, problems: string[]): readonly string[] | "*" {
  const raw = value(env, "CORS_ORIGINS");
  if (raw === undefined) return [];
  if (raw === "*") return "*";
  const list = raw
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  for (const o of list) {
    let ok = false;
    try {
      const u = new URL(o);
      ok = (u.protocol === "http:" || u.protocol === "https:") && u.origin === o.replace(/\/$/, "");
    } catch {
      ok = false;
    }
    if (!ok)
      problems.push(
        `CORS_ORIGINS entries must be origins like https://example.org (scheme, host, optional port; no path), got "${o}"`,
      );
  }
  return list.map((o) => o.replace(/\/$/, ""));
}

const HOST =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$|^\[?[0-9A-Fa-f:.]+\]?$/;

/** Reads and validates the server settings; throws AppConfigError listing every problem found. */
export function loadAppConfig(env: Env = process.env): AppConfig {
  const problems: string[] = [];

  const port = integer(env, "PORT", 4000, 1, 65_535, problems);

  const host = value(env, "HOST") ?? "127.0.0.1";
  if (!HOST.test(host)) problems.push(`HOST must be a host name or IP address, got "${host}"`);

  const apiToken = value(env, "KG_API_TOKEN") ?? null;
  if (apiToken !== null) {
    if (apiToken.length < 16)
      problems.push("KG_API_TOKEN must be at least 16 characters long (use a random secret)");
    if (/\s/.test(apiToken)) problems.push("KG_API_TOKEN must not contain whitespace");
  }

  const corsOrigins = origins(env, problems);

  const nodeEnv = value(env, "NODE_ENV");
  if (nodeEnv !== undefined && !["production", "development", "test"].includes(nodeEnv))
    problems.push(`NODE_ENV must be production, development or test, got "${nodeEnv}"`);
  const production = nodeEnv === "production";
  const graphiqlFlag = boolean(env, "KG_GRAPHIQL", problems);
  const graphiql = graphiqlFlag ?? !production;

  const limits: QueryLimits = {
    depth: integer(env, "KG_MAX_DEPTH", DEFAULT_LIMITS.depth, 2, 50, problems),
    complexity: integer(
      env,
      "KG_MAX_COMPLEXITY",
      DEFAULT_LIMITS.complexity,
      10,
      10_000_000,
      problems,
    ),
    aliases: integer(env, "KG_MAX_ALIASES", DEFAULT_LIMITS.aliases, 0, 1_000, problems),
    tokens: integer(env, "KG_MAX_TOKENS", DEFAULT_LIMITS.tokens, 100, 100_000, problems),
    directives: integer(env, "KG_MAX_DIRECTIVES", DEFAULT_LIMITS.directives, 0, 1_000, problems),
  };

  const fairUse: FairUse = {
    perSecond: integer(
      env,
      "KG_RATE_PER_SECOND",
      DEFAULT_FAIR_USE.perSecond,
      0,
      1_000_000,
      problems,
    ),
    burst: integer(env, "KG_RATE_BURST", DEFAULT_FAIR_USE.burst, 1, 1_000_000, problems),
    inFlight: integer(env, "KG_MAX_IN_FLIGHT", DEFAULT_FAIR_USE.inFlight, 0, 10_000, problems),
  };

  if (problems.length > 0) throw new AppConfigError(problems);
  return {
    port,
    host,
    apiToken,
    corsOrigins,
    production,
    graphiql,
    // GraphiQL needs introspection, so turning GraphiQL on in production turns it on too.
    introspection: graphiql || !production,
    limits,
    fairUse,
  };
}
