import { randomBytes } from "node:crypto";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const SERVER_PROJECT = join(REPO_ROOT, "src", "db", "neo4j-server");
export const BUILD_DIR = join(SERVER_PROJECT, "target");
export const STATE_ROOT = join(REPO_ROOT, ".neo4j");
export const MAIN_CLASS = "kg.neo4j.LocalNeo4jServer";
export const DEFAULT_PORTS: Record<string, number> = { dev: 7687, test: 7688 };
export const USER = "neo4j";
export const DATABASE = "neo4j";
export const HOST = "127.0.0.1";
// About 1 GiB for the whole process: heap, page cache, and the JVM's own overhead.
export const JVM_HEAP = "512m";
export const PAGE_CACHE_MB = 256;
export const BUILD_TIMEOUT_MS = 45 * 60_000;
export const STOP_TIMEOUT_MS = 60_000;
export const SUPPORTED_JAVA = [17, 21];

export type Paths = {
  dir: string;
  data: string;
  logs: string;
  logFile: string;
  pidFile: string;
  portFile: string;
  readyFile: string;
  passwordFile: string;
  lockFile: string;
};

export function instanceName(instance: string | undefined): string {
  const name = instance ?? "dev";
  // The name becomes a folder name: keep it to something that cannot escape .neo4j/.
  if (!/^[a-z0-9][a-z0-9_-]{0,39}$/.test(name)) {
    throw new Error(
      `Invalid local database instance name "${name}": use lower-case letters, digits, "-" or "_".`,
    );
  }
  return name;
}

export function pathsOf(instance: string): Paths {
  const dir = join(STATE_ROOT, instance);
  return {
    dir,
    data: join(dir, "data"),
    logs: join(dir, "logs"),
    logFile: join(dir, "neo4j.log"),
    pidFile: join(dir, "neo4j.pid"),
    portFile: join(dir, "neo4j.port"),
    readyFile: join(dir, "neo4j.ready"),
    passwordFile: join(dir, "password"),
    lockFile: join(dir, "start.lock"),
  };
}

export function readNumber(file: string): number | undefined {
  try {
    const n = Number.parseInt(readFileSync(file, "utf8").trim(), 10);
    return Number.isSafeInteger(n) && n > 0 ? n : undefined;
  } catch {
    return undefined;
  }
}

export function defaultPort(instance: string, port: number | undefined): number {
  const chosen = port ?? DEFAULT_PORTS[instance];
  if (chosen === undefined) {
    throw new Error(
      `No default port for local database instance "${instance}": pass one (--port N).`,
    );
  }
  if (!Number.isInteger(chosen) || chosen < 1 || chosen > 65535) {
    throw new Error(`Invalid port ${chosen} for the local database.`);
  }
  return chosen;
}

export function uriOf(port: number): string {
  // 127.0.0.1 rather than localhost: the server listens on IPv4 loopback only, and localhost may
  // resolve to ::1 first.
  return `bolt://${HOST}:${port}`;
}

// ---------------------------------------------------------------------------------------------
// Password

export function generatedPassword(paths: Paths): string {
  for (;;) {
    try {
      const stored = readFileSync(paths.passwordFile, "utf8").trim();
      if (stored.length >= 8) return stored;
      rmSync(paths.passwordFile, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
    }
    const password = randomBytes(18).toString("base64url");
    try {
      // "wx": when two starts race, one password wins and the other start reads it back.
      writeFileSync(paths.passwordFile, `${password}\n`, { mode: 0o600, flag: "wx" });
      return password;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
  }
}

export function passwordFor(
  paths: Paths,
  env: NodeJS.ProcessEnv,
): { password: string; file?: string } {
  const configured = env.NEO4J_PASSWORD;
  if (configured) {
    if (configured.length < 8) {
      throw new Error("NEO4J_PASSWORD must have at least 8 characters for the local Neo4j server.");
    }
    return { password: configured };
  }
  return { password: generatedPassword(paths), file: paths.passwordFile };
}
