/**
 * `npm run bench:api`: serving speed of the GraphQL API, side by side with @neo4j/graphql on the
 * same Neo4j, at growing graph sizes (default about 10k, 100k and 1M relationships).
 *
 * For each size: empties the benchmark database (its own local instance, "bench-api" on port
 * 7693 unless told otherwise), loads generated articles with the project's loader until the
 * graph has that many relationships, counts what it holds, picks query variables from it
 * (typical persons by degree, and the biggest hub), then loads each query with autocannon on
 * 127.0.0.1: first once per variant (every answer must be 200 without GraphQL errors), then
 * serially (round trips per request, PROFILE db hits of each statement, unloaded latency), then
 * under load. Both servers run as child processes; everything started here is stopped at the end.
 *
 * Flags: --quick (small sizes, short runs), --sizes 10k,100k,1M, --duration S, --warmup S,
 * --connections N, --hub-duration S, --queries id,id, --no-theirs, --seed N, --instance NAME,
 * --db-port N, --port N (ours; theirs takes N+1), --keep-db (leave the database running),
 * --no-load (one size: query the graph the database already holds, as a previous run left it),
 * --max-minutes M (skips the remaining load runs past that). Raw results: test/bench/out/.
 */
import { type ChildProcess, fork } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { cpus, totalmem } from "node:os";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { Database } from "../../../src/db/database.js";
import { createDriver } from "../../../src/db/driver.js";
import {
  localDatabaseStatus,
  type Neo4jSettings,
  startLocalDatabase,
  stopLocalDatabase,
} from "../../../src/db/local-server.js";
import {
  buildGraph,
  chooseVariables,
  clearGraph,
  countGraph,
  type GraphSize,
  type LoadReport,
  type Variables,
} from "./graph.js";
import { type BenchQuery, type Body, HUB_QUERIES, QUERIES } from "./queries.js";
import type { PlanSummary } from "./server.js";

const { values: flags } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    sizes: { type: "string" },
    duration: { type: "string" },
    warmup: { type: "string" },
    connections: { type: "string" },
    "hub-duration": { type: "string" },
    queries: { type: "string" },
    "no-theirs": { type: "boolean", default: false },
    seed: { type: "string", default: "2026" },
    instance: { type: "string", default: "bench-api" },
    "db-port": { type: "string", default: "7693" },
    port: { type: "string", default: "4100" },
    "keep-db": { type: "boolean", default: false },
    "no-load": { type: "boolean", default: false },
    "max-minutes": { type: "string", default: "28" },
  },
});

function parseSize(text: string): GraphSize {
  const m = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(text.trim());
  if (!m) throw new Error(`--sizes: "${text}" is not a size such as 10k or 1M`);
  const n =
    Number(m[1]) * (m[2]?.toLowerCase() === "k" ? 1e3 : m[2]?.toLowerCase() === "m" ? 1e6 : 1);
  return { label: text.trim(), relationships: Math.round(n) };
}

function num(text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isFinite(n) || n < 0) throw new Error(`not a number: ${text}`);
  return n;
}

const quick = flags.quick === true;
const config = {
  sizes: (flags.sizes ?? (quick ? "2k,10k" : "10k,100k,1M")).split(",").map(parseSize),
  duration: num(flags.duration, quick ? 2 : 10),
  warmup: num(flags.warmup, quick ? 1 : 2),
  hubDuration: num(flags["hub-duration"], quick ? 2 : 5),
  connections: num(flags.connections, 10),
  queries: flags.queries?.split(",") ?? QUERIES.map((q) => q.id),
  theirs: flags["no-theirs"] !== true,
  seed: num(flags.seed, 2026),
  instance: flags.instance ?? "bench-api",
  dbPort: num(flags["db-port"], 7693),
  port: num(flags.port, 4100),
  maxMinutes: num(flags["max-minutes"], 28),
};
const unknown = config.queries.filter((id) => !QUERIES.some((q) => q.id === id));
if (unknown.length > 0) throw new Error(`unknown queries: ${unknown.join(", ")}`);

