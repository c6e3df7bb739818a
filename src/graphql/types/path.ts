import type { PathRecord, TaggedNode } from "../../db/repository/types.js";
import { builder } from "../builder.js";
import type { Context } from "../context.js";
import { badInput } from "../errors.js";
import { listComplexity, listLimit } from "../pagination.js";
import { AgreementRef, CountryRef, EventRef, PathRef, PersonRef, SourceRef } from "../refs.js";
import { PathDirectionEnum } from "./enums.js";
import { personKey } from "./interaction.js";

export const MAX_HOPS = 12;
export const DEFAULT_HOPS = 8;
const PATHS = { default: 3, max: 10 };

/**
 * Relationships a path may take: a person's events, and with `via` the hubs those events touch.
 * Events carry the planned flag; the direct edges (MET, CALLED, VISITED, SIGNED…) do not, and
 * the events already join the persons they join.
 */
const PERSON_TYPES = ["PARTICIPATED_IN"];
const HUB_TYPES = {
  COUNTRY: ["IN", "BETWEEN"],
  AGREEMENT: ["CONCERNS", "BETWEEN"],
} as const;

const PathHubEnum = builder.enumType("PathHub", {
  description: "A kind of node a path may pass through besides persons and their events.",
  values: {
    COUNTRY: { description: "A country: visited, where an event was held, or party to a pact." },
    AGREEMENT: { description: "An agreement two persons signed or their events concern." },
  } as const,
});

const GraphNode = builder.unionType("GraphNode", {
  description: "A node a path goes through.",
  types: [PersonRef, EventRef, AgreementRef, CountryRef],
  resolveType: (node) => (node as TaggedNode).__typename,
});

interface Step {
  readonly node: TaggedNode;
  readonly relationship: PathRecord["relationships"][number] | null;
  readonly previous: TaggedNode | null;
}

const StepRef = builder.objectRef<Step>("PathStep").implement({
  description:
    "One step of a path: the node reached and the relationship that led to it (none for the first).",
  fields: (t) => ({
    node: t.field({ type: GraphNode, resolve: (s) => s.node as never }),
    relationship: t.string({
      nullable: true,
      description: "CALLED, MET, SIGNED, VISITED, PARTICIPATED_IN, CONCERNS, IN or BETWEEN.",
      resolve: (s) => s.relationship?.type ?? null,
    }),
    direction: t.field({
      type: PathDirectionEnum,
      nullable: true,
      resolve: (s) =>
        s.relationship === null ? null : s.relationship.forward ? "FORWARD" : "BACKWARD",
    }),
    role: t.string({
      nullable: true,
      description: "The person's role, for a PARTICIPATED_IN step.",
      resolve: (s) => s.relationship?.role ?? null,
    }),
    source: t.loadable({
      type: SourceRef,
      nullable: true,
      description:
        "For a step that reaches an event: where the event was first reported, with the sentence.",
      load: async (ids: string[], ctx) =>
        (await ctx.repo.eventSources(ids, 1)).map((sources) => sources[0] ?? null),
      resolve: (s) => (s.node.__typename === "Event" ? s.node.id : null),
    }),
    date: t.field({
      type: "PartialDate",
      nullable: true,
      description: "Date of the relationship, or of the event or agreement it goes through.",
      resolve: (s) => {
        if (!s.relationship) return null;
        const dated = (n: TaggedNode | null) =>
          n && (n.__typename === "Event" || n.__typename === "Agreement") ? (n.date ?? null) : null;
        return s.relationship.date ?? dated(s.node) ?? dated(s.previous);
      },
    }),
  }),
});

PathRef.implement({
  description: "The shortest connection found between two persons.",
  fields: (t) => ({
    length: t.int({
      description: "Number of relationships.",
      resolve: (p) => p.relationships.length,
    }),
    steps: t.field({
      type: [StepRef],
      resolve: (p) =>
        p.nodes.map((node, i) => ({
          node,
          relationship: i === 0 ? null : (p.relationships[i - 1] ?? null),
          previous: i === 0 ? null : (p.nodes[i - 1] ?? null),
        })),
    }),
  }),
});

const pathArgs = (t: Parameters<Parameters<typeof builder.queryFields>[0]>[0]) => ({
  from: t.arg.id({ required: true, description: "Person id or name." }),
  to: t.arg.id({ required: true, description: "Person id or name." }),
  maxHops: t.arg.int({
    defaultValue: DEFAULT_HOPS,
    description: `Most relationships the path may have (1–${MAX_HOPS}); a shared event takes two.`,
  }),
  via: t.arg({
    type: [PathHubEnum],
    description:
      "Hubs the path may pass through besides persons and their events (default: none, so a path goes person to person).",
  }),
  includePlanned: t.arg.boolean({
    defaultValue: false,
    description: "Let the path pass through events that were only planned.",
  }),
});

type PathArgs = {
  from: string | number;
  to: string | number;
  maxHops?: number | null;
  via?: readonly ("COUNTRY" | "AGREEMENT")[] | null;
  includePlanned?: boolean | null;
};

async function findPaths(ctx: Context, args: PathArgs, k: number): Promise<PathRecord[]> {
  const maxHops = args.maxHops ?? DEFAULT_HOPS;
  if (maxHops < 1 || maxHops > MAX_HOPS)
    throw badInput(`"maxHops" must be between 1 and ${MAX_HOPS} (got ${maxHops})`, {
      argument: "maxHops",
    });
  const [from, to] = await Promise.all([
    personKey(ctx, String(args.from), "from"),
    personKey(ctx, String(args.to), "to"),
  ]);
  if (from === to) throw badInput('"from" and "to" must be two different persons');
  const via = args.via ?? [];
  const types =
    via.length === 0 ? null : [...new Set([...PERSON_TYPES, ...via.flatMap((h) => HUB_TYPES[h])])];
  return ctx.repo.paths(from, to, { maxHops, k, planned: args.includePlanned ?? false, types });
}

builder.queryFields((t) => ({
  path: t.field({
    type: PathRef,
    nullable: true,
    description:
      "The shortest connection between two persons, person to person through the events they shared (calls, meetings, messages, signings, summits, visits); through countries or agreements only when `via` says so; planned events left out unless asked. Null when there is none within maxHops.",
    args: pathArgs(t),
    resolve: async (_root, args, ctx) => (await findPaths(ctx, args, 1))[0] ?? null,
  }),
  paths: t.field({
    type: [PathRef],
    description:
      "Up to `first` connections between two persons, the shortest first, then the next shortest: the alternatives to `path`, with the same arguments.",
    args: {
      ...pathArgs(t),
      first: t.arg.int({ description: "At most this many (default 3, max 10)." }),
    },
    complexity: listComplexity(PATHS),
    resolve: (_root, args, ctx) => findPaths(ctx, args, listLimit(args.first, PATHS)),
  }),
}));
