import { builder } from "../builder.js";
import { isPartialDate } from "../dates.js";
import { GraphQLError, Kind } from "../graphql-js.js";

function parse(value: unknown): string {
  if (typeof value !== "string" || !isPartialDate(value))
    throw new GraphQLError(
      `PartialDate must be a date like 2025, 2025-03 or 2025-03-14, got ${JSON.stringify(value)}`,
      { extensions: { code: "BAD_USER_INPUT" } },
    );
  return value;
}

builder.scalarType("PartialDate", {
  description:
    "A calendar date as precise as the source allows: YYYY, YYYY-MM or YYYY-MM-DD. As a bound, it stands for the first (from) or last (to) day it covers.",
  serialize: (value) => String(value),
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING)
      throw new GraphQLError("PartialDate must be a string", {
        extensions: { code: "BAD_USER_INPUT" },
      });
    return parse(ast.value);
  },
});