const started = Date.now();
const log = (m: string) =>
  console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${m}`);
const overTime = () => Date.now() - started > config.maxMinutes * 60_000;

// ---- servers -------------------------------------------------------------------------------

interface Child {
  kind: "ours" | "theirs";
  port: number;
  process: ChildProcess;
  /** Sends a message and resolves with the child's next reply. */
  ask<T>(message: object): Promise<T>;
}

function startServer(
  kind: "ours" | "theirs",
  port: number,
  settings: Neo4jSettings,
): Promise<Child> {
  const child = fork(
    new URL("./server.ts", import.meta.url).pathname,
    ["--kind", kind, "--port", String(port)],
    {
      env: {
        ...process.env,
        NEO4J_URI: settings.uri,
        NEO4J_USER: settings.user,
        NEO4J_PASSWORD: settings.password,
        NEO4J_DATABASE: settings.database,
        NODE_ENV: "production",
      },
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    },
  );
  const waiting: ((m: unknown) => void)[] = [];
  child.on("message", (m) => waiting.shift()?.(m));
  const ask = <T>(message: object) =>
    new Promise<T>((resolve) => {
      waiting.push(resolve as (m: unknown) => void);
      child.send(message);
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${kind} server did not start in 60 s`)),
      60_000,
    );
    waiting.push(() => {
      clearTimeout(timer);
      resolve({ kind, port, process: child, ask });
    });
    child.once("exit", (code) =>
      reject(new Error(`${kind} server exited (${code}) while starting`)),
    );
  });
}

async function stopServer(child: Child): Promise<void> {
  if (child.process.exitCode !== null) return;
  const exited = new Promise((r) => child.process.once("exit", r));
  child.process.send({ type: "stop" });
  const timer = setTimeout(() => child.process.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

// ---- requests ------------------------------------------------------------------------------

interface Answer {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: { message: string }[];
}

async function post(port: number, body: Body): Promise<{ answer: Answer; ms: number }> {
  const t0 = performance.now();
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
  const json = (await res.json()) as Answer;
  return { answer: { ...json, status: res.status }, ms: performance.now() - t0 };
}

/** Leaves of an answer: how much it holds, to tell an empty answer from a real one. */
function leaves(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + leaves(v), 0);
  if (value && typeof value === "object")
    return Object.values(value).reduce((n: number, v) => n + leaves(v), 0);
  return value === null || value === undefined ? 0 : 1;
}

interface LoadResult {
  requestsPerSecond: number;
  requests: number;
  latencyMs: { mean: number; p50: number; p90: number; p99: number; max: number };
  non2xx: number;
  connectionErrors: number;
  timeouts: number;
  graphqlErrors: number;
  seconds: number;
  /** CPU time per request: the GraphQL server's process, and Neo4j's (whatever else it did). */
  cpuMsPerRequest: { server: number; neo4j: number };
}

/** One side's load, accumulated over the rounds it ran. */
class Tally {
  readonly latencies: number[] = [];
  requests = 0;
  non2xx = 0;
  errors = 0;
  timeouts = 0;
  graphqlErrors = 0;
  seconds = 0;
  serverMicros = 0;
  neo4jMicros = 0;

  result(): LoadResult {
    const sorted = Float64Array.from(this.latencies).sort();
    const q = (p: number) =>
      round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0);
    const mean = sorted.reduce((n, x) => n + x, 0) / Math.max(1, sorted.length);
    const per = (micros: number) => round(micros / 1000 / Math.max(1, this.requests), 2);
    return {
      requestsPerSecond: round(this.requests / Math.max(0.001, this.seconds)),
      requests: this.requests,
      latencyMs: { mean: round(mean), p50: q(0.5), p90: q(0.9), p99: q(0.99), max: q(1) },
      non2xx: this.non2xx,
      connectionErrors: this.errors,
      timeouts: this.timeouts,
      graphqlErrors: this.graphqlErrors,
      seconds: round(this.seconds),
      cpuMsPerRequest: { server: per(this.serverMicros), neo4j: per(this.neo4jMicros) },
    };
  }
}

