/**
 * npm run db:start | db:stop | db:status | db:reset [-- --instance test] [-- --port 7690]
 *
 * Controls the local Neo4j server. Not needed when NEO4J_URI points at another server.
 */
import { parseArgs } from "node:util";
import {
  type LocalDatabaseStatus,
  localDatabaseStatus,
  resetLocalDatabase,
  startLocalDatabase,
  stopLocalDatabase,
} from "../db/local-server.js";

const USAGE = "usage: tsx src/cli/db.ts start|stop|status|reset [--instance dev|test] [--port N]";

function printConnection(status: LocalDatabaseStatus): void {
  console.log(`  Bolt URI:  ${status.uri}`);
  console.log(`  user:      ${status.user}`);
  console.log(`  password:  ${status.passwordFile ?? "from NEO4J_PASSWORD"}`);
  console.log(`  data:      ${status.dataDir}`);
  console.log(`  log:       ${status.logFile}`);
}

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      instance: { type: "string", default: "dev" },
      port: { type: "string" },
    },
  });
  const [command, ...rest] = positionals;
  if (command === undefined || rest.length > 0) {
    console.error(USAGE);
    return 2;
  }
  const instance = values.instance;
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && !Number.isInteger(port)) {
    console.error(`--port must be a number, got "${values.port}"`);
    return 2;
  }
  const log = (msg: string) => console.error(msg);

  switch (command) {
    case "start": {
      await startLocalDatabase({ instance, port, log });
      const status = await localDatabaseStatus({ instance, port });
      console.log(`Local Neo4j "${instance}" is running (pid ${status.pid}).`);
      printConnection(status);
      return 0;
    }
    case "stop": {
      const { stopped } = await stopLocalDatabase({ instance, log });
      console.log(
        stopped
          ? `Stopped local Neo4j "${instance}".`
          : `Local Neo4j "${instance}" was not running.`,
      );
      return 0;
    }
    case "status": {
      const status = await localDatabaseStatus({ instance, port });
      if (!status.running) {
        console.log(`Local Neo4j "${instance}" is not running.`);
      } else {
        const state = status.reachable ? "accepting connections" : "not accepting connections yet";
        console.log(`Local Neo4j "${instance}" is running (pid ${status.pid}), ${state}.`);
      }
      printConnection(status);
      // Scripts can test `npm run db:status` like a health check.
      return status.running && status.reachable ? 0 : 1;
    }
    case "reset": {
      await resetLocalDatabase({ instance, log });
      console.log(
        `Local Neo4j "${instance}" stopped and its data deleted; db:start creates a new one.`,
      );
      return 0;
    }
    default:
      console.error(USAGE);
      return 2;
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  },
);
