import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { printSchema } from "../graphql/graphql-js.js";
import { sortedSchema } from "../graphql/schema.js";

/** Where the printed schema is kept, for review in diffs and for clients' code generators. */
export const SCHEMA_FILE = fileURLToPath(new URL("../../schema/schema.graphql", import.meta.url));

export function schemaSdl(): string {
  return `${printSchema(sortedSchema)}\n`;
}

/** `npm run schema:print`: writes schema/schema.graphql (`--stdout` prints it instead). */
async function main(): Promise<void> {
  const sdl = schemaSdl();
  if (process.argv.includes("--stdout")) {
    process.stdout.write(sdl);
    return;
  }
  await writeFile(SCHEMA_FILE, sdl, "utf8");
  process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
