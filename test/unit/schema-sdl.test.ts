import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SCHEMA_FILE, schemaSdl } from "../../src/cli/print-schema.js";
import {
  type GraphQLField,
  type GraphQLOutputType,
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
} from "../../src/graphql/graphql-js.js";
import { schema } from "../../src/graphql/schema.js";

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

describe("GraphQL schema", () => {
  it("matches schema/schema.graphql (run `npm run schema:print` after changing it)", () => {
    const stored = readFileSync(SCHEMA_FILE, "utf8");
    expect(stored === schemaSdl(), "schema/schema.graphql is stale: run npm run schema:print").toBe(
      true,
    );
  });

  it("bounds every list of objects: a page size argument or a fixed cap", () => {
    // Lists without `first` are capped in their Cypher (a few members of one event or agreement)
    // or are parts of a connection or a path.
    const capped = new Set([
      "Event.participants",
      "Event.sources",
      "Agreement.parties",
      "Agreement.signatories",
      "Agreement.sources",
      "Path.steps",
      // Bounded by resolve(first:), at most 20.
      "NameResolution.candidates",
      "Counterpart.types",
      // The words of one search, in a snippet of 240 characters.
      "Passage.highlights",
      // One row per period and type: bounded by the dates of the events (months × 7 types).
      "Person.eventCounts",
      "Country.eventCounts",
      // One article's facts: bounded by the size of the text, as for ingestArticle.
      "ExtractionPreview.persons",
      "ExtractionPreview.events",
      "ExtractionPreview.agreements",
      "ExtractionPreview.diagnostics",
      // Five at most, in the Cypher.
      "CountryCounterpart.persons",
      "EventConnection.edges",
      "PersonConnection.edges",
      "AgreementConnection.edges",
      "ArticleConnection.edges",
      "CountryConnection.edges",
    ]);
    const unbounded: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith("__")) continue;
      for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
        const named = getNamedType(field.type);
        const pageable = isList(field.type) || named.name.endsWith("Connection");
        if (!pageable || !isObjectType(named)) continue;
        const name = `${type.name}.${field.name}`;
        if (!field.args.some((a) => a.name === "first") && !capped.has(name)) unbounded.push(name);
      }
    }
    expect(unbounded).toEqual([]);
  });

  it("has no Relay node lookup that would bypass the typed queries", () => {
    const query = schema.getQueryType();
    expect(query?.getFields().node).toBeUndefined();
    expect(query?.getFields().nodes).toBeUndefined();
  });
});