function round(x: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Neo4j's CPU time so far (µs), from /proc; 0 where there is no /proc. */
let neo4jPid: number | undefined;
function neo4jCpuMicros(): number {
  if (!neo4jPid) return 0;
  try {
    const fields = readFileSync(`/proc/${neo4jPid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    // utime and stime, fields 14 and 15 of stat (11 and 12 after the command), in 1/100 s.
    return (Number(fields[11]) + Number(fields[12])) * 10_000;
  } catch {
    return 0;
  }
}

/** Runs autocannon against one server for `seconds`, adding what it saw to `tally`. */
async function load(
  child: Child,
  bodies: readonly Body[],
  seconds: number,
  tally?: Tally,
): Promise<void> {
  const payloads = bodies.map((b) => JSON.stringify(b));
  let next = 0;
  let graphqlErrors = 0;
  const cpu0 = tally ? (await child.ask<{ micros: number }>({ type: "cpu" })).micros : 0;
  const db0 = neo4jCpuMicros();
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `http://127.0.0.1:${child.port}/graphql`,
        connections: config.connections,
        duration: seconds,
        method: "POST",
        headers: { "content-type": "application/json" },
        requests: [
          {
            setupRequest: (request) => {
              const body = payloads[next++ % payloads.length] as string;
              return { ...request, body };
            },
            // Every answer is read: a 200 that carries GraphQL errors counts as an error.
            onResponse: (_status, body) => {
              if (body.includes('"errors"')) graphqlErrors++;
            },
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    instance.on("response", (_client, _status, _bytes, ms) => latencies.push(ms));
  });
  if (!tally) return;
  const db1 = neo4jCpuMicros();
  const cpu1 = (await child.ask<{ micros: number }>({ type: "cpu" })).micros;
  tally.latencies.push(...latencies);
  tally.requests += result.requests.total;
  tally.non2xx += result.non2xx;
  tally.errors += result.errors;
  tally.timeouts += result.timeouts;
  tally.graphqlErrors += graphqlErrors;
  tally.seconds += result.duration;
  tally.serverMicros += cpu1 - cpu0;
  tally.neo4jMicros += db1 - db0;
}

interface ServerRun {
  /** Every variant answered once: 200, no GraphQL errors, and how much data. */
  check: {
    ok: boolean;
    variants: number;
    emptyAnswers: number;
    slowestMs?: number;
    problem?: string;
  };
  /** Median of serial requests, one at a time (no load). */
  serialMs?: { p50: number; max: number };
  roundTrips?: { perRequest: number; statements: string[] };
  profile?: { dbHits: number; plans: PlanSummary[] };
  load?: LoadResult;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : (s[Math.floor(s.length / 2)] as number);
}

/** Each variant once (200, no GraphQL errors), then serial requests: latency, trips, PROFILE. */
async function probe(child: Child, bodies: readonly Body[]): Promise<ServerRun> {
  const run: ServerRun = { check: { ok: true, variants: bodies.length, emptyAnswers: 0 } };
  let slowest = 0;
  const send = (body: Body) =>
    post(child.port, body).catch((e: unknown) => ({
      answer: { status: 0, errors: [{ message: (e as Error).message }] } as Answer,
      ms: 0,
    }));
  for (const body of bodies) {
    let { answer, ms } = await send(body);
    // A first answer may include planning the statements, or a pause of the machine: a slow
    // one is asked again, and only a second slow answer counts.
    if (ms > SLOW_MS && answer.status === 200 && !answer.errors)
      ({ answer, ms } = await send(body));
    slowest = Math.max(slowest, ms);
    if (answer.status !== 200 || answer.errors) {
      run.check = {
        ...run.check,
        ok: false,
        slowestMs: round(slowest),
        problem: `${answer.status} after ${round(ms / 1000, 1)} s: ${JSON.stringify(answer.errors ?? answer).slice(0, 400)}`,
      };
      return run;
    }
    if (leaves(answer.data) <= 1) run.check.emptyAnswers++;
  }
  run.check.slowestMs = round(slowest);
  // A query this slow one at a time would only time out under load, and keep Neo4j busy after.
  if (slowest > SLOW_MS) {
    run.check.problem = `too slow: ${round(slowest / 1000, 1)} s for one request`;
    return run;
  }
  const serial: number[] = [];
  if (child.kind === "ours") await child.ask({ type: "record", on: true });
  const serialCount = Math.max(10, bodies.length * 2);
  for (let k = 0; k < serialCount; k++)
    serial.push((await post(child.port, bodies[k % bodies.length] as Body)).ms);
  run.serialMs = { p50: round(median(serial)), max: round(Math.max(...serial)) };
  if (child.kind === "ours") {
    const { names } = await child.ask<{ names: string[] }>({ type: "recorded" });
    run.roundTrips = {
      perRequest: round(names.length / serialCount, 2),
      statements: [...new Set(names)],
    };
    // PROFILE the statements of one request about a typical (middle) variant.
    await child.ask({ type: "record", on: true });
    await post(child.port, bodies[Math.floor(bodies.length / 2)] as Body);
    await child.ask({ type: "record", on: false });
    const { plans, error } = await child.ask<{ plans: PlanSummary[]; error?: string }>({
      type: "profile",
    });
    if (error) throw new Error(`PROFILE failed: ${error}`);
    run.profile = { dbHits: plans.reduce((n, p) => n + p.dbHits, 0), plans };
  }
  return run;
}

/**
 * Loads the servers in turns (ours, theirs, ours, …), `rounds` turns each adding up to
 * `seconds`, so that a change in the machine's background load hits both alike.
 */
/** Slowest single request (ms) a query may take and still be loaded. */
const SLOW_MS = 3_000;

async function measure(
  sides: { child: Child; bodies: readonly Body[]; run: ServerRun }[],
  seconds: number,
): Promise<void> {
  const live = sides.filter((s) => s.run.check.ok && s.run.serialMs);
  if (live.length === 0 || overTime()) return;
  if (config.warmup > 0) for (const s of live) await load(s.child, s.bodies, config.warmup);
  const tallies = live.map(() => new Tally());
  const rounds = Math.max(1, Math.round(seconds / 2.5));
  for (let r = 0; r < rounds; r++)
    for (const [k, s] of live.entries())
      await load(s.child, s.bodies, seconds / rounds, tallies[k]);
  for (const [k, s] of live.entries()) s.run.load = tallies[k]?.result();
}

// ---- the run -------------------------------------------------------------------------------

interface QueryResult {
  id: string;
  title: string;
  actor: "typical" | "hub";
  theirsNote?: string;
  ours: ServerRun;
  theirs?: ServerRun;
  /** Ours ÷ theirs, requests per second. */
  ratio?: number;
}

interface SizeResult {
  size: GraphSize;
  load: LoadReport | null;
  counts: Awaited<ReturnType<typeof countGraph>>;
  variables: {
    hub: { id: string; nameEn: string; degree: number };
    typical: { id: string; nameEn: string; degree: number }[];
    degrees: Variables["degrees"];
    countryPairs: [string, string][];
    months: string[];
  };
  queries: QueryResult[];
}

const children: Child[] = [];
let startedDatabase = false;
let cleaning: Promise<void> | undefined;

async function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    for (const c of children) await stopServer(c).catch(() => undefined);
    if (startedDatabase && !flags["keep-db"])
      await stopLocalDatabase({ instance: config.instance, log }).catch((e: unknown) =>
        log(`could not stop the database: ${(e as Error).message}`),
      );
  })();
  return cleaning;
}

