import { builder } from "../builder.js";
import type { Context } from "../context.js";
import { dateRange } from "../dates.js";
import { apiError, badInput, clip } from "../errors.js";
import { resolveName } from "../name-resolution.js";
import { listComplexity, listLimit, PAIR_ROW_COST } from "../pagination.js";
import { AgreementRef, CountryRef, EventRef, InteractionRef, PersonRef } from "../refs.js";
import { selectsPath } from "../selection.js";
import { RELATIONS_SIZE } from "./country.js";
import { DatePrecisionEnum, InteractionKindEnum } from "./enums.js";
import { MAX_MEMBERS } from "./event.js";
import { datedListArgs } from "./list-args.js";

InteractionRef.implement({
  description: "An event or an agreement in a timeline of relations.",
  fields: (t) => ({
    kind: t.field({ type: InteractionKindEnum, resolve: (i) => i.kind }),
    date: t.field({ type: "PartialDate", nullable: true, resolve: (i) => i.node.date ?? null }),
    dateStart: t.field({
      type: "PartialDate",
      nullable: true,
      resolve: (i) => i.node.dateStart ?? null,
    }),
    datePrecision: t.field({
      type: DatePrecisionEnum,
      nullable: true,
      resolve: (i) => i.node.datePrecision ?? null,
    }),
    event: t.field({
      type: EventRef,
      nullable: true,
      resolve: (i) => (i.kind === "EVENT" ? i.node : null),
    }),
    agreement: t.field({
      type: AgreementRef,
      nullable: true,
      resolve: (i) => (i.kind === "AGREEMENT" ? i.node : null),
    }),
  }),
});

/** A person id or country code from user input, checked to exist. */
export async function actorKey(ctx: Context, input: string, name: string): Promise<string> {
  const value = input.trim();
  if (value === "") throw badInput(`"${name}" is empty`);
  if (/^[A-Za-z]{2}$/.test(value)) {
    const code = value.toUpperCase();
    if (!(await CountryRef.getDataloader(ctx).load(code)))
      throw apiError("NOT_FOUND", `no country with code ${code}`, { argument: name });
    return code;
  }
  if (await PersonRef.getDataloader(ctx).load(value)) return value;
  // Not an id: a name, in any spelling resolve() understands.
  const r = await resolveName(ctx.repo, value, 5);
  const [best] = r.candidates;
  if (!best)
    throw apiError("NOT_FOUND", `no person or country called "${clip(value)}"`, { argument: name });
  if (r.ambiguous)
    throw apiError("AMBIGUOUS", `"${clip(value)}" may stand for several: give an id`, {
      argument: name,
      candidates: r.candidates.map((c) => c.person?.id ?? c.country),
    });
  return best.person?.id ?? best.country ?? value;
}

/** A person argument: an id or a name, as actorKey reads it; a country there is refused. */
export async function personKey(ctx: Context, input: string, name: string): Promise<string> {
  const key = await actorKey(ctx, input, name);
  if (/^[A-Z]{2}$/.test(key))
    throw badInput(`"${name}" is a person, not a country`, { argument: name });
  return key;
}

builder.queryFields((t) => ({
  timeline: t.field({
    type: [InteractionRef],
    description:
      "The interactions between two actors, each a person (by id or name) or a country (by ISO code or name), in date order: events both took part in (a country through its persons, or as the country visited) and agreements both signed or are party to.",
    args: {
      a: t.arg.id({ required: true }),
      b: t.arg.id({ required: true }),
      ...datedListArgs(RELATIONS_SIZE),
    },
    complexity: listComplexity(RELATIONS_SIZE, PAIR_ROW_COST),
    resolve: async (_root, args, ctx, info) => {
      const range = dateRange(args.from, args.to);
      const limit = listLimit(args.first, RELATIONS_SIZE);
      const members = selectsPath(info, ["event", "participants"]) ? MAX_MEMBERS : null;
      const [a, b] = await Promise.all([
        actorKey(ctx, String(args.a), "a"),
        actorKey(ctx, String(args.b), "b"),
      ]);
      if (a === b) throw badInput('"a" and "b" must be two different actors');
      const [items] = await ctx.repo.interactions(
        [{ key: "timeline", a, b }],
        range,
        limit,
        members,
      );
      return [...(items ?? [])];
    },
  }),
}));
