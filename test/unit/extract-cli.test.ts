import { execFile } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const CLI = ["--import", "tsx", "src/cli/extract.ts"];

async function extract(...files: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [...CLI, ...files], {
      maxBuffer: 64 << 20,
    });
    return { code: 0, json: JSON.parse(stdout), stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return {
      code: err.code,
      json: err.stdout ? JSON.parse(err.stdout) : undefined,
      stderr: err.stderr,
    };
  }
}

describe("npm run extract", () => {
  it("prints the documented shape for a seed, with the sidecar's date", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kg-"));
    const file = join(dir, "a.txt");
    await writeFile(
      file,
      "أجرى وزير الخارجية البرتغالي جواو كرافينيو اليوم اتصالا هاتفيا مع نظيره الإسباني.",
    );
    await writeFile(`${file}.meta.json`, JSON.stringify({ published: "2025-02-03" }));
    const { code, json } = await extract("seeds/003_82310776f7d92159.txt", file);
    expect(code).toBe(0);
    const [seed, mine] = json.articles;
    expect(seed.file).toBe("003_82310776f7d92159.txt");
    expect(Object.keys(seed).sort()).toEqual(
      [
        "agreements",
        "countries",
        "diagnostics",
        "events",
        "file",
        "outlet",
        "persons",
        "publishedAt",
        "title",
      ].sort(),
    );
    const call = seed.events.find((e: { type: string }) => e.type === "CALL");
    expect(call).toMatchObject({
      cameo: "041",
      date: "2023-03-14",
      datePrecision: "day",
      initiator: "sergey-lavrov",
    });
    expect(seed.persons.find((p: { id: string }) => p.id === call.initiator).country).toBe("RU");
    expect(mine.publishedAt).toBe("2025-02-03");
    expect(mine.events[0]?.date).toBe("2025-02-03");
  });

  it("reports bad input as diagnostics and exits non-zero only for unreadable files", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kg-"));
    const binary = join(dir, "bin.txt");
    const latin1 = join(dir, "latin1.txt");
    const empty = join(dir, "empty.txt");
    await writeFile(binary, Buffer.from([0, 1, 2, 3, 255, 0, 7]));
    await writeFile(latin1, Buffer.from([0xe9, 0x74, 0xe9, 0x20, 0xd8]));
    await writeFile(empty, "");
    const ok = await extract(binary, latin1, empty);
    expect(ok.code).toBe(0);
    const codes = ok.json.articles.map((a: { diagnostics: { code: string; message: string }[] }) =>
      a.diagnostics.map((d) => `${d.code}:${d.message}`).join(" "),
    );
    expect(codes[0]).toMatch(/binary/);
    expect(codes[1]).toMatch(/UTF-8/);
    expect(codes[2]).toMatch(/empty/);
    const missing = await extract(join(dir, "nope.txt"), empty);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("nope.txt");
    expect(missing.json.articles).toHaveLength(1);
  });
});
