import { builder } from "./builder.js";
import { lexicographicSortSchema } from "./graphql-js.js";
import "./types/index.js";

/** The GraphQL schema, built once per process. */
export const schema = builder.toSchema();

/** The schema with types and fields in alphabetical order: what schema/schema.graphql holds. */
export const sortedSchema = lexicographicSortSchema(schema);
