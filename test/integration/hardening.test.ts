import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, createApp, MAX_BODY_BYTES } from "../../src/app.js";
import { loadAppConfig } from "../../src/config/app-config.js";
import type { Database } from "../../src/db/database.js";
import { loadSeeds, testDatabase } from "./support/seeds.js";

// What a hostile but legitimate client tried, answered: bodies without a declared length,
// schema hints in production, long inputs echoed back, and pages far down a list.
let db: Database;
let app: App;
let production: App;

beforeAll(async () => {
  db = testDatabase();
  await loadSeeds(db);
  app = createApp({ db, config: loadAppConfig({}) });
  production = createApp({ db, config: loadAppConfig({ NODE_ENV: "production" }) });
});

afterAll(async () => {
  await db.close();
});

/** A body sent in chunks with no Content-Length, as `Transfer-Encoding: chunked` does. */
function chunked(total: number, chunk = 64 * 1024): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= total) return controller.close();
      const n = Math.min(chunk, total - sent);
      sent += n;
      controller.enqueue(new Uint8Array(n).fill(0x20));
    },
  });
}

async function post(
  target: App,
  body: unknown,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await target.fetch("http://127.0.0.1/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

const firstError = (json: Record<string, unknown>) =>
  (json.errors as { message: string; extensions?: { code?: string } }[] | undefined)?.[0];

describe("request bodies", () => {
  it("refuses a chunked body past the limit without reading all of it", async () => {
    const res = await app.fetch("http://127.0.0.1/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: chunked(MAX_BODY_BYTES * 10),
      duplex: "half",
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(firstError((await res.json()) as Record<string, unknown>)?.extensions?.code).toBe(
      "LIMIT_EXCEEDED",
    );
  });

  it("still answers a small chunked body", async () => {
    const text = new TextEncoder().encode(JSON.stringify({ query: "{ __typename }" }));
    const res = await app.fetch("http://127.0.0.1/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: new ReadableStream({
        start(c) {
          c.enqueue(text.subarray(0, 5));
          c.enqueue(text.subarray(5));
          c.close();
        },
      }),
      duplex: "half",
    } as RequestInit);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { __typename: "Query" } });
  });
});

describe("what errors give away", () => {
  it("suggests no field names in production", async () => {
    const { json } = await post(production, { query: '{ persn(id: "x") { id } }' });
    expect(firstError(json)?.message).not.toMatch(/Did you mean/);
    const dev = await post(app, { query: '{ persn(id: "x") { id } }' });
    expect(firstError(dev.json)?.message).toMatch(/Did you mean "person"/);
  });

  it("repeats at most 100 characters of an input", async () => {
    const long = "Z".repeat(5000);
    const a = await post(app, {
      query: "query($c: String!) { country(code: $c) { code } }",
      variables: { c: long },
    });
    const b = await post(app, {
      query: "query($d: PartialDate) { events(filter: { from: $d }) { totalCount } }",
      variables: { d: long },
    });
    for (const r of [a, b]) {
      const message = firstError(r.json)?.message ?? "";
      expect(message).toMatch(/Z{100}…/);
      expect(message).not.toMatch(/Z{101}/);
    }
  });
});

