import { describe, expect, it } from "vitest";
import { AppConfigError, DEFAULT_LIMITS, loadAppConfig } from "../../src/config/app-config.js";

function problems(env: Record<string, string>): readonly string[] {
  try {
    loadAppConfig(env);
  } catch (e) {
    expect(e).toBeInstanceOf(AppConfigError);
    return (e as AppConfigError).problems;
  }
  throw new Error("expected the configuration to be rejected");
}

describe("loadAppConfig", () => {
  it("has safe defaults for local development", () => {
    const c = loadAppConfig({});
    expect(c.port).toBe(4000);
    expect(c.host).toBe("127.0.0.1");
    expect(c.apiToken).toBeNull();
    expect(c.corsOrigins).toEqual([]);
    expect(c.production).toBe(false);
    expect(c.graphiql).toBe(true);
    expect(c.introspection).toBe(true);
    expect(c.limits).toEqual(DEFAULT_LIMITS);
  });

  it("reads port, host, token and CORS origins", () => {
    const c = loadAppConfig({
      PORT: "8080",
      HOST: "0.0.0.0",
      KG_API_TOKEN: "0123456789abcdef-secret",
      CORS_ORIGINS: "https://a.example, http://localhost:5173/",
    });
    expect(c.port).toBe(8080);
    expect(c.host).toBe("0.0.0.0");
    expect(c.apiToken).toBe("0123456789abcdef-secret");
    expect(c.corsOrigins).toEqual(["https://a.example", "http://localhost:5173"]);
    expect(loadAppConfig({ CORS_ORIGINS: "*" }).corsOrigins).toBe("*");
  });

  it("treats blank values as unset", () => {
    const c = loadAppConfig({ PORT: "", KG_API_TOKEN: "  ", HOST: "" });
    expect(c.port).toBe(4000);
    expect(c.apiToken).toBeNull();
    expect(c.host).toBe("127.0.0.1");
  });

  it("turns GraphiQL and introspection off in production unless KG_GRAPHIQL=true", () => {
    const prod = loadAppConfig({ NODE_ENV: "production" });
    expect(prod.production).toBe(true);
    expect(prod.graphiql).toBe(false);
    expect(prod.introspection).toBe(false);
    const on = loadAppConfig({ NODE_ENV: "production", KG_GRAPHIQL: "true" });
    expect(on.graphiql).toBe(true);
    expect(on.introspection).toBe(true);
    const devOff = loadAppConfig({ NODE_ENV: "development", KG_GRAPHIQL: "false" });
    expect(devOff.graphiql).toBe(false);
    expect(devOff.introspection).toBe(true);
  });

  it("reads query limits", () => {
    const c = loadAppConfig({ KG_MAX_DEPTH: "6", KG_MAX_ALIASES: "3" });
    expect(c.limits.depth).toBe(6);
    expect(c.limits.aliases).toBe(3);
    expect(c.limits.complexity).toBe(DEFAULT_LIMITS.complexity);
  });

  it("rejects bad values with messages naming the variable", () => {
    expect(problems({ PORT: "http" })).toEqual([
      'PORT must be a whole number between 1 and 65535, got "http"',
    ]);
    expect(problems({ PORT: "70000" })).toEqual(["PORT must be between 1 and 65535, got 70000"]);
    expect(problems({ KG_API_TOKEN: "short" })[0]).toMatch(/^KG_API_TOKEN must be at least 16/);
    expect(problems({ CORS_ORIGINS: "example.org" })[0]).toMatch(/^CORS_ORIGINS entries/);
    expect(problems({ CORS_ORIGINS: "https://a.example/path" })[0]).toMatch(/^CORS_ORIGINS/);
    expect(problems({ KG_GRAPHIQL: "maybe" })).toEqual([
      'KG_GRAPHIQL must be true or false, got "maybe"',
    ]);
    expect(problems({ NODE_ENV: "prod" })[0]).toMatch(/^NODE_ENV must be production/);
    expect(problems({ HOST: "bad host!" })[0]).toMatch(/^HOST must be/);
    expect(problems({ KG_MAX_DEPTH: "1" })[0]).toMatch(/^KG_MAX_DEPTH must be between 2 and 50/);
  });

  it("reports every problem at once", () => {
    const list = problems({ PORT: "-1", KG_GRAPHIQL: "nope", KG_API_TOKEN: "x" });
    expect(list).toHaveLength(3);
    try {
      loadAppConfig({ PORT: "-1" });
    } catch (e) {
      expect((e as Error).message).toContain("invalid configuration:\n  - PORT");
    }
  });
});
