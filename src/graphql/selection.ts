import type { GraphQLResolveInfo, SelectionSetNode } from "./graphql-js.js";

/** The names of the fields a selection set asks for, through fragments too. */
function fieldNames(
  info: GraphQLResolveInfo,
  sets: readonly (SelectionSetNode | undefined)[],
  out: Map<string, SelectionSetNode[]> = new Map(),
): Map<string, SelectionSetNode[]> {
  for (const set of sets) {
    for (const s of set?.selections ?? []) {
      if (s.kind === "Field") {
        const subs = out.get(s.name.value) ?? [];
        if (s.selectionSet) subs.push(s.selectionSet);
        out.set(s.name.value, subs);
      } else if (s.kind === "InlineFragment") fieldNames(info, [s.selectionSet], out);
      else fieldNames(info, [info.fragments[s.name.value]?.selectionSet], out);
    }
  }
  return out;
}

/**
 * Whether the field being resolved selects `name` among its own subfields (directly or through
 * fragments): lets a resolver leave out of its statement what nobody asked for.
 */
export function selects(info: GraphQLResolveInfo, name: string): boolean {
  return selectsPath(info, [name]);
}

/** Whether the field being resolved selects the path of subfields `path` (edges, node, …). */
export function selectsPath(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  let sets: readonly (SelectionSetNode | undefined)[] = info.fieldNodes.map((f) => f.selectionSet);
  for (const name of path) {
    const next = fieldNames(info, sets).get(name);
    if (next === undefined) return false;
    sets = next;
  }
  return true;
}

/**
 * Whether every field asked for under the subfield `name` is among `allowed`: then a statement
 * may return only the properties those need.
 */
export function selectsOnly(
  info: GraphQLResolveInfo,
  name: string,
  allowed: ReadonlySet<string>,
): boolean {
  const sets = fieldNames(
    info,
    info.fieldNodes.map((f) => f.selectionSet),
  ).get(name);
  return sets === undefined || [...fieldNames(info, sets).keys()].every((f) => allowed.has(f));
}