for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => {
    log(`${signal}: stopping`);
    void cleanUp().then(() => process.exit(130));
  });

function packageVersion(name: string): string {
  const path = new URL(`../../../node_modules/${name}/package.json`, import.meta.url);
  return (JSON.parse(readFileSync(path, "utf8")) as { version: string }).version;
}

async function main(): Promise<void> {
  const wasRunning = (await localDatabaseStatus({ instance: config.instance, port: config.dbPort }))
    .running;
  const settings = await startLocalDatabase({
    instance: config.instance,
    port: config.dbPort,
    log,
  });
  startedDatabase = !wasRunning;
  neo4jPid = Number(
    readFileSync(
      new URL(`../../../.neo4j/${config.instance}/neo4j.pid`, import.meta.url),
      "utf8",
    ).trim(),
  );
  const db = new Database(createDriver(settings), { database: settings.database });
  await db.applySchema();
  const { records } = await db.driver.executeQuery(
    "CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition",
    {},
    { database: settings.database },
  );
  const neo4jVersion = `${records[0]?.get("name")} ${records[0]?.get("version")} ${records[0]?.get("edition")}`;

  const environment = {
    machine: `${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${Math.round(totalmem() / 2 ** 30)} GiB`,
    node: process.version,
    neo4j: neo4jVersion,
    neo4jMemory: "heap 512 MB, page cache 256 MB (src/db/local-server.ts)",
    "@neo4j/graphql": packageVersion("@neo4j/graphql"),
    "graphql-yoga": packageVersion("graphql-yoga"),
    autocannon: packageVersion("autocannon"),
  };
  log(
    `${environment.machine}; Node ${environment.node}; ${neo4jVersion}; @neo4j/graphql ${environment["@neo4j/graphql"]}`,
  );

  children.push(await startServer("ours", config.port, settings));
  if (config.theirs) children.push(await startServer("theirs", config.port + 1, settings));
  const [ours, theirs] = children as [Child, Child | undefined];

  const sizes: SizeResult[] = [];
  await mkdir(new URL("../out/", import.meta.url), { recursive: true });
  const out = new URL(`../out/api-${Date.now()}.json`, import.meta.url);
  // Written after each size, so an interrupted run keeps what it measured.
  const save = () =>
    writeFile(
      out,
      `${JSON.stringify({ environment, config, sizes, totalSeconds: Math.round((Date.now() - started) / 1000) }, null, 2)}\n`,
    );
  for (const size of config.sizes) {
    let loadReport: LoadReport | null = null;
    if (!flags["no-load"]) {
      log(`size ${size.label}: emptying the database`);
      await clearGraph(db, settings.database);
      log(`size ${size.label}: loading generated articles`);
      loadReport = await buildGraph(db, settings.database, size, config.seed, log);
    }
    // Plans made on a smaller graph are dropped; index statistics are refreshed.
    await db.driver.executeQuery("CALL db.awaitIndexes(300)", {}, { database: settings.database });
    await db.driver.executeQuery(
      "CALL db.resampleOutdatedIndexes()",
      {},
      { database: settings.database },
    );
    await db.driver.executeQuery("CALL db.clearQueryCaches()", {}, { database: settings.database });
    const counts = await countGraph(db.driver, settings.database);
    log(
      `size ${size.label}: ${counts.nodes} nodes, ${counts.relationships} relationships` +
        (loadReport ? ` (${loadReport.articles} articles in ${loadReport.seconds} s)` : ""),
    );
    const v = await chooseVariables(db.driver, settings.database);
    log(
      `  hub ${v.hub.id} (${v.hub.degree} events); typical degrees ${v.typical.map((t) => t.degree).join(", ")}`,
    );
    const result: SizeResult = {
      size,
      load: loadReport,
      counts,
      variables: {
        hub: { id: v.hub.id, nameEn: v.hub.nameEn, degree: v.hub.degree },
        typical: v.typical.map((t) => ({ id: t.id, nameEn: t.nameEn, degree: t.degree })),
        degrees: v.degrees,
        countryPairs: v.countryPairs,
        months: v.months,
      },
      queries: [],
    };
    const hubVars: Variables = { ...v, typical: [v.hub] };
    const plan: { q: BenchQuery; actor: "typical" | "hub"; vars: Variables; seconds: number }[] =
      [];
    for (const q of QUERIES) {
      if (!config.queries.includes(q.id)) continue;
      plan.push({ q, actor: "typical", vars: v, seconds: config.duration });
      if ((HUB_QUERIES as readonly string[]).includes(q.id))
        plan.push({ q, actor: "hub", vars: hubVars, seconds: config.hubDuration });
    }
    for (const { q, actor, vars, seconds } of plan) {
      const ourBodies = q.ours(vars);
      const entry: QueryResult = {
        id: q.id,
        title: q.title,
        actor,
        ours: await probe(ours, ourBodies),
      };
      const sides = [{ child: ours, bodies: ourBodies, run: entry.ours }];
      if (theirs && q.theirs) {
        const theirBodies = q.theirs(vars);
        entry.theirsNote = q.theirsNote;
        entry.theirs = await probe(theirs, theirBodies);
        sides.push({ child: theirs, bodies: theirBodies, run: entry.theirs });
      }
      await measure(sides, seconds);
      const a = entry.ours.load?.requestsPerSecond;
      const b = entry.theirs?.load?.requestsPerSecond;
      if (a && b) entry.ratio = round(a / b, 2);
      result.queries.push(entry);
      log(`  ${line(entry)}`);
    }
    sizes.push(result);
    await save();
  }

  await db.close();
  console.log(`\n${table(sizes)}\nraw results: ${out.pathname}`);
}

