/**
 * Control of the local Neo4j Community server (src/db/neo4j-server), assembled from Maven Central
 * jars and run as a detached Java process per named instance. Everything an instance owns lives
 * in .neo4j/<instance>/ (ignored by git): the store (data/), Neo4j's own logs (logs/), the
 * process output (neo4j.log), the generated password (password), neo4j.pid and neo4j.port.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import neo4j from "neo4j-driver";
import { secureInstanceDir, withPrivateUmask } from "./instance-files.js";

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

const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SERVER_PROJECT = join(REPO_ROOT, "src", "db", "neo4j-server");
const BUILD_DIR = join(SERVER_PROJECT, "target");
const STATE_ROOT = join(REPO_ROOT, ".neo4j");
const MAIN_CLASS = "kg.neo4j.LocalNeo4jServer";
const DEFAULT_PORTS: Record<string, number> = { dev: 7687, test: 7688 };
const USER = "neo4j";
const DATABASE = "neo4j";
const HOST = "127.0.0.1";
// About 1 GiB for the whole process: heap, page cache, and the JVM's own overhead.
const JVM_HEAP = "512m";
const PAGE_CACHE_MB = 256;
const BUILD_TIMEOUT_MS = 45 * 60_000;
const STOP_TIMEOUT_MS = 60_000;
const SUPPORTED_JAVA = [17, 21];

type Paths = {
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

function instanceName(instance: string | undefined): string {
  const name = instance ?? "dev";
  // The name becomes a folder name: keep it to something that cannot escape .neo4j/.
  if (!/^[a-z0-9][a-z0-9_-]{0,39}$/.test(name)) {
    throw new Error(
      `Invalid local database instance name "${name}": use lower-case letters, digits, "-" or "_".`,
    );
  }
  return name;
}

function pathsOf(instance: string): Paths {
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

function readNumber(file: string): number | undefined {
  try {
    const n = Number.parseInt(readFileSync(file, "utf8").trim(), 10);
    return Number.isSafeInteger(n) && n > 0 ? n : undefined;
  } catch {
    return undefined;
  }
}

function defaultPort(instance: string, port: number | undefined): number {
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

function uriOf(port: number): string {
  // 127.0.0.1 rather than localhost: the server listens on IPv4 loopback only, and localhost may
  // resolve to ::1 first.
  return `bolt://${HOST}:${port}`;
}

// ---------------------------------------------------------------------------------------------
// Processes

function isAlive(pid: number): boolean {
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
function isOurServer(pid: number, paths: Paths): boolean {
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
function findServerProcess(paths: Paths): number | undefined {
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

function runningPid(paths: Paths): number | undefined {
  const pid = readNumber(paths.pidFile);
  if (pid !== undefined && isOurServer(pid, paths)) return pid;
  const found = findServerProcess(paths);
  if (found === undefined || !isAlive(found)) return undefined;
  // Restore the files so that stop, status and later starts find it the usual way.
  writeFileSync(paths.pidFile, `${found}\n`);
  const port = portFromCommandLine(found);
  if (port !== undefined) writeFileSync(paths.portFile, `${port}\n`);
  return found;
}

function portFromCommandLine(pid: number): number | undefined {
  try {
    const args = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
    const i = args.indexOf("--port");
    const port = i >= 0 ? Number(args[i + 1]) : Number.NaN;
    return Number.isInteger(port) ? port : undefined;
  } catch {
    return undefined;
  }
}

function isReady(paths: Paths, pid: number): boolean {
  return readNumber(paths.readyFile) === pid;
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", (e: NodeJS.ErrnoException) => {
      if (e.code === "EADDRINUSE" || e.code === "EACCES") resolve(false);
      else reject(e);
    });
    server.listen({ host: HOST, port, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

function logTail(file: string, lines = 30): string {
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
async function withLock<T>(lockFile: string, timeoutMs: number, fn: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      writeFileSync(lockFile, String(process.pid), { flag: "wx" });
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
// Password

function generatedPassword(paths: Paths): string {
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

function passwordFor(paths: Paths, env: NodeJS.ProcessEnv): { password: string; file?: string } {
  const configured = env.NEO4J_PASSWORD;
  if (configured) {
    if (configured.length < 8) {
      throw new Error("NEO4J_PASSWORD must have at least 8 characters for the local Neo4j server.");
    }
    return { password: configured };
  }
  return { password: generatedPassword(paths), file: paths.passwordFile };
}

// ---------------------------------------------------------------------------------------------
// Build: Maven downloads Neo4j and APOC, compiles the launcher, writes the classpath.

type Java = { command: string; major: number };

function findJava(env: NodeJS.ProcessEnv): Java {
  const command = env.JAVA_HOME ? join(env.JAVA_HOME, "bin", "java") : "java";
  const result = spawnSync(command, ["-version"], { encoding: "utf8" });
  if (result.error) {
    throw new Error(
      `Java was not found (tried "${command}"). The local Neo4j 5.26 server needs a Java 17 or 21 ` +
        "runtime: install one (Debian/Ubuntu: apt-get install openjdk-17-jdk-headless) or set " +
        "JAVA_HOME; or point NEO4J_URI at an existing Neo4j server instead.",
    );
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(`${result.stderr}${result.stdout}`);
  const first = Number(match?.[1]);
  const major = first === 1 ? Number(match?.[2]) : first;
  if (!SUPPORTED_JAVA.includes(major)) {
    throw new Error(
      `Neo4j 5.26 runs on Java 17 or 21, but "${command}" is Java ${Number.isNaN(major) ? "(unknown version)" : major}. ` +
        "Set JAVA_HOME to a Java 17 or 21 installation.",
    );
  }
  return { command, major };
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** Changes whenever anything that goes into the build changes. */
function buildFingerprint(java: Java): string {
  const hash = createHash("sha256");
  hash.update(`java ${java.major}\n`);
  for (const file of [
    join(SERVER_PROJECT, "pom.xml"),
    ...sourceFiles(join(SERVER_PROJECT, "src", "main")),
  ]) {
    hash.update(`${file}\n`);
    hash.update(readFileSync(file));
  }
  return hash.digest("hex");
}

