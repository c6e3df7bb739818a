import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { schemaStatements, statements } from "../../src/db/statements.js";
import { testDatabase } from "./support/seeds.js";

describe("Cypher statements in cypher/", () => {
  const names = [...statements().keys()];
  let db: Database;

  beforeAll(async () => {
    db = testDatabase();
    // The full-text indexes the search statements name must exist for them to plan.
    await db.applySchema();
  });

  afterAll(async () => {
    await db.close();
  });

  it("are there, one statement per file, and the schema statements apart", () => {
    expect(names.length).toBeGreaterThan(10);
    expect(names.some((n) => n.startsWith("gql-"))).toBe(true);
    expect([...schemaStatements().keys()].every((n) => !statements().has(n))).toBe(true);
  });

  it("take user values as parameters only", () => {
    for (const [name, text] of statements()) {
      // Statements are static text: no placeholders for string building.
      expect(text, name).not.toMatch(/\$\{|%s|\{\{/);
    }
  });

  it.each(names)("%s compiles against the database (EXPLAIN)", async (name) => {
    await expect(db.explain(name)).resolves.toBeUndefined();
  });
});
