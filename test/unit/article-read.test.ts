import { execFileSync } from "node:child_process";
import { mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  ArticleReadError,
  decodeArticle,
  MAX_FILE_BYTES,
  readArticle,
} from "../../src/articles/read.js";

const TEXT = "استقبل وزير الخارجية التونسي نظيره الجزائري في العاصمة تونس يوم الاثنين.";
const dir = mkdtempSync(join(tmpdir(), "kg-read-"));

/** Windows-1256 bytes of a string of Arabic letters, spaces and dots (the letters ء…ي). */
function cp1256(s: string): Uint8Array {
  const table = new TextDecoder("windows-1256");
  const back = new Map<string, number>();
  for (let b = 0; b < 256; b++) back.set(table.decode(new Uint8Array([b])), b);
  return Uint8Array.from([...s].map((c) => back.get(c) ?? 0x3f));
}

describe("decoding article files", () => {
  it("reads UTF-8 with or without a byte-order mark, saying nothing", () => {
    const plain = new TextEncoder().encode(TEXT);
    expect(decodeArticle(plain)).toEqual({ text: TEXT, problems: [] });
    expect(decodeArticle(Uint8Array.from([0xef, 0xbb, 0xbf, ...plain])).text).toBe(TEXT);
  });

  it("reads UTF-16 with its byte-order mark, and says so", () => {
    const le = Buffer.from(`\ufeff${TEXT}`, "utf16le");
    const r = decodeArticle(le);
    expect(r.text).toBe(TEXT);
    expect(r.problems).toEqual(["decoded as UTF-16 (little-endian)"]);
  });

  it("reads Windows-1256, which Arabic archives still use, and says so", () => {
    const r = decodeArticle(cp1256(TEXT));
    expect(r.text).toBe(TEXT);
    expect(r.problems).toEqual(["not UTF-8: decoded as Windows-1256 (Arabic)"]);
  });
});

describe("reading article files", () => {
  it("refuses a FIFO instead of waiting on it forever", async () => {
    const fifo = join(dir, "pipe.txt");
    execFileSync("mkfifo", [fifo]);
    await expect(readArticle(fifo)).rejects.toThrow(/pipe\.txt: is not a regular file/);
  });

  it("refuses a link to a device", async () => {
    const link = join(dir, "zero.txt");
    symlinkSync("/dev/zero", link);
    await expect(readArticle(link)).rejects.toBeInstanceOf(ArticleReadError);
    await expect(readArticle(link)).rejects.toThrow(/is not a regular file/);
  });

  it("refuses a file over the size limit before reading it", async () => {
    const big = join(dir, "big.txt");
    writeFileSync(big, Buffer.alloc(MAX_FILE_BYTES + 1, 0x61));
    await expect(readArticle(big)).rejects.toThrow(/over the \d+ an article may have/);
  });

  it("reports a broken meta file and still reads the article", async () => {
    const path = join(dir, "a.txt");
    writeFileSync(path, TEXT);
    writeFileSync(`${path}.meta.json`, "{ not json");
    const a = await readArticle(path);
    expect(a.text).toBe(TEXT);
    expect(a.problems.join(" ")).toMatch(/a\.txt\.meta\.json: invalid JSON/);
  });
});
