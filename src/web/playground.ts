import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import { EXAMPLES } from "../graphql/examples.js";

/**
 * The GraphQL playground: GraphiQL as the npm package @graphql-yoga/render-graphiql ships it, every
 * script, style and worker inlined in one page, so it works with no network beyond this server
 * (yoga's default page loads GraphiQL from a public CDN). Each example is a tab of its own: on
 * first open the first one is shown and Run runs it.
 */
export function playgroundHtml(endpoint: string): string {
  return renderGraphiQL({
    title: "Arabic news knowledge graph — playground",
    endpoint,
    defaultTabs: EXAMPLES.map((e) => ({ query: e.query })),
  });
}
