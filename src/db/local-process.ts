import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import neo4j from "neo4j-driver";
import { HOST, MAIN_CLASS, type Paths, readNumber, USER, uriOf } from "./local-instance.js";

// ---------------------------------------------------------------------------------------------
// Processes

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
  // A child of this very process that exited stays a zombie until it is reaped; it is gone.
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return true;
  }
}

/** Whether pid is this instance's server and not some process that inherited a recycled pid. */
export function isOurServer(pid: number, paths: Paths): boolean {
  if (!isAlive(pid)) return false;
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
    return cmdline.includes(MAIN_CLASS) && cmdline.includes(paths.dir);
  } catch {
    // No /proc (macOS): trust the pid file.
    return true;
  }
}

/** The server of this instance when its pid file is gone, found by its command line. */
export function findServerProcess(paths: Paths): number | undefined {
  let entries: string[];
  try {
    entries = readdirSync("/proc").filter((e) => /^\d+$/.test(e));
  } catch {
    return undefined;
  }
  for (const entry of entries) {
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0");
      if (cmdline.includes(MAIN_CLASS) && cmdline.includes(paths.dir)) return Number(entry);
    } catch {
      // The process ended while we looked, or is not ours to read.
    }
  }
  return undefined;
}

export function runningPid(paths: Paths): number | undefined {
  const pid = readNumber(paths.pidFile);
  if (pid !== undefined && isOurServer(pid, paths)) return pid;
  const found = findServerProcess(paths);
  if (found === undefined || !isAlive(found)) return undefined;
  // Restore the files so that stop, status and later starts find it the usual way.
  writeFileSync(paths.pidFile, `${found}\n`, { mode: 0o600 });
  const port = portFromCommandLine(found);
  if (port !== undefined) writeFileSync(paths.portFile, `${port}\n`, { mode: 0o600 });
  return found;
}

export function portFromCommandLine(pid: number): number | undefined {
  try {
    const args = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
    const i = args.indexOf("--port");
    const port = i >= 0 ? Number(args[i + 1]) : Number.NaN;
    return Number.isInteger(port) ? port : undefined;
  } catch {
    return undefined;
  }
}

export function isReady(paths: Paths, pid: number): boolean {
  return readNumber(paths.readyFile) === pid;
}

export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", (e: NodeJS.ErrnoException) => {
      if (e.code === "EADDRINUSE" || e.code === "EACCES") resolve(false);
      else reject(e);
    });
    server.listen({ host: HOST, port, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

export function logTail(file: string, lines = 30): string {
  try {
    return readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no output)";
  }
}

/**
 * Serialises starts and builds across processes (two test runs, or a test run next to
 * `npm run db:start`). A lock left by a dead process is taken over.
 */
export async function withLock<T>(
  lockFile: string,
  timeoutMs: number,
  fn: () => Promise<T>,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      writeFileSync(lockFile, String(process.pid), { flag: "wx", mode: 0o600 });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const holder = readNumber(lockFile);
      if (holder === undefined || !isAlive(holder)) {
        rmSync(lockFile, { force: true });
        continue;
      }
      if (Date.now() > deadline) {
        throw new Error(`Timed out waiting for process ${holder} to release ${lockFile}.`);
      }
      await sleep(250);
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lockFile, { force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Bolt

export type BoltCheck = { ok: true } | { ok: false; auth: boolean; message: string };

export async function checkBolt(port: number, password: string): Promise<BoltCheck> {
  const driver = neo4j.driver(uriOf(port), neo4j.auth.basic(USER, password), {
    connectionTimeout: 5_000,
    maxConnectionPoolSize: 1,
  });
  try {
    await driver.verifyConnectivity();
    return { ok: true };
  } catch (e) {
    const code = (e as { code?: string }).code ?? "";
    return {
      ok: false,
      auth: code.startsWith("Neo.ClientError.Security"),
      message: (e as Error).message,
    };
  } finally {
    await driver.close();
  }
}

export async function waitUntilReady(
  instance: string,
  paths: Paths,
  pid: number,
  port: number,
  password: string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!isReady(paths, pid)) {
    if (!isAlive(pid)) {
      throw new Error(
        `The local Neo4j server "${instance}" exited during start-up. Last lines of ${paths.logFile}:\n` +
          logTail(paths.logFile),
      );
    }
    if (Date.now() > deadline) {
      throw new Error(
        `The local Neo4j server "${instance}" (pid ${pid}) was not ready after ${Math.round(timeoutMs / 1000)} s. ` +
          `It is left running; see ${paths.logFile} or stop it with \`npm run db:stop -- --instance ${instance}\`.`,
      );
    }
    await sleep(200);
  }
  for (;;) {
    const check = await checkBolt(port, password);
    if (check.ok) return;
    if (check.auth) {
      throw new Error(
        `The local Neo4j server "${instance}" rejected the password (${check.message}). It was probably ` +
          "started with another password (NEO4J_PASSWORD or the password file changed): restart it " +
          `with \`npm run db:stop -- --instance ${instance}\` and start it again.`,
      );
    }
    if (Date.now() > deadline) {
      throw new Error(
        `The local Neo4j server "${instance}" does not answer on ${uriOf(port)}: ${check.message}`,
      );
    }
    await sleep(500);
  }
}
