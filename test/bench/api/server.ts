/**
 * A GraphQL server for the API benchmark, run as a child process of run.ts so that the load
 * generator does not share its event loop: `ours` is the project's app (createApp), `theirs` is
 * @neo4j/graphql over the same database. Both listen on 127.0.0.1 only.
 *
 * Arguments: --kind ours|theirs --port N. Neo4j settings come from NEO4J_URI, NEO4J_USER,
 * NEO4J_PASSWORD and NEO4J_DATABASE. Messages over IPC (ours only, besides "stop"):
 * - { type: "record", on } starts (clearing) or stops recording the statements sent;
 * - { type: "recorded" } answers { names } in the order they were sent;
 * - { type: "profile" } runs PROFILE on each recorded statement with the parameters it was
 *   sent with and answers { plans: [{ name, dbHits, rows, top }] };
 * - { type: "cpu" } answers { micros }: the CPU time this process has used so far.
 */
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import { createYoga } from "graphql-yoga";
import neo4j, { type ProfiledPlan } from "neo4j-driver";
import { createApp } from "../../../src/app.js";
import { loadAppConfig } from "../../../src/config/app-config.js";
import { Database, type Row } from "../../../src/db/database.js";
import { createDriver } from "../../../src/db/driver.js";
import { readNeo4jSettings } from "../../../src/db/settings.js";
import { statement } from "../../../src/db/statements.js";
import { neo4jGraphqlSchema } from "./neo4j-graphql.js";

const { values } = parseArgs({
  options: { kind: { type: "string" }, port: { type: "string" } },
});
const kind = values.kind;
const port = Number(values.port);
if ((kind !== "ours" && kind !== "theirs") || !Number.isInteger(port))
  throw new Error("usage: server.ts --kind ours|theirs --port N");
const settings = readNeo4jSettings();
if (!settings) throw new Error("NEO4J_URI is not set");

const driver = createDriver(settings, {
  maxTransactionRetryTime: 5_000,
  connectionTimeout: 5_000,
  connectionAcquisitionTimeout: 10_000,
});

/** The project's Database, also keeping the statements it sends while recording. */
class RecordingDatabase extends Database {
  recording = false;
  readonly sent: { name: string; params: Row }[] = [];

  override read(name: string, params: Row = {}): Promise<Row[]> {
    if (this.recording) this.sent.push({ name, params });
    return super.read(name, params);
  }
}

export interface PlanSummary {
  name: string;
  dbHits: number;
  rows: number;
  /** The operators with the most database hits. */
  top: { operator: string; dbHits: number; rows: number; details: string }[];
}

function flatten(plan: ProfiledPlan, out: ProfiledPlan[] = []): ProfiledPlan[] {
  out.push(plan);
  for (const c of plan.children) flatten(c, out);
  return out;
}

async function profile(db: RecordingDatabase): Promise<PlanSummary[]> {
  const plans: PlanSummary[] = [];
  for (const { name, params } of db.sent) {
    const session = driver.session({
      database: settings?.database,
      defaultAccessMode: neo4j.session.READ,
    });
    try {
      const result = await session.run(`PROFILE ${statement(name)}`, params);
      const root = result.summary.profile;
      if (!root) continue;
      const ops = flatten(root);
      plans.push({
        name,
        dbHits: ops.reduce((n, p) => n + p.dbHits, 0),
        rows: root.rows,
        top: ops
          .filter((p) => p.dbHits > 0)
          .sort((a, b) => b.dbHits - a.dbHits)
          .slice(0, 3)
          .map((p) => ({
            operator: p.operatorType,
            dbHits: p.dbHits,
            rows: p.rows,
            details: String(p.arguments?.Details ?? "").slice(0, 160),
          })),
      });
    } finally {
      await session.close();
    }
  }
  return plans;
}

let db: RecordingDatabase | undefined;
let handler: Parameters<typeof createServer>[1];
if (kind === "ours") {
  db = new RecordingDatabase(driver, { database: settings.database });
  // Fair use off: one load generator is one client, and the limit would cap it at 200 requests
  // a second (bench:fair-use measures the limit itself).
  const config = loadAppConfig({
    NODE_ENV: "production",
    KG_RATE_PER_SECOND: "0",
    KG_MAX_IN_FLIGHT: "0",
  });
  handler = createApp({ db, config });
} else {
  const schema = await neo4jGraphqlSchema(driver);
  handler = createYoga({
    schema,
    graphqlEndpoint: "/graphql",
    landingPage: false,
    graphiql: false,
    logging: "warn",
    // The same read timeout as ours (Database's default).
    context: () => ({
      sessionConfig: { database: settings.database },
      transaction: { timeout: 10_000 },
    }),
  });
}

const server = createServer(handler);
server.keepAliveTimeout = 30_000;

process.on("message", (m: { type: string; on?: boolean }) => {
  const reply = (body: unknown) => process.send?.(body);
  if (m.type === "record" && db) {
    db.recording = m.on === true;
    if (db.recording) db.sent.length = 0;
    reply({ type: "recorded", names: [] });
  } else if (m.type === "recorded" && db) {
    reply({ type: "recorded", names: db.sent.map((s) => s.name) });
  } else if (m.type === "profile" && db) {
    profile(db).then(
      (plans) => reply({ type: "profile", plans }),
      (e: unknown) => reply({ type: "profile", error: (e as Error).message, plans: [] }),
    );
  } else if (m.type === "cpu") {
    const { user, system } = process.cpuUsage();
    reply({ type: "cpu", micros: user + system });
  } else if (m.type === "stop") {
    server.close();
    server.closeAllConnections();
    void driver.close().then(() => process.exit(0));
  }
});
process.on("disconnect", () => process.exit(0));

server.listen(port, "127.0.0.1", () => process.send?.({ type: "ready", port }));
