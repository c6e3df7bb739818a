/**
 * Control of the local Neo4j Community server (src/db/neo4j-server), assembled from Maven Central
 * jars and run as a detached Java process per named instance. Everything an instance owns lives
 * in .neo4j/<instance>/ (ignored by git): the store (data/), Neo4j's own logs (logs/), the
 * process output (neo4j.log), the generated password (password), neo4j.pid and neo4j.port,
 * all private to their owner (0700/0600). This file starts, stops and reports instances; the
 * jobs it relies on have a file each: local-instance.ts (where an instance's files are, its port
 * and password), instance-files.ts (keeping them private), local-build.ts (the Maven build) and
 * local-process.ts (the server process, its lock and readiness).
 */
import { type ChildProcess, spawn } from "node:child_process";
import {
  closeSync,
  existsSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { secureInstanceDir, withPrivateUmask } from "./instance-files.js";
import { ensureBuilt, findJava, PLUGINS_DIR } from "./local-build.js";
import {
  BUILD_TIMEOUT_MS,
  DATABASE,
  defaultPort,
  HOST,
  instanceName,
  JVM_HEAP,
  MAIN_CLASS,
  PAGE_CACHE_MB,
  passwordFor,
  pathsOf,
  readNumber,
  STOP_TIMEOUT_MS,
  USER,
  uriOf,
} from "./local-instance.js";
import {
  checkBolt,
  isAlive,
  isReady,
  portIsFree,
  runningPid,
  waitUntilReady,
  withLock,
} from "./local-process.js";

export type Neo4jSettings = { uri: string; user: string; password: string; database: string };

export type LocalDatabaseOptions = {
  /** Names the folder .neo4j/<instance>/; "dev" (default, port 7687) or "test" (port 7688). */
  instance?: string;
  /** Bolt port; defaults to the instance's port. */
  port?: number;
  log?: (msg: string) => void;
  /** Where NEO4J_PASSWORD and JAVA_HOME are read from; defaults to process.env. */
  env?: NodeJS.ProcessEnv;
  /** How long to wait for the server to accept connections once Java runs (ms). */
  readyTimeoutMs?: number;
};

export type LocalDatabaseStatus = {
  instance: string;
  running: boolean;
  /** The server answered a Bolt login with the instance's password. */
  reachable: boolean;
  pid?: number;
  port: number;
  uri: string;
  user: string;
  /** Undefined when the password comes from NEO4J_PASSWORD. */
  passwordFile?: string;
  dataDir: string;
  logFile: string;
};

// ---------------------------------------------------------------------------------------------
// Public API

/**
 * Starts the local Neo4j instance, or reuses it when it already runs, and resolves once it accepts
 * Bolt logins. The first call on a machine builds the server with Maven (a download of several
 * minutes); later calls take seconds.
 */
export async function startLocalDatabase(opts: LocalDatabaseOptions = {}): Promise<Neo4jSettings> {
  const instance = instanceName(opts.instance);
  const paths = pathsOf(instance);
  const env = opts.env ?? process.env;
  const log = opts.log ?? (() => {});
  const readyTimeoutMs = opts.readyTimeoutMs ?? 180_000;
  // Fail on a missing port before anything is created for the instance.
  if (readNumber(paths.portFile) === undefined) defaultPort(instance, opts.port);
  secureInstanceDir(paths.dir);
  const { password } = passwordFor(paths, env);

  return withLock(paths.lockFile, BUILD_TIMEOUT_MS + readyTimeoutMs, async () => {
    const existing = runningPid(paths);
    if (existing !== undefined) {
      const port = readNumber(paths.portFile) ?? defaultPort(instance, opts.port);
      if (opts.port !== undefined && opts.port !== port) {
        throw new Error(
          `The local Neo4j server "${instance}" already runs on port ${port}, not ${opts.port}. ` +
            `Stop it first: npm run db:stop -- --instance ${instance}`,
        );
      }
      log(`Local Neo4j "${instance}" already running (pid ${existing}) on ${uriOf(port)}.`);
      await waitUntilReady(instance, paths, existing, port, password, readyTimeoutMs);
      return { uri: uriOf(port), user: USER, password, database: DATABASE };
    }

    const port = defaultPort(instance, opts.port);
    for (const stale of [paths.pidFile, paths.portFile, paths.readyFile]) {
      rmSync(stale, { force: true });
    }
    if (!(await portIsFree(port))) {
      throw new Error(
        `Port ${port} on ${HOST} is already in use by another program, so the local Neo4j server ` +
          `"${instance}" cannot listen there. Stop that program, choose another port ` +
          `(npm run db:start -- --instance ${instance} --port <n>), or set NEO4J_URI (and ` +
          "NEO4J_PASSWORD) to use the server that is already running.",
      );
    }

    const java = findJava(env);
    const classpath = await ensureBuilt(java, log);

    log(`Starting local Neo4j "${instance}" on ${uriOf(port)} (log: ${paths.logFile}).`);
    const out = openSync(paths.logFile, "a", 0o600);
    let child: ChildProcess;
    try {
      const [command, args] = withPrivateUmask(java.command, [
        `-Xmx${JVM_HEAP}`,
        "-Xms128m",
        "-XX:+UseG1GC",
        "-XX:-OmitStackTraceInFastThrow",
        "-Djdk.nio.maxCachedBufferSize=1024",
        "-Dio.netty.tryReflectionSetAccessible=true",
        "-Dfile.encoding=UTF-8",
        "-Dlog4j2.disable.jmx=true",
        // Neo4j's own launcher passes these: its page cache and netty use JDK internals.
        "--add-opens=java.base/java.nio=ALL-UNNAMED",
        "--add-opens=java.base/java.io=ALL-UNNAMED",
        "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
        "--enable-native-access=ALL-UNNAMED",
        "-cp",
        classpath.join(":"),
        MAIN_CLASS,
        "--home",
        paths.dir,
        "--plugins",
        PLUGINS_DIR,
        "--ready-file",
        paths.readyFile,
        "--port",
        String(port),
        "--pagecache-mb",
        String(PAGE_CACHE_MB),
      ]);
      child = spawn(command, args, {
        cwd: paths.dir,
        // Detached in its own process group so it outlives the command that started it and a
        // Ctrl-C in that terminal does not reach it.
        detached: true,
        stdio: ["ignore", out, out],
        env: { ...env, NEO4J_LOCAL_PASSWORD: password },
      });
    } finally {
      closeSync(out);
    }
    const pid = child.pid;
    if (pid === undefined) {
      throw new Error(`Could not start ${java.command}; see ${paths.logFile}.`);
    }
    child.unref();
    writeFileSync(paths.pidFile, `${pid}\n`, { mode: 0o600 });
    writeFileSync(paths.portFile, `${port}\n`, { mode: 0o600 });

    const started = Date.now();
    await waitUntilReady(instance, paths, pid, port, password, readyTimeoutMs);
    log(`Local Neo4j "${instance}" ready in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    return { uri: uriOf(port), user: USER, password, database: DATABASE };
  });
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch (e) {
    // Already gone between the check and the signal.
    if ((e as NodeJS.ErrnoException).code !== "ESRCH") throw e;
  }
}

/** Stops the instance if it runs (clean shutdown, forced after a minute). */
export async function stopLocalDatabase(
  opts: Pick<LocalDatabaseOptions, "instance" | "log"> = {},
): Promise<{ stopped: boolean }> {
  const instance = instanceName(opts.instance);
  const paths = pathsOf(instance);
  const log = opts.log ?? (() => {});
  const pid = runningPid(paths);
  let stopped = false;
  if (pid !== undefined) {
    log(`Stopping local Neo4j "${instance}" (pid ${pid}).`);
    signal(pid, "SIGTERM");
    const deadline = Date.now() + STOP_TIMEOUT_MS;
    while (isAlive(pid) && Date.now() < deadline) await sleep(100);
    if (isAlive(pid)) {
      log(`Local Neo4j "${instance}" did not stop within ${STOP_TIMEOUT_MS / 1000} s; killing it.`);
      signal(pid, "SIGKILL");
      while (isAlive(pid)) await sleep(100);
    }
    stopped = true;
  }
  for (const file of [paths.pidFile, paths.portFile, paths.readyFile]) {
    rmSync(file, { force: true });
  }
  return { stopped };
}

export async function localDatabaseStatus(
  opts: Pick<LocalDatabaseOptions, "instance" | "port" | "env"> = {},
): Promise<LocalDatabaseStatus> {
  const instance = instanceName(opts.instance);
  const paths = pathsOf(instance);
  const env = opts.env ?? process.env;
  const pid = runningPid(paths);
  const port =
    (pid !== undefined ? readNumber(paths.portFile) : undefined) ??
    defaultPort(instance, opts.port);
  const usesEnvPassword = Boolean(env.NEO4J_PASSWORD);
  let reachable = false;
  if (pid !== undefined && isReady(paths, pid)) {
    const password = usesEnvPassword
      ? env.NEO4J_PASSWORD
      : existsSync(paths.passwordFile)
        ? readFileSync(paths.passwordFile, "utf8").trim()
        : undefined;
    reachable = password !== undefined && (await checkBolt(port, password)).ok;
  }
  return {
    instance,
    running: pid !== undefined,
    reachable,
    ...(pid !== undefined ? { pid } : {}),
    port,
    uri: uriOf(port),
    user: USER,
    ...(usesEnvPassword ? {} : { passwordFile: paths.passwordFile }),
    dataDir: paths.data,
    logFile: paths.logFile,
  };
}

/** Stops the instance and deletes its store and Neo4j logs; the password file is kept. */
export async function resetLocalDatabase(
  opts: Pick<LocalDatabaseOptions, "instance" | "log"> = {},
): Promise<void> {
  const instance = instanceName(opts.instance);
  const paths = pathsOf(instance);
  await stopLocalDatabase(opts);
  for (const dir of [paths.data, paths.logs]) {
    if (existsSync(dir) && statSync(dir).isDirectory())
      rmSync(dir, { recursive: true, force: true });
  }
  opts.log?.(`Deleted the data of local Neo4j "${instance}" (${paths.data}).`);
}
