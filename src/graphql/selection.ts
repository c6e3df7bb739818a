import {
  type FieldNode,
  type GraphQLField,
  type GraphQLResolveInfo,
  getArgumentValues,
  getNamedType,
  isObjectType,
  type SelectionSetNode,
} from "./graphql-js.js";

/** What the helpers below read of a resolver's info: enough to stand for a subfield too. */
export type SelectionInfo = Pick<GraphQLResolveInfo, "fieldNodes" | "fragments">;

/** The names of the fields a selection set asks for, through fragments too. */
function fieldNames(
  info: SelectionInfo,
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
export function selects(info: SelectionInfo, name: string): boolean {
  return selectsPath(info, [name]);
}

/** Whether the field being resolved selects the path of subfields `path` (edges, node, …). */
export function selectsPath(info: SelectionInfo, path: readonly string[]): boolean {
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
  info: SelectionInfo,
  name: string,
  allowed: ReadonlySet<string>,
): boolean {
  const sets = fieldNames(
    info,
    info.fieldNodes.map((f) => f.selectionSet),
  ).get(name);
  return sets === undefined || [...fieldNames(info, sets).keys()].every((f) => allowed.has(f));
}

/** What reading ahead needs of a resolver's info: a subfield's own info has it too. */
export type ReadAheadInfo = SelectionInfo &
  Pick<GraphQLResolveInfo, "schema" | "variableValues" | "returnType">;

/** A subfield of the field being resolved, as its own resolver would see it. */
export interface Subfield {
  readonly info: ReadAheadInfo;
  readonly args: Record<string, unknown>;
}

/**
 * The subfields `name` of the field being resolved (one per alias, through fragments), with
 * their arguments: lets a resolver read ahead what the next level will ask for.
 */
export function subfields(info: ReadAheadInfo, name: string): Subfield[] {
  const type = getNamedType(info.returnType);
  const def: GraphQLField<unknown, unknown> | undefined = isObjectType(type)
    ? type.getFields()[name]
    : undefined;
  if (!def) return [];
  const byAlias = new Map<string, FieldNode[]>();
  const visit = (sets: readonly (SelectionSetNode | undefined)[]) => {
    for (const set of sets) {
      for (const s of set?.selections ?? []) {
        if (s.kind === "Field") {
          if (s.name.value !== name) continue;
          const key = s.alias?.value ?? name;
          byAlias.set(key, [...(byAlias.get(key) ?? []), s]);
        } else if (s.kind === "InlineFragment") visit([s.selectionSet]);
        else visit([info.fragments[s.name.value]?.selectionSet]);
      }
    }
  };
  visit(info.fieldNodes.map((f) => f.selectionSet));
  return [...byAlias.values()].map((nodes) => ({
    info: { ...info, fieldNodes: nodes, returnType: def.type },
    args: getArgumentValues(def, nodes[0] as FieldNode, info.variableValues),
  }));
}
