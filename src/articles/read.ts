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
// Arabic archives still hold Windows-1256 files; the runtime's TextDecoder reads them.
const CP1256 = new TextDecoder("windows-1256");

/** Largest article file read: far more than any article; refused before a byte is read. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;
/** A file that does not deliver its bytes by then (a stalled network share) is given up. */
export const READ_TIMEOUT_MS = 15_000;

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

const ARABIC_LETTER = /[\u0621-\u064a]/g;

/**
 * The text of an article file: UTF-8 (with or without a byte-order mark), UTF-16 with its mark,
 * or, when the bytes are not UTF-8 but read as Arabic in Windows-1256, that; each decoding other
 * than plain UTF-8 is said in `problems`, as is any byte that had to be replaced.
 */
export function decodeArticle(bytes: Uint8Array): { text: string; problems: string[] } {
  const problems: string[] = [];
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return {
      text: new TextDecoder("utf-16le").decode(bytes.subarray(2)),
      problems: ["decoded as UTF-16 (little-endian)"],
    };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return {
      text: new TextDecoder("utf-16be").decode(bytes.subarray(2)),
      problems: ["decoded as UTF-16 (big-endian)"],
    };
  if (looksBinary(bytes)) return { text: "", problems: ["binary content: not a text article"] };
  let text: string;
  try {
    text = DECODER.decode(bytes);
  } catch {
    const legacy = CP1256.decode(bytes);
    const letters = legacy.match(ARABIC_LETTER)?.length ?? 0;
    if (letters >= 20 && letters / legacy.length > 0.3) {
      problems.push("not UTF-8: decoded as Windows-1256 (Arabic)");
      text = legacy;
    } else {
      problems.push("not valid UTF-8: invalid bytes were replaced");
      text = LENIENT.decode(bytes);
    }
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
    // Only regular files, of a sane size: a FIFO would hang the reader, a link to /dev/zero fill it.
    const info = await stat(path);
    if (!info.isFile()) throw new ArticleReadError(path, "is not a regular file");
    if (info.size > MAX_FILE_BYTES)
      throw new ArticleReadError(
        path,
        `is ${info.size} bytes, over the ${MAX_FILE_BYTES} an article may have`,
      );
    bytes = await readFile(path, { signal: AbortSignal.timeout(READ_TIMEOUT_MS) });
    if (bytes.length > MAX_FILE_BYTES)
      throw new ArticleReadError(path, `grew past ${MAX_FILE_BYTES} bytes while being read`);
  } catch (e) {
    if (e instanceof ArticleReadError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new ArticleReadError(
      path,
      code === "ABORT_ERR" ||
        (e as Error).name === "TimeoutError" ||
        (e as Error).name === "AbortError"
        ? `gave no bytes within ${READ_TIMEOUT_MS / 1000} s`
        : `cannot be read (${code ?? (e as Error).message})`,
    );
  }
  const { text, problems } = decodeArticle(bytes);
  let meta: ArticleMeta | undefined;
  const metaPath = `${path}.meta.json`;
  const metaStat = await stat(metaPath).catch(() => undefined);
  if (metaStat?.isFile() && metaStat.size > 64 * 1024) {
    problems.push(`${metaPath}: over 64 KB, not read`);
  } else if (metaStat?.isFile()) {
    try {
      meta = parseMeta(
        await readFile(metaPath, {
          encoding: "utf8",
          signal: AbortSignal.timeout(READ_TIMEOUT_MS),
        }),
        metaPath,
      );
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
