/**
 * What keeps the API safe to expose: query limits, masked errors, the write token, input
 * validation for ingestion, and the production switches (introspection, GraphiQL, CORS).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, createApp, MAX_BODY_BYTES } from "../../src/app.js";
import { loadAppConfig } from "../../src/config/app-config.js";
import { Database, type Row } from "../../src/db/database.js";
import { loadSeeds, testDatabase } from "./support/seeds.js";

// biome-ignore lint/suspicious/noExplicitAny: response data is checked by assertions, not types
type Json = any;

interface Result {
  status: number;
  data?: Record<string, Json> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

const TOKEN = "test-token-0123456789abcdef";

async function gql(
  app: App,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<Result> {
  const res = await app.fetch("http://localhost/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...((await res.json()) as object) };
}

function code(r: Result): unknown {
  return r.errors?.[0]?.extensions?.code;
}

let db: Database;
let app: App;

beforeAll(async () => {
  db = testDatabase();
  await loadSeeds(db);
  app = createApp({ db, config: loadAppConfig({ KG_API_TOKEN: TOKEN }) });
});

afterAll(async () => {
  await db.close();
});

describe("query limits", () => {
  it("rejects a query nested deeper than the limit", async () => {
    let q = "id";
    for (let i = 0; i < 6; i++) q = `called(first: 1) { person { ${q} } }`;
    const r = await gql(app, `{ person(id: "nasser-bourita") { ${q} } }`);
    expect(code(r)).toBe("LIMIT_EXCEEDED");
    expect(r.errors?.[0]?.message).toMatch(/^Query depth \d+ exceeds the limit of 10/);
    expect(r.errors?.[0]?.extensions).toMatchObject({ limit: "depth", max: 10 });
  });

  it("rejects a query whose estimated cost is over the limit, before touching the database", async () => {
    let trips = 0;
    const counting = testDatabase({ onQuery: () => trips++ });
    try {
      const guarded = createApp({ db: counting, config: loadAppConfig({}) });
      const r = await gql(
        guarded,
        `{ people(first: 100) { edges { node { events(first: 100) { edges { node {
             participants { person { id nameEn nameAr } } sources { quote } } } } } } } }`,
      );
      expect(code(r)).toBe("LIMIT_EXCEEDED");
      expect(r.errors?.[0]?.message).toMatch(/^Query cost \d+ exceeds the limit of 20000/);
      expect(trips).toBe(0);
    } finally {
      await counting.close();
    }
  });

  it("rejects too many aliases, tokens or directives", async () => {
    const aliases = Array.from({ length: 21 }, (_, i) => `a${i}: country(code: "MA") { code }`);
    const many = await gql(app, `{ ${aliases.join(" ")} }`);
    expect(code(many)).toBe("LIMIT_EXCEEDED");
    expect(many.errors?.[0]?.message).toMatch(/Aliases limit of 20 exceeded/);

    const tokens = await gql(app, `{ country(code: "MA") { ${"code ".repeat(2100)} } }`);
    expect(code(tokens)).toBe("LIMIT_EXCEEDED");
    expect(tokens.errors?.[0]?.message).toMatch(/Token limit of 2000 exceeded/);

    const directives = await gql(
      app,
      `{ country(code: "MA") { ${"code @include(if: true) ".repeat(21)} } }`,
    );
    expect(code(directives)).toBe("LIMIT_EXCEEDED");
    expect(directives.errors?.[0]?.message).toMatch(/Directives limit of 20 exceeded/);
  });

  it("takes its limits from the configuration", async () => {
    const strict = createApp({ db, config: loadAppConfig({ KG_MAX_DEPTH: "3" }) });
    const r = await gql(strict, `{ person(id: "nasser-bourita") { called { person { id } } } }`);
    expect(code(r)).toBe("LIMIT_EXCEEDED");
    const ok = await gql(strict, `{ person(id: "nasser-bourita") { id } }`);
    expect(ok.errors).toBeUndefined();
  });

  it("caps page sizes and checks cursors and dates", async () => {
    const big = await gql(app, `{ people(first: 101) { edges { node { id } } } }`);
    expect(code(big)).toBe("BAD_USER_INPUT");
    expect(big.errors?.[0]?.message).toContain("at most 100");
    const negative = await gql(
      app,
      `{ person(id: "nasser-bourita") { called(first: -1) { date } } }`,
    );
    expect(code(negative)).toBe("BAD_USER_INPUT");
    const cursor = await gql(app, `{ events(after: "not-a-cursor") { edges { cursor } } }`);
    expect(code(cursor)).toBe("BAD_USER_INPUT");
    const date = await gql(app, `{ events(filter: { from: "2025-02-30" }) { totalCount } }`);
    expect(code(date)).toBe("BAD_USER_INPUT");
    const reversed = await gql(
      app,
      `{ events(filter: { from: "2026", to: "2025" }) { totalCount } }`,
    );
    expect(code(reversed)).toBe("BAD_USER_INPUT");
    // A country's name is taken (names.test.ts); anything else is refused.
    const country = await gql(app, `{ country(code: "Mordor") { code } }`);
    expect(code(country)).toBe("BAD_USER_INPUT");
  });

  it("refuses an oversized request body", async () => {
    const res = await app.fetch("http://localhost/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", "content-length": String(MAX_BODY_BYTES + 1) },
      body: "{}",
    });
    expect(res.status).toBe(413);
  });
});

describe("errors", () => {
  it("masks unexpected errors: no message, stack or query text leaks", async () => {
    class BrokenDatabase extends Database {
      override async read(_name: string, _params?: Row): Promise<Row[]> {
        throw new Error("Neo.ClientError.Statement.SyntaxError near MATCH (secret:Thing)");
      }
    }
    const broken = new BrokenDatabase(db.driver);
    const brokenApp = createApp({ db: broken, config: loadAppConfig({}) });
    const res = await brokenApp.fetch("http://localhost/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ events { totalCount } }` }),
    });
    const text = await res.text();
    expect(text).not.toContain("secret");
    expect(text).not.toContain("stack");
    const body = JSON.parse(text);
    expect(body.errors[0]).toMatchObject({
      message: "Unexpected error.",
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    });
  });

  it("reports a read that ran past its timeout as QUERY_TIMEOUT", async () => {
    class SlowDatabase extends Database {
      override async read(_name: string, _params?: Row): Promise<Row[]> {
        throw Object.assign(new Error("transaction timed out after 10000 ms"), {
          code: "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
        });
      }
    }
    const slowApp = createApp({ db: new SlowDatabase(db.driver), config: loadAppConfig({}) });
    const r = await gql(slowApp, `{ events { totalCount } }`);
    expect(r.errors?.[0]).toMatchObject({
      message: "The query took too long and was stopped.",
      extensions: { code: "QUERY_TIMEOUT" },
    });
  });

  it("reports unknown fields as validation errors", async () => {
    const r = await gql(app, `{ person(id: "x") { salary } }`);
    expect(r.errors?.[0]?.message).toContain('Cannot query field "salary"');
  });
});

const ARTICLE = `الرباط - استقبل وزير الخارجية المغربي ناصر بوريطة، يوم 12 مارس 2025 بالرباط، السفير كريم بنعلي.
وتناولت المباحثات سبل تعزيز التعاون الثنائي.`;

const INGEST = `mutation($text: String!, $meta: ArticleMetaInput) {
  ingestArticle(text: $text, meta: $meta) {
    file status
    persons { created merged }
    events { created merged }
    agreements { created merged }
    article { id file title publishedAt events { type date participants { person { id nameAr } } } }
  }
}`;

async function articleCount(): Promise<number> {
  const r = await gql(app, `{ articles { totalCount } }`);
  return r.data?.articles.totalCount;
}

describe("ingestArticle", () => {
  it("is off when the server has no token", async () => {
    const readOnly = createApp({ db, config: loadAppConfig({}) });
    const before = await articleCount();
    const r = await gql(readOnly, INGEST, { text: ARTICLE }, { authorization: `Bearer ${TOKEN}` });
    expect(code(r)).toBe("FORBIDDEN");
    expect(r.errors?.[0]?.message).toContain("KG_API_TOKEN");
    expect(await articleCount()).toBe(before);
  });

  it("needs the bearer token", async () => {
    const before = await articleCount();
    const attempts: Record<string, string>[] = [
      {},
      { authorization: "Bearer wrong-token-0123456789" },
      { authorization: TOKEN },
      { authorization: `Basic ${TOKEN}` },
    ];
    for (const headers of attempts) {
      const r = await gql(app, INGEST, { text: ARTICLE }, headers);
      expect(code(r), JSON.stringify(headers)).toBe("UNAUTHENTICATED");
      expect(r.data?.ingestArticle ?? null).toBeNull();
    }
    expect(await articleCount()).toBe(before);
  });

  it("rejects invalid input with BAD_USER_INPUT and writes nothing", async () => {
    const before = await articleCount();
    const auth = { authorization: `Bearer ${TOKEN}` };
    const cases: [string, Record<string, unknown> | null][] = [
      ["   ", null],
      ["An English text with no Arabic at all.", null],
      [ARTICLE, { published: "12/03/2025" }],
      [ARTICLE, { published: "2025-02-30" }],
      [ARTICLE, { url: "javascript:alert(1)" }],
      [ARTICLE, { file: "../../etc/passwd" }],
      ["ا".repeat(500_001), null],
    ];
    for (const [text, meta] of cases) {
      const r = await gql(app, INGEST, { text, meta }, auth);
      expect(code(r), JSON.stringify(meta ?? text.slice(0, 40))).toBe("BAD_USER_INPUT");
    }
    const missing = await gql(app, `mutation { ingestArticle { file } }`, {}, auth);
    expect(missing.errors?.[0]?.message).toContain('"text"');
    expect(await articleCount()).toBe(before);
  });

  it("loads an article and says what it added; the same text again changes nothing", async () => {
    const auth = { authorization: `Bearer ${TOKEN}` };
    const meta = { file: "api-test-1.txt", title: "لقاء", published: "2025-03-12" };
    const first = await gql(app, INGEST, { text: ARTICLE, meta }, auth);
    expect(first.errors).toBeUndefined();
    const result = first.data?.ingestArticle;
    expect(result).toMatchObject({ file: "api/api-test-1.txt", status: "LOADED" });
    expect(result.persons.created).toBeGreaterThanOrEqual(1);
    expect(result.events.created).toBe(1);
    expect(result.article).toMatchObject({ id: "api/api-test-1.txt", title: "لقاء" });
    expect(result.article.publishedAt).toBe("2025-03-12");
    const [event] = result.article.events;
    expect(event).toMatchObject({ type: "MEETING", date: "2025-03-12" });
    const ids = event.participants.map((p: Json) => p.person.id);
    expect(ids).toContain("nasser-bourita");

    const found = await gql(app, `{ person(name: "كريم بنعلي") { id met { person { id } } } }`);
    expect(found.data?.person.met).toContainEqual({ person: { id: "nasser-bourita" } });

    const again = await gql(app, INGEST, { text: ARTICLE, meta }, auth);
    expect(again.data?.ingestArticle.status).toBe("UNCHANGED");

    const changed = await gql(
      app,
      INGEST,
      { text: ARTICLE.replace("12 مارس", "13 مارس"), meta: { file: "api-test-1.txt" } },
      auth,
    );
    expect(changed.data?.ingestArticle.status).toBe("REPLACED");
    const dates = changed.data?.ingestArticle.article.events.map((e: Json) => e.date);
    expect(dates).toEqual(["2025-03-13"]);
  });

  it("keeps API articles apart from loaded files of the same name", async () => {
    const auth = { authorization: `Bearer ${TOKEN}` };
    const seedName = "003_82310776f7d92159.txt";
    const before = await gql(app, `{ article(id: "${seedName}") { events { id } } }`);
    const r = await gql(app, INGEST, { text: ARTICLE, meta: { file: seedName } }, auth);
    expect(r.data?.ingestArticle).toMatchObject({ file: `api/${seedName}`, status: "LOADED" });
    const after = await gql(app, `{ article(id: "${seedName}") { events { id } } }`);
    expect(after.data).toEqual(before.data);
  });
});

describe("production switches", () => {
  const INTROSPECTION = `{ __schema { queryType { name } } }`;

  it("has introspection and GraphiQL on in development", async () => {
    const r = await gql(app, INTROSPECTION);
    expect(r.data?.__schema.queryType.name).toBe("Query");
  });

  it("turns introspection and GraphiQL off in production", async () => {
    const prod = createApp({ db, config: loadAppConfig({ NODE_ENV: "production" }) });
    const r = await gql(prod, INTROSPECTION);
    expect(r.data?.__schema ?? null).toBeNull();
    expect(r.errors?.[0]?.message).toMatch(/introspection/i);
    const page = await prod.fetch("http://localhost/graphql", { headers: { accept: "text/html" } });
    expect(await page.text()).not.toContain("GraphiQL");
    // Queries still work.
    const q = await gql(prod, `{ person(id: "sergey-lavrov") { nameEn } }`);
    expect(q.data?.person.nameEn).toBe("Sergey Lavrov");
  });

  it("turns them back on in production with KG_GRAPHIQL=true", async () => {
    const prod = createApp({
      db,
      config: loadAppConfig({ NODE_ENV: "production", KG_GRAPHIQL: "true" }),
    });
    const r = await gql(prod, INTROSPECTION);
    expect(r.data?.__schema.queryType.name).toBe("Query");
  });

  it("allows only the configured CORS origins", async () => {
    const preflight = (a: App, origin: string) =>
      a.fetch("http://localhost/graphql", {
        method: "OPTIONS",
        headers: {
          origin,
          "access-control-request-method": "POST",
          "access-control-request-headers": "content-type,authorization",
        },
      });
    const configured = createApp({
      db,
      config: loadAppConfig({ CORS_ORIGINS: "https://app.example" }),
    });
    const allowed = await preflight(configured, "https://app.example");
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://app.example");
    const other = await preflight(configured, "https://evil.example");
    expect(other.headers.get("access-control-allow-origin")).not.toBe("https://evil.example");
    // Without CORS_ORIGINS, no cross-origin access at all.
    const none = await preflight(app, "https://app.example");
    expect(none.headers.get("access-control-allow-origin")).toBeNull();
  });
});
