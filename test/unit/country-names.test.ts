import { describe, expect, it } from "vitest";
import { countryCode } from "../../src/graphql/types/country.js";

describe("countryCode", () => {
  it("takes a code, an English name or alias, or an Arabic name", () => {
    expect(countryCode("ma")).toBe("MA");
    expect(countryCode("Morocco")).toBe("MA");
    expect(countryCode("UK")).toBe("GB");
    expect(countryCode("turkey")).toBe("TR");
    expect(countryCode("Russia")).toBe("RU");
    expect(countryCode("الجزائر")).toBe("DZ");
  });

  it("refuses anything else, saying what it wanted", () => {
    expect(() => countryCode("Mordor")).toThrow(/country's name/);
  });
});
