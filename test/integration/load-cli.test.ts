import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { testSettings } from "./support/db.js";
import { SEEDS } from "./support/seeds.js";

// `npm run load` as a scheduled job or an analyst runs it: every file that was not loaded is
// printed with its reason, and the exit status says whether any was skipped.
const ROOT = new URL("../../", import.meta.url).pathname;

function load(args: string[]) {
  const s = testSettings();
  return spawnSync(process.execPath, ["--import", "tsx", "src/cli/load.ts", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 120_000,
    env: {
      ...process.env,
      NEO4J_URI: s.uri,
      NEO4J_USER: s.user,
      NEO4J_PASSWORD: s.password,
      NEO4J_DATABASE: s.database,
    },
  });
}

describe("npm run load", () => {
  const dir = mkdtempSync(join(tmpdir(), "kg-load-"));
  copyFileSync(join(SEEDS, "003_82310776f7d92159.txt"), join(dir, "good.txt"));
  writeFileSync(join(dir, "empty.txt"), "   \n");
  writeFileSync(join(dir, "binary.txt"), Buffer.from([0, 1, 2, 3, 0, 0, 7]));

  it("names each skipped file with its reason and exits 1", () => {
    const r = load([dir]);
    expect(r.stdout).toMatch(/skipped empty\.txt: empty article/);
    expect(r.stdout).toMatch(/skipped binary\.txt: binary content/);
    expect(r.stderr).toMatch(/2 of 3 files were not loaded/);
    expect(r.status).toBe(1);
  });

  it("exits 0 all the same with --allow-skipped", () => {
    const r = load(["--allow-skipped", dir]);
    expect(r.stdout).toMatch(/skipped empty\.txt/);
    expect(r.status).toBe(0);
  });

  it("exits 2 when no file at all could be loaded", () => {
    const bad = mkdtempSync(join(tmpdir(), "kg-load-bad-"));
    writeFileSync(join(bad, "empty.txt"), "");
    expect(load([bad]).status).toBe(2);
  });
});

describe("two files of one run with the same name", () => {
  it("loads the first and refuses the second, naming both, instead of one replacing the other", () => {
    const a = mkdtempSync(join(tmpdir(), "kg-dupA-"));
    const b = mkdtempSync(join(tmpdir(), "kg-dupB-"));
    copyFileSync(join(SEEDS, "003_82310776f7d92159.txt"), join(a, "x.txt"));
    copyFileSync(join(SEEDS, "004_1d7d2a90b58ddc9a.txt"), join(b, "x.txt"));
    const first = load([a, b]);
    expect(first.stdout).toContain(
      `skipped ${join(b, "x.txt")}: same article name as ${join(a, "x.txt")}`,
    );
    expect(first.status).toBe(1);
    const again = load(["--allow-skipped", a, b]);
    expect(again.stdout).toMatch(/replaced 0/);
    expect(again.stdout).toMatch(/unchanged 1/);
  });
});