describe("pages far down a list", () => {
  it("refuses a cursor past the deepest page at once, with a clear error", async () => {
    const after = Buffer.from("offset:10000000", "utf8").toString("base64url");
    const { json } = await post(app, {
      query: "query($a: String) { events(first: 5, after: $a) { edges { node { id } } } }",
      variables: { a: after },
    });
    const e = firstError(json);
    expect(e?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(e?.message).toMatch(/pages go no deeper/);
  });
});

describe("fair use", () => {
  const relations = (n: number) =>
    `{ ${Array.from({ length: n }, (_, i) => `a${i}: country(code: "MA") { relations(with: "RU", first: 200) { kind date } }`).join(" ")} }`;

  it("prices a relations page by the rows it reads: twenty 200-row pages are over the limit", async () => {
    const many = await post(app, { query: relations(20) });
    expect(firstError(many.json)?.extensions?.code).toBe("LIMIT_EXCEEDED");
    expect(firstError(many.json)?.message).toMatch(/cost/);
    const one = await post(app, { query: relations(1) });
    expect(one.json.errors).toBeUndefined();
  });

  it("answers 429 with Retry-After past a client's rate, held back a second", async () => {
    const limited = createApp({
      db,
      config: loadAppConfig({ KG_RATE_PER_SECOND: "1", KG_RATE_BURST: "3" }),
    });
    const ask = () =>
      limited.fetch("http://127.0.0.1/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ __typename }" }),
      });
    expect((await ask()).status).toBe(200);
    // Three a burst and one a second: a refusal comes within a few requests, however slow this
    // machine answers.
    let refused: Response | undefined;
    let heldMs = 0;
    for (let i = 0; i < 6 && !refused; i++) {
      const t0 = performance.now();
      const res = await ask();
      if (res.status === 429) {
        refused = res;
        heldMs = performance.now() - t0;
      }
    }
    expect(refused?.status).toBe(429);
    expect(heldMs).toBeGreaterThanOrEqual(900);
    expect(Number(refused?.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(firstError((await refused?.json()) as Record<string, unknown>)?.extensions?.code).toBe(
      "RATE_LIMITED",
    );
  });

  it("charges a query refused for its cost more than an ordinary one", async () => {
    const limited = createApp({
      db,
      config: loadAppConfig({ KG_RATE_PER_SECOND: "1", KG_RATE_BURST: "25" }),
    });
    expect(firstError((await post(limited, { query: relations(20) })).json)?.extensions?.code).toBe(
      "LIMIT_EXCEEDED",
    );
    // 25 tokens: 1 + 20 for the refused query leaves 4 (and a little refill), not 24.
    let answered = 0;
    for (let i = 0; i < 12; i++) {
      if ((await post(limited, { query: "{ __typename }" })).status === 429) break;
      answered++;
    }
    expect(answered).toBeGreaterThanOrEqual(4);
    expect(answered).toBeLessThanOrEqual(7);
  });

  it("caps the requests of one client being answered at once, and frees the slots after", async () => {
    const limited = createApp({ db, config: loadAppConfig({ KG_MAX_IN_FLIGHT: "2" }) });
    const slow = '{ a: search(text: "لافروف") { score } b: search(text: "بوريطة") { score } }';
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => post(limited, { query: slow })),
    );
    const codes = answers.map((a) => a.status);
    expect(codes.filter((c) => c === 429).length).toBeGreaterThan(0);
    expect(codes.filter((c) => c === 200).length).toBeGreaterThanOrEqual(2);
    // Every slot is back: the playground page and sequential requests are not held against it.
    for (let i = 0; i < 5; i++)
      await limited.fetch("http://127.0.0.1/graphql", { headers: { accept: "text/html" } });
    for (let i = 0; i < 5; i++)
      expect((await post(limited, { query: "{ __typename }" })).status).toBe(200);
  });
});

describe("guessing the API token", () => {
  it("is slowed to a few tries before the client is refused", async () => {
    const guarded = createApp({
      db,
      // A slow refill, so that the count does not depend on how fast this machine answers.
      config: loadAppConfig({
        KG_API_TOKEN: "a-real-secret-0123456789",
        KG_RATE_PER_SECOND: "1",
        KG_RATE_BURST: "400",
      }),
    });
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const res = await guarded.fetch("http://127.0.0.1/graphql", {
        method: "POST",
        headers: {
          "content-type": "application/json",
          authorization: `Bearer guess-${i}-0123456789`,
        },
        body: JSON.stringify({ query: 'mutation { ingestArticle(text: "نص") { file } }' }),
      });
      statuses.push(res.status);
      if (res.status === 429) break;
    }
    // 400 tokens of burst, 51 a wrong token: the eighth guess is the last one answered.
    expect(statuses.filter((s) => s !== 429).length).toBeLessThanOrEqual(8);
    expect(statuses.at(-1)).toBe(429);
  });
});
