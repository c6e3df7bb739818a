/**
 * The one copy of graphql-js the API uses. Pothos and Yoga load graphql's CommonJS build (the
 * package has no "exports" map, so Node picks index.js), while tools that prefer the "module"
 * field (Vite, hence vitest) would hand our own code the .mjs build: a second copy whose classes
 * fail graphql's instanceof checks ("Cannot use GraphQLObjectType from another module or
 * realm"). Importing the file by name gives every caller the same copy.
 */
export * from "graphql/index.js";
