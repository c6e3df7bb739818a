import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Where the project's Cypher lives: one named statement per file. */
export const CYPHER_DIR = fileURLToPath(new URL("../../cypher/", import.meta.url));

export type Statements = ReadonlyMap<string, string>;

function readDir(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith(".cypher")) continue;
    const text = readFileSync(join(dir, f), "utf8")
      .split("\n")
      .filter((l) => !l.trimStart().startsWith("//"))
      .join("\n")
      .trim()
      .replace(/;\s*$/, "");
    out.set(basename(f, ".cypher"), text);
  }
  return out;
}

let cached: Map<string, string> | undefined;

/** The query statements, read once per process. */
export function statements(): Statements {
  cached ??= readDir(CYPHER_DIR);
  return cached;
}

/** Schema statements (constraints and indexes), applied in file order at start-up. */
export function schemaStatements(): Statements {
  return readDir(join(CYPHER_DIR, "schema"));
}

export function statement(name: string): string {
  const text = statements().get(name);
  if (text === undefined) throw new Error(`no Cypher statement named "${name}" in ${CYPHER_DIR}`);
  return text;
}
