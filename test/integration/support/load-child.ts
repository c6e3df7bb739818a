// Loads the seeds one article per transaction and says so after each: the crash test kills it.
import { Database } from "../../../src/db/database.js";
import { createDriver } from "../../../src/db/driver.js";
import { loadPaths } from "../../../src/load/load.js";

const settings = JSON.parse(process.env.KG_TEST_NEO4J ?? "{}");
const db = new Database(createDriver(settings), { database: settings.database });
await loadPaths(db, [process.argv[2] ?? "seeds"], {
  batchSize: 1,
  now: new Date("2026-11-23T00:00:00Z"),
  onProgress: (done) => {
    process.stdout.write(`loaded ${done}\n`);
    // Give the parent time to kill us between two committed batches.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300);
  },
});
await db.close();
