/**
 * Losing Neo4j while the server runs: /ready says so (503), queries fail with
 * DATABASE_UNAVAILABLE, /health still answers, and the same app recovers when the database is
 * back. The outage is made with a TCP relay between the driver and the test database: closing
 * the relay is, for the driver, the server going away; opening it again on the same port is the
 * server coming back. The test database itself is never stopped.
 */
import { connect, createServer, type Server, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, createApp } from "../../src/app.js";
import { loadAppConfig } from "../../src/config/app-config.js";
import { Database } from "../../src/db/database.js";
import { createDriver } from "../../src/db/driver.js";
import { testSettings } from "./support/db.js";
import { loadSeeds, testDatabase } from "./support/seeds.js";

const TOKEN = "test-token-0123456789abcdef";

/** Forwards TCP connections to target; stop() drops them all, start() listens again. */
class Relay {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(
    private readonly host: string,
    private readonly targetPort: number,
  ) {}

  async start(): Promise<void> {
    const server = createServer((client) => {
      const upstream = connect(this.targetPort, this.host);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on("close", () => this.sockets.delete(s));
        s.on("error", () => {
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => server.listen(this.port, "127.0.0.1", resolve));
    const address = server.address();
    if (address && typeof address === "object") this.port = address.port;
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

async function post(app: App, query: string, headers: Record<string, string> = {}) {
  const res = await app.fetch("http://localhost/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query }),
  });
  return (await res.json()) as {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
}

const QUERY = `{ person(id: "sergey-lavrov") { nameEn called { date } } }`;

/** Fail fast while the database is away instead of retrying for the driver's default 30 s. */
const FAST_FAIL = {
  maxTransactionRetryTime: 1_000,
  connectionTimeout: 2_000,
  connectionAcquisitionTimeout: 3_000,
};

describe("without the database", () => {
  it("reports a closed port as DATABASE_UNAVAILABLE and not ready, but stays alive", async () => {
    const settings = testSettings();
    const db = new Database(createDriver({ ...settings, uri: "bolt://127.0.0.1:1" }, FAST_FAIL), {
      database: settings.database,
    });
    try {
      const app = createApp({ db, config: loadAppConfig({ KG_API_TOKEN: TOKEN }) });
      const r = await post(app, QUERY);
      expect(r.errors?.[0]).toMatchObject({
        message: "The graph database is unavailable; try again shortly.",
        extensions: { code: "DATABASE_UNAVAILABLE" },
      });
      expect(JSON.stringify(r)).not.toContain("127.0.0.1");
      const ingest = await post(
        app,
        `mutation { ingestArticle(text: "استقبل وزير الخارجية ناصر بوريطة السفير كريم بنعلي.") { file } }`,
        { authorization: `Bearer ${TOKEN}` },
      );
      expect(ingest.errors?.[0]?.extensions?.code).toBe("DATABASE_UNAVAILABLE");
      const ready = await app.fetch("http://localhost/ready");
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: "unavailable", database: "down" });
      expect((await app.fetch("http://localhost/health")).status).toBe(200);
    } finally {
      await db.close();
    }
  });
});

describe("losing the database while serving", () => {
  let relay: Relay;
  let db: Database;
  let app: App;

  beforeAll(async () => {
    const seeding = testDatabase();
    await loadSeeds(seeding);
    await seeding.close();
    const settings = testSettings();
    const target = new URL(settings.uri);
    relay = new Relay(target.hostname, Number(target.port || 7687));
    await relay.start();
    db = new Database(
      createDriver({ ...settings, uri: `bolt://127.0.0.1:${relay.port}` }, FAST_FAIL),
      { database: settings.database },
    );
    app = createApp({ db, config: loadAppConfig({}) });
  });

  afterAll(async () => {
    await db.close();
    await relay.stop();
  });

  it("serves, fails with DATABASE_UNAVAILABLE while it is gone, and recovers", async () => {
    const before = await post(app, QUERY);
    expect(before.errors).toBeUndefined();
    expect((await app.fetch("http://localhost/ready")).status).toBe(200);

    await relay.stop();
    const during = await post(app, QUERY);
    expect(during.data?.person ?? null).toBeNull();
    expect(during.errors?.[0]?.extensions?.code).toBe("DATABASE_UNAVAILABLE");
    expect((await app.fetch("http://localhost/ready")).status).toBe(503);
    expect((await app.fetch("http://localhost/health")).status).toBe(200);

    await relay.start();
    expect((await app.fetch("http://localhost/ready")).status).toBe(200);
    const after = await post(app, QUERY);
    expect(after.errors).toBeUndefined();
    expect(after.data).toEqual(before.data);
  });
});
