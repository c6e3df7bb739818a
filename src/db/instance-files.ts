import { chmodSync, lstatSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";

/**
 * Makes a local instance's folder private to its owner: the folder and every folder in it 0700,
 * every file 0600 (the store and Neo4j's password hashes included). Run at each start, so an
 * instance created before this rule is tightened too. Links are left alone.
 */
export function secureInstanceDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const walk = (path: string): void => {
    const info = lstatSync(path, { throwIfNoEntry: false });
    if (!info || info.isSymbolicLink()) return;
    if (info.isDirectory()) {
      if ((info.mode & 0o077) !== 0) chmodSync(path, 0o700);
      for (const name of readdirSync(path)) walk(join(path, name));
    } else if ((info.mode & 0o077) !== 0) chmodSync(path, info.mode & 0o700);
  };
  walk(dir);
}

/**
 * The command and arguments that run `command` with a umask of 077, so that every file the
 * server creates later (store files, logs, its auth file) is private from the start.
 */
export function withPrivateUmask(command: string, args: readonly string[]): [string, string[]] {
  return ["/bin/sh", ["-c", 'umask 077 && exec "$0" "$@"', command, ...args]];
}
