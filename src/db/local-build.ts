/** Building the local server with Maven: Java, the build fingerprint, the classpath. */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import {
  BUILD_DIR,
  BUILD_TIMEOUT_MS,
  MAIN_CLASS,
  SERVER_PROJECT,
  STATE_ROOT,
  SUPPORTED_JAVA,
} from "./local-instance.js";
import { logTail, withLock } from "./local-process.js";

// ---------------------------------------------------------------------------------------------
// Build: Maven downloads Neo4j and APOC, compiles the launcher, writes the classpath.

export type Java = { command: string; major: number };

export function findJava(env: NodeJS.ProcessEnv): Java {
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

export function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** Changes whenever anything that goes into the build changes. */
export function buildFingerprint(java: Java): string {
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

export const STAMP_FILE = join(BUILD_DIR, "build.stamp");
export const CLASSPATH_FILE = join(BUILD_DIR, "classpath.txt");
export const CLASSES_DIR = join(BUILD_DIR, "classes");
export const PLUGINS_DIR = join(BUILD_DIR, "plugins");

export function readClasspath(): string[] | undefined {
  try {
    const entries = readFileSync(CLASSPATH_FILE, "utf8").trim().split(":").filter(Boolean);
    return entries.length > 0 ? entries : undefined;
  } catch {
    return undefined;
  }
}

/** The previous build is still good: same inputs and every jar still in the Maven repository. */
export function buildIsCurrent(fingerprint: string): boolean {
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
export function mavenErrors(buildLog: string): string {
  const generic = /^\[ERROR\] *(To see|Re-run|For more information|\[Help \d+\]|$)/;
  const errors = logTail(buildLog, 400)
    .split("\n")
    .filter((line) => line.startsWith("[ERROR]") && !generic.test(line))
    .map((line) => line.replace(/ -> \[Help \d+\]$/, ""))
    .slice(0, 12);
  return errors.length > 0 ? errors.join("\n") : logTail(buildLog, 30);
}

export function runMaven(log: (msg: string) => void, buildLog: string): Promise<void> {
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

export async function ensureBuilt(java: Java, log: (msg: string) => void): Promise<string[]> {
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
