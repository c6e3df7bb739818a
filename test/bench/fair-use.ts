/**
 * `npm run bench:fair-use`: one ordinary client (100 requests a second, from 127.0.0.3) alone, then
 * while eight connections from another address (127.0.0.2) send a 20-alias
 * `country.relations(first: 200)` query as fast as they can: what it gets answered, and its p99.
 * The server runs from `--root` (default: this checkout), so an older checkout can be measured
 * the same way; it uses the Neo4j of NEO4J_URI, else the local "dev" instance (seeds loaded by
 * `npm start`). Everything runs on 127.0.0.1 and stops by itself.
 *
 * Flags: --root DIR, --port N (default 4100), --seconds S (default 10).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { Agent, request } from "node:http";
import { parseArgs } from "node:util";
import { resolveNeo4jSettings } from "../../src/db/settings.js";

const { values: flags } = parseArgs({
  options: {
    root: { type: "string", default: new URL("../../", import.meta.url).pathname },
    port: { type: "string", default: "4100" },
    seconds: { type: "string", default: "10" },
    // Internal: the abusive client runs in a process of its own, so that its loops do not delay
    // the ordinary client's timers and skew its latencies.
    abuser: { type: "boolean", default: false },
  },
});
const port = Number(flags.port);
const seconds = Number(flags.seconds);
const url = `http://127.0.0.1:${port}/graphql`;

const normal = JSON.stringify({
  query: '{ person(id: "nasser-bourita") { nameEn counterparts { person { nameEn } count } } }',
});
const abusive = JSON.stringify({
  query: `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: country(code: "MA") { relations(with: "RU", first: 200) { kind date event { id type } } }`).join(" ")} }`,
});

interface Outcome {
  sent: number;
  ok: number;
  refused: number;
  latencies: number[];
}

/**
 * Requests from one loopback source address (a client of its own, as the server sees it): at a
 * fixed rate when `rate` is given, else as fast as `connections` loops can send.
 */
async function client(
  from: string,
  body: string,
  opts: { connections: number; rate?: number; seconds: number },
): Promise<Outcome> {
  const agent = new Agent({ keepAlive: true, localAddress: from, maxSockets: opts.connections });
  const out: Outcome = { sent: 0, ok: 0, refused: 0, latencies: [] };
  const end = Date.now() + opts.seconds * 1000;
  const one = () =>
    new Promise<void>((resolve) => {
      const t0 = performance.now();
      out.sent++;
      const req = request(
        url,
        { method: "POST", agent, headers: { "content-type": "application/json" } },
        (res) => {
          res.resume();
          res.on("end", () => {
            out.latencies.push(performance.now() - t0);
            if (res.statusCode === 200) out.ok++;
            else out.refused++;
            resolve();
          });
        },
      );
      req.on("error", () => resolve());
      req.end(body);
    });
  if (opts.rate) {
    const gap = 1000 / opts.rate;
    const pending: Promise<void>[] = [];
    for (let next = Date.now(); next < end; next += gap) {
      await new Promise((r) => setTimeout(r, Math.max(0, next - Date.now())));
      pending.push(one());
    }
    await Promise.all(pending);
  } else {
    await Promise.all(
      Array.from({ length: opts.connections }, async () => {
        while (Date.now() < end) await one();
      }),
    );
  }
  agent.destroy();
  return out;
}

const p99 = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? Math.round(s[Math.min(s.length - 1, Math.floor(s.length * 0.99))] ?? 0) : 0;
};

if (flags.abuser) {
  const r = await client("127.0.0.2", abusive, { connections: 8, seconds });
  // Latencies are summed up here: a large write could be cut short by the exit.
  const summary = { ...r, latencies: [p99(r.latencies)] };
  process.stdout.write(JSON.stringify(summary), () => process.exit(0));
} else {
  await main();
}

/** The abusive client, in a child process; resolves to its outcome. */
function abuser(): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        new URL(import.meta.url).pathname,
        "--abuser",
        "--port",
        String(port),
        "--seconds",
        String(seconds),
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    let out = "";
    child.stdout?.on("data", (d) => {
      out += String(d);
    });
    child.on("exit", (code) =>
      code === 0 ? resolve(JSON.parse(out) as Outcome) : reject(new Error(`abuser exited ${code}`)),
    );
  });
}

async function main(): Promise<void> {
  const settings = await resolveNeo4jSettings({ instance: "dev" });
  const server: ChildProcess = spawn(
    process.execPath,
    ["--import", "tsx", `${flags.root}/src/server.ts`],
    {
      cwd: flags.root,
      stdio: ["ignore", "ignore", "inherit"],
      env: {
        ...process.env,
        PORT: String(port),
        NODE_ENV: "production",
        NEO4J_URI: settings.uri,
        NEO4J_USER: settings.user,
        NEO4J_PASSWORD: settings.password,
        NEO4J_DATABASE: settings.database,
      },
    },
  );
  try {
    for (let i = 0; ; i++) {
      const up = await fetch(`http://127.0.0.1:${port}/ready`).then(
        (r) => r.ok,
        () => false,
      );
      if (up) break;
      if (i > 120) throw new Error("the server did not become ready");
      await new Promise((r) => setTimeout(r, 500));
    }
    await client("127.0.0.3", normal, { connections: 4, rate: 50, seconds: 2 }); // warm-up
    const alone = await client("127.0.0.3", normal, { connections: 4, rate: 100, seconds });
    const [during, abuse] = await Promise.all([
      client("127.0.0.3", normal, { connections: 4, rate: 100, seconds }),
      abuser(),
    ]);
    const line = (name: string, r: Outcome) =>
      `${name}: ${(r.ok / seconds).toFixed(1)} answered req/s of ${(r.sent / seconds).toFixed(1)} sent, p99 ${p99(r.latencies)} ms, refused ${r.refused}`;
    console.log(`server from ${flags.root}`);
    console.log(line("ordinary client alone (100 req/s)", alone));
    console.log(line("ordinary client while 8 connections abuse", during));
    console.log(line("the 8 abusive connections (20-alias relations)", abuse));
  } finally {
    server.kill("SIGTERM");
  }
}
