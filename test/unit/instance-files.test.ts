import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { secureInstanceDir, withPrivateUmask } from "../../src/db/instance-files.js";

const mode = (p: string) => statSync(p).mode & 0o777;

describe("a local instance's files", () => {
  it("are made private: folders 0700, files 0600, however they were created", () => {
    const dir = join(mkdtempSync(join(tmpdir(), "kg-inst-")), "dev");
    mkdirSync(join(dir, "data", "dbms"), { recursive: true, mode: 0o755 });
    writeFileSync(join(dir, "data", "dbms", "auth.ini"), "hash", { mode: 0o644 });
    writeFileSync(join(dir, "neo4j.log"), "", { mode: 0o664 });
    secureInstanceDir(dir);
    expect(mode(dir)).toBe(0o700);
    expect(mode(join(dir, "data"))).toBe(0o700);
    expect(mode(join(dir, "data", "dbms"))).toBe(0o700);
    expect(mode(join(dir, "data", "dbms", "auth.ini"))).toBe(0o600);
    expect(mode(join(dir, "neo4j.log"))).toBe(0o600);
  });

  it("are created private by the server from the start (umask 077)", () => {
    const dir = mkdtempSync(join(tmpdir(), "kg-umask-"));
    const file = join(dir, "store.db");
    const [command, args] = withPrivateUmask("touch", [file]);
    expect(spawnSync(command, args).status).toBe(0);
    expect(mode(file)).toBe(0o600);
  });
});