// ---- printing ------------------------------------------------------------------------------

function line(e: QueryResult): string {
  const o = e.ours;
  const l = o.load;
  const parts = [
    `${e.id}${e.actor === "hub" ? " (hub)" : ""}:`,
    o.check.ok ? "" : `OURS FAILED ${o.check.problem}`,
    l ? `ours ${l.requestsPerSecond} req/s p50 ${l.latencyMs.p50} p99 ${l.latencyMs.p99} ms` : "",
    o.roundTrips ? `${o.roundTrips.perRequest} trips` : "",
    o.profile ? `${o.profile.dbHits} db hits` : "",
    e.theirs?.check.ok === false ? `THEIRS FAILED ${e.theirs.check.problem}` : "",
    e.theirs?.load
      ? `theirs ${e.theirs.load.requestsPerSecond} req/s p50 ${e.theirs.load.latencyMs.p50} p99 ${e.theirs.load.latencyMs.p99} ms`
      : "",
    e.ratio ? `ratio ${e.ratio}` : "",
  ];
  return parts.filter(Boolean).join("  ");
}

function errorsOf(r: ServerRun | undefined): string {
  if (!r) return "";
  if (!r.check.ok) return (r.check.slowestMs ?? 0) >= 9_000 ? "timed out" : "FAILED";
  if (r.check.problem) return "too slow";
  const l = r.load;
  return l ? String(l.non2xx + l.connectionErrors + l.graphqlErrors) : "";
}

