import SchemaBuilder from "@pothos/core";
import ComplexityPlugin, { ComplexityErrorKind } from "@pothos/plugin-complexity";
import DataloaderPlugin from "@pothos/plugin-dataloader";
import RelayPlugin from "@pothos/plugin-relay";
import type { Context } from "./context.js";
import { apiError } from "./errors.js";

export interface SchemaTypes {
  Context: Context;
  Scalars: {
    PartialDate: { Input: string; Output: string };
  };
  /** Every connection counts its items lazily: only when `totalCount` is selected. */
  Connection: { totalCount: () => number | Promise<number> };
  /** Fields are non-null unless marked nullable: lists are empty rather than null. */
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}

export const builder = new SchemaBuilder<SchemaTypes>({
  plugins: [ComplexityPlugin, RelayPlugin, DataloaderPlugin],
  defaultFieldNullability: false,
  relay: {
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
  },
  complexity: {
    defaultComplexity: 1,
    // Lists set their own multiplier from the page size they ask for (see listComplexity).
    defaultListMultiplier: 1,
    limit: (ctx) => ({ depth: ctx.config.limits.depth, complexity: ctx.config.limits.complexity }),
    complexityError: (kind, result) => {
      const [what, found, max] =
        kind === ComplexityErrorKind.Depth
          ? ["depth", result.depth, result.maxDepth]
          : kind === ComplexityErrorKind.Breadth
            ? ["breadth", result.breadth, result.maxBreadth]
            : ["cost", result.complexity, result.maxComplexity];
      return apiError(
        "LIMIT_EXCEEDED",
        `Query ${what} ${found} exceeds the limit of ${max}: ask for fewer nested fields or smaller pages.`,
        { limit: what, found, max },
      );
    },
  },
});

builder.queryType({ description: "Read the knowledge graph of Arabic news reports." });
builder.mutationType({ description: "Add articles to the graph (needs the API token)." });
