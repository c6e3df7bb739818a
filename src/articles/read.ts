import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import type { ArticleMeta } from "../extract/types.js";

export interface ArticleFile {
  readonly path: string;
  readonly file: string;
  readonly text: string;
  readonly sha256: string;
  readonly meta: ArticleMeta | undefined;
  /** Problems with the input that did not stop it from being read. */
  readonly problems: string[];
}

export class ArticleReadError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
    this.name = "ArticleReadError";
  }
}

const DECODER = new TextDecoder("utf-8", { fatal: true });
const LENIENT = new TextDecoder("utf-8");

/** Looks like a binary file: NUL bytes or mostly control characters in the first kilobytes. */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return head.length > 0 && control / head.length > 0.1;
}

export function decodeArticle(bytes: Uint8Array): { text: string; problems: string[] } {
  const problems: string[] = [];
  if (looksBinary(bytes)) return { text: "", problems: ["binary content: not a text article"] };
  let text: string;
  try {
    text = DECODER.decode(bytes);
  } catch {
    problems.push("not valid UTF-8: invalid bytes were replaced");
    text = LENIENT.decode(bytes);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text, problems };
}

export function parseMeta(raw: string, where: string): ArticleMeta {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (e) {
    throw new ArticleReadError(where, `invalid JSON (${(e as Error).message})`);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new ArticleReadError(where, "must be a JSON object");
  }
  const meta: ArticleMeta = {};
  const d = data as Record<string, unknown>;
  for (const key of ["published", "url", "outlet", "title"] as const) {
    const v = d[key];
    if (v === undefined || v === null) continue;
    if (typeof v !== "string") throw new ArticleReadError(where, `"${key}" must be a string`);
    meta[key] = v;
  }
  if (meta.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(meta.published)) {
    throw new ArticleReadError(where, `"published" must be YYYY-MM-DD, got "${meta.published}"`);
  }
  return meta;
}

/** Reads an article and its optional `<file>.meta.json`; throws ArticleReadError naming the file. */
export async function readArticle(path: string): Promise<ArticleFile> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw new ArticleReadError(
      path,
      `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
    );
  }
  const { text, problems } = decodeArticle(bytes);
  let meta: ArticleMeta | undefined;
  const metaPath = `${path}.meta.json`;
  const metaStat = await stat(metaPath).catch(() => undefined);
  if (metaStat?.isFile()) {
    try {
      meta = parseMeta(await readFile(metaPath, "utf8"), metaPath);
    } catch (e) {
      problems.push(e instanceof Error ? e.message : String(e));
    }
  }
  return {
    path,
    file: basename(path),
    text,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    meta,
    problems,
  };
}
