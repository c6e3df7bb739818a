import { analyzeGraph } from "../analyze/analyze.js";
import { runCommand, withGraph } from "./command.js";

/** `npm run analyze`: recomputes degree, PageRank and communities of persons in the graph. */
await runCommand(() =>
  withGraph(async (db) => {
    const s = await analyzeGraph(db);
    const t = s.seconds;
    console.log(
      `analysed ${s.persons} persons, ${s.links} links: ${s.communities} communities (read ${t.read.toFixed(2)} s, compute ${t.compute.toFixed(2)} s, write ${t.write.toFixed(2)} s)`,
    );
    return 0;
  }),
);
