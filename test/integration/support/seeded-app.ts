import { type App, createApp } from "../../../src/app.js";
import { loadAppConfig } from "../../../src/config/app-config.js";
import type { Database } from "../../../src/db/database.js";
import { loadSeeds, testDatabase } from "./seeds.js";

/** The app over a freshly loaded seed graph, and a way to post GraphQL to it. */
export interface SeededApp {
  readonly db: Database;
  readonly app: App;
  // biome-ignore lint/suspicious/noExplicitAny: response data is checked by assertions, not types
  gql(query: string, variables?: Record<string, unknown>): Promise<any>;
}

export async function seededApp(): Promise<SeededApp> {
  const db = testDatabase();
  await loadSeeds(db);
  const app = createApp({ db, config: loadAppConfig({}) });
  return {
    db,
    app,
    gql: async (query, variables = {}) => {
      const res = await app.fetch("http://127.0.0.1/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query, variables }),
      });
      return res.json();
    },
  };
}