const STAMP_FILE = join(BUILD_DIR, "build.stamp");
const CLASSPATH_FILE = join(BUILD_DIR, "classpath.txt");
const CLASSES_DIR = join(BUILD_DIR, "classes");
const PLUGINS_DIR = join(BUILD_DIR, "plugins");

function readClasspath(): string[] | undefined {
  try {
    const entries = readFileSync(CLASSPATH_FILE, "utf8").trim().split(":").filter(Boolean);
    return entries.length > 0 ? entries : undefined;
  } catch {
    return undefined;
  }
}

/** The previous build is still good: same inputs and every jar still in the Maven repository. */
function buildIsCurrent(fingerprint: string): boolean {
  try {
    if (readFileSync(STAMP_FILE, "utf8").trim() !== fingerprint) return false;
    const classpath = readClasspath();
    return (
      classpath?.every((jar) => existsSync(jar)) === true &&
      existsSync(join(CLASSES_DIR, `${MAIN_CLASS.replaceAll(".", "/")}.class`)) &&
      readdirSync(PLUGINS_DIR).some((f) => f.endsWith(".jar"))
    );
  } catch {
    return false;
  }
}

/** Maven's [ERROR] lines without its generic advice, or the end of the output if there are none. */
function mavenErrors(buildLog: string): string {
  const generic = /^\[ERROR\] *(To see|Re-run|For more information|\[Help \d+\]|$)/;
  const errors = logTail(buildLog, 400)
    .split("\n")
    .filter((line) => line.startsWith("[ERROR]") && !generic.test(line))
    .map((line) => line.replace(/ -> \[Help \d+\]$/, ""))
    .slice(0, 12);
  return errors.length > 0 ? errors.join("\n") : logTail(buildLog, 30);
}

function runMaven(log: (msg: string) => void, buildLog: string): Promise<void> {
  const probe = spawnSync("mvn", ["-v"], { encoding: "utf8" });
  if (probe.error) {
    throw new Error(
      "Maven (mvn) was not found. It is needed once to download Neo4j and APOC from Maven " +
        "Central: install it (Debian/Ubuntu: apt-get install maven), or point NEO4J_URI at an " +
        "existing Neo4j server instead.",
    );
  }
  log(
    "Building the local Neo4j server with Maven. The first build downloads about 130 MB of jars " +
      `from Maven Central into ~/.m2 and can take several minutes; output goes to ${buildLog}.`,
  );
  const out = openSync(buildLog, "w");
  const started = Date.now();
  return new Promise<void>((resolve, reject) => {
    let child: ChildProcess;
    try {
      child = spawn("mvn", ["-B", "-ntp", "-Dstyle.color=never", "compile"], {
        cwd: SERVER_PROJECT,
        stdio: ["ignore", out, out],
      });
    } finally {
      closeSync(out);
    }
    const heartbeat = setInterval(() => {
      log(`  still building (${Math.round((Date.now() - started) / 1000)} s)...`);
    }, 30_000);
    const timeout = setTimeout(() => child.kill("SIGTERM"), BUILD_TIMEOUT_MS);
    child.once("error", (e) => {
      clearInterval(heartbeat);
      clearTimeout(timeout);
      reject(e);
    });
    child.once("exit", (code, signal) => {
      clearInterval(heartbeat);
      clearTimeout(timeout);
      if (code === 0) {
        log(`  built in ${Math.round((Date.now() - started) / 1000)} s`);
        resolve();
        return;
      }
      const output = mavenErrors(buildLog);
      const download =
        /Could not (resolve|transfer)|could not be resolved|Cannot access|Failed to (collect|read artifact descriptor)|UnknownHost|Connection (refused|timed out|reset)|PKIX|Network is unreachable/i;
      const reason = signal ? `was stopped (${signal})` : `failed (exit code ${code})`;
      reject(
        new Error(
          download.test(output)
            ? `Maven could not download Neo4j/APOC from Maven Central (build ${reason}). Check the ` +
                "network connection and any proxy or mirror in ~/.m2/settings.xml, then run " +
                `\`npm run db:start\` again. Full output: ${buildLog}\n${output}`
            : `The Maven build of ${SERVER_PROJECT} ${reason}. Full output: ${buildLog}\n${output}`,
        ),
      );
    });
  });
}

async function ensureBuilt(java: Java, log: (msg: string) => void): Promise<string[]> {
  mkdirSync(STATE_ROOT, { recursive: true });
  return withLock(join(STATE_ROOT, "build.lock"), BUILD_TIMEOUT_MS, async () => {
    const fingerprint = buildFingerprint(java);
    if (!buildIsCurrent(fingerprint)) {
      await runMaven(log, join(STATE_ROOT, "build.log"));
      const classpath = readClasspath();
      if (!classpath) throw new Error(`Maven did not write ${CLASSPATH_FILE}.`);
      writeFileSync(STAMP_FILE, `${fingerprint}\n`);
    }
    return [CLASSES_DIR, ...(readClasspath() ?? [])];
  });
}

// ---------------------------------------------------------------------------------------------
// Bolt

type BoltCheck = { ok: true } | { ok: false; auth: boolean; message: string };

async function checkBolt(port: number, password: string): Promise<BoltCheck> {
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

async function waitUntilReady(
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
    writeFileSync(paths.pidFile, `${pid}\n`);
    writeFileSync(paths.portFile, `${port}\n`);

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