function table(sizes: SizeResult[]): string {
  const rows: string[][] = [
    [
      "size",
      "query",
      "ours req/s",
      "p50",
      "p99",
      "trips",
      "db hits",
      "cpu ms srv+db",
      "theirs req/s",
      "p50",
      "p99",
      "cpu ms srv+db",
      "ours/theirs",
      "errors o/t",
    ],
  ];
  for (const s of sizes) {
    for (const e of s.queries) {
      const o = e.ours.load;
      const t = e.theirs?.load;
      rows.push([
        `${s.size.label} (${s.counts.relationships})`,
        `${e.id}${e.actor === "hub" ? ` (hub ${s.variables.hub.degree})` : ""}`,
        o ? String(o.requestsPerSecond) : "-",
        o ? String(o.latencyMs.p50) : "-",
        o ? String(o.latencyMs.p99) : "-",
        e.ours.roundTrips ? String(e.ours.roundTrips.perRequest) : "-",
        e.ours.profile ? String(e.ours.profile.dbHits) : "-",
        o ? `${o.cpuMsPerRequest.server}+${o.cpuMsPerRequest.neo4j}` : "-",
        t ? String(t.requestsPerSecond) : "-",
        t ? String(t.latencyMs.p50) : "-",
        t ? String(t.latencyMs.p99) : "-",
        t ? `${t.cpuMsPerRequest.server}+${t.cpuMsPerRequest.neo4j}` : "-",
        e.ratio ? `${e.ratio}×` : "-",
        `${errorsOf(e.ours)}/${errorsOf(e.theirs) || "-"}`,
      ]);
    }
  }
  const widths = rows[0]?.map((_, k) => Math.max(...rows.map((r) => (r[k] ?? "").length))) ?? [];
  const fmt = (r: string[]) => `| ${r.map((c, k) => c.padEnd(widths[k] ?? 0)).join(" | ")} |`;
  return [
    fmt(rows[0] ?? []),
    `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`,
    ...rows.slice(1).map(fmt),
  ].join("\n");
}

try {
  await main();
} catch (e) {
  console.error(`error: ${(e as Error).stack ?? e}`);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
