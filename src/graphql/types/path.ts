import type { PathRecord, TaggedNode } from "../../db/repository/types.js";
import { builder } from "../builder.js";
import { apiError, badInput } from "../errors.js";
import { AgreementRef, CountryRef, EventRef, PathRef, PersonRef } from "../refs.js";
import { PathDirectionEnum } from "./enums.js";
import { actorKey } from "./interaction.js";

export const MAX_HOPS = 6;

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

builder.queryFields((t) => ({
  path: t.field({
    type: PathRef,
    nullable: true,
    description:
      "The shortest connection between two persons through calls, meetings, signatures, events and agreements (and the countries these took place in or bind). Null when there is none within maxHops.",
    args: {
      from: t.arg.id({ required: true, description: "Person id or name." }),
      to: t.arg.id({ required: true, description: "Person id or name." }),
      maxHops: t.arg.int({
        defaultValue: MAX_HOPS,
        description: `Most relationships the path may have (1–${MAX_HOPS}).`,
      }),
    },
    resolve: async (_root, args, ctx) => {
      const maxHops = args.maxHops ?? MAX_HOPS;
      if (maxHops < 1 || maxHops > MAX_HOPS)
        throw badInput(`"maxHops" must be between 1 and ${MAX_HOPS} (got ${maxHops})`, {
          argument: "maxHops",
        });
      const [from, to] = await Promise.all([
        actorKey(ctx, String(args.from), "from"),
        actorKey(ctx, String(args.to), "to"),
      ]);
      if (/^[A-Z]{2}$/.test(from) || /^[A-Z]{2}$/.test(to))
        throw apiError("BAD_USER_INPUT", "a path connects two persons: give person ids");
      if (from === to) throw badInput('"from" and "to" must be two different persons');
      return ctx.repo.path(from, to, maxHops);
    },
  }),
}));
