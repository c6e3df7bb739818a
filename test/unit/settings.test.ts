import { describe, expect, it } from "vitest";
import { readNeo4jSettings } from "../../src/db/settings.js";

describe("readNeo4jSettings", () => {
  it("returns undefined without NEO4J_URI", () => {
    expect(readNeo4jSettings({})).toBeUndefined();
    expect(readNeo4jSettings({ NEO4J_URI: "  ", NEO4J_PASSWORD: "x" })).toBeUndefined();
  });

  it("fills in the default user and database", () => {
    expect(
      readNeo4jSettings({ NEO4J_URI: "bolt://127.0.0.1:7687", NEO4J_PASSWORD: "secret" }),
    ).toEqual({
      uri: "bolt://127.0.0.1:7687",
      user: "neo4j",
      password: "secret",
      database: "neo4j",
    });
  });

  it("takes user and database from the environment", () => {
    const settings = readNeo4jSettings({
      NEO4J_URI: "neo4j+s://db.example.com",
      NEO4J_USER: "reader",
      NEO4J_PASSWORD: "secret",
      NEO4J_DATABASE: "news-kg",
    });
    expect(settings).toMatchObject({
      uri: "neo4j+s://db.example.com",
      user: "reader",
      database: "news-kg",
    });
  });

  it.each([
    "neo4j://localhost",
    "neo4j+s://db.example.com:7687",
    "neo4j+ssc://db.example.com",
    "bolt://localhost:7687",
    "bolt+s://db.example.com",
    "bolt+ssc://10.0.0.5:7687",
  ])("accepts %s", (uri) => {
    expect(readNeo4jSettings({ NEO4J_URI: uri, NEO4J_PASSWORD: "secret" })?.uri).toBe(uri);
  });

  it.each([
    ["http://localhost:7474", /NEO4J_URI must use one of the schemes/],
    ["localhost:7687", /NEO4J_URI/],
    ["not a uri", /NEO4J_URI is not a valid URI/],
    ["bolt://", /NEO4J_URI/],
  ])("rejects %s", (uri, message) => {
    expect(() => readNeo4jSettings({ NEO4J_URI: uri, NEO4J_PASSWORD: "secret" })).toThrow(message);
  });

  it("rejects credentials inside the URI without echoing them", () => {
    const read = () =>
      readNeo4jSettings({ NEO4J_URI: "bolt://neo4j:hunter22@db:7687", NEO4J_PASSWORD: "x" });
    expect(read).toThrow(/NEO4J_URI must not contain a user or password/);
    expect(read).not.toThrow(/hunter22/);
  });

  it("requires NEO4J_PASSWORD when NEO4J_URI is set", () => {
    expect(() => readNeo4jSettings({ NEO4J_URI: "bolt://localhost:7687" })).toThrow(
      /NEO4J_PASSWORD is required/,
    );
    expect(() =>
      readNeo4jSettings({ NEO4J_URI: "bolt://localhost:7687", NEO4J_PASSWORD: "" }),
    ).toThrow(/NEO4J_PASSWORD/);
  });

  it("validates NEO4J_DATABASE", () => {
    const env = { NEO4J_URI: "bolt://localhost:7687", NEO4J_PASSWORD: "secret" };
    expect(() => readNeo4jSettings({ ...env, NEO4J_DATABASE: "1abc" })).toThrow(/NEO4J_DATABASE/);
    expect(() => readNeo4jSettings({ ...env, NEO4J_DATABASE: "a b c" })).toThrow(/NEO4J_DATABASE/);
    expect(readNeo4jSettings({ ...env, NEO4J_DATABASE: "" })?.database).toBe("neo4j");
  });
});
