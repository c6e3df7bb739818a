import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDriver, type Driver } from "../../src/db/driver.js";
import { clearDatabase, getTestDriver, testSettings } from "./support/db.js";

describe("test database", () => {
  const settings = testSettings();
  let driver: Driver;

  beforeAll(async () => {
    driver = getTestDriver();
    await clearDatabase(driver);
  });

  afterAll(async () => {
    await driver.close();
  });

  async function rows(query: string): Promise<Record<string, unknown>[]> {
    const result = await driver.executeQuery(query, {}, { database: settings.database });
    return result.records.map((r) => r.toObject());
  }

  it("answers a query", async () => {
    const [row] = await rows("RETURN 1 AS one");
    expect(Number(row?.one)).toBe(1);
  });

  it("is Neo4j 5.26 Community", async () => {
    const components = await rows("CALL dbms.components() YIELD name, versions, edition");
    const kernel = components.find((c) => c.name === "Neo4j Kernel");
    expect(kernel?.edition).toBe("community");
    expect(kernel?.versions).toEqual([expect.stringMatching(/^5\.26\.\d+$/)]);
  });

  it("has the Arabic full-text analyzer", async () => {
    const analyzers = await rows(
      "CALL db.index.fulltext.listAvailableAnalyzers() YIELD analyzer RETURN analyzer",
    );
    expect(analyzers.map((a) => a.analyzer)).toContain("arabic");
  });

  it("has APOC", async () => {
    const [row] = await rows("RETURN apoc.version() AS version");
    expect(row?.version).toMatch(/^5\.26\./);
    const [converted] = await rows("RETURN apoc.convert.toJson({a: 1}) AS json");
    expect(converted?.json).toBe('{"a":1}');
  });

  it("stores and deletes data", async () => {
    await driver.executeQuery(
      "CREATE (:Probe {name: $name})",
      { name: "اختبار" },
      { database: settings.database },
    );
    const [found] = await rows("MATCH (p:Probe) RETURN p.name AS name");
    expect(found?.name).toBe("اختبار");
    await clearDatabase(driver);
    const [count] = await rows("MATCH (n) RETURN count(n) AS n");
    expect(Number(count?.n)).toBe(0);
  });

  it("rejects a wrong password", async () => {
    const intruder = createDriver({ ...settings, password: `${settings.password}-wrong` });
    try {
      await expect(intruder.verifyConnectivity()).rejects.toMatchObject({
        code: "Neo.ClientError.Security.Unauthorized",
      });
    } finally {
      await intruder.close();
    }
  });
});
