import { describe, expect, it } from "vitest";
import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  Kind,
  type OperationDefinitionNode,
  parse,
} from "../../src/graphql/graphql-js.js";
import { selects, selectsOnly } from "../../src/graphql/selection.js";

/** What a resolver of `person.called` would see for this query (only what the helpers read). */
function calledInfo(query: string): GraphQLResolveInfo {
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const person = operation?.selectionSet.selections[0] as FieldNode;
  const called = person.selectionSet?.selections.find(
    (s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === "called",
  ) as FieldNode;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  return { fieldNodes: [called], fragments } as unknown as GraphQLResolveInfo;
}

const LIGHT = new Set(["id", "nameEn", "called"]);

describe("selection helpers", () => {
  it("see subfields asked for directly, in inline fragments and in named fragments", () => {
    const info = calledInfo(`{
      person(id: "x") {
        called { date ... on Call { directed } ...More }
      }
    }
    fragment More on Call { event { id } person { id } }`);
    expect(selects(info, "date")).toBe(true);
    expect(selects(info, "directed")).toBe(true);
    expect(selects(info, "event")).toBe(true);
    expect(selects(info, "sources")).toBe(false);
  });

  it("tell whether a subfield asks only for allowed fields", () => {
    const light = calledInfo(
      `{ person(id: "x") { called { person { id nameEn called { date } } } } }`,
    );
    expect(selectsOnly(light, "person", LIGHT)).toBe(true);
    const full = calledInfo(`{
      person(id: "x") { called { person { ...Names } } }
    }
    fragment Names on Person { nameEn aliases }`);
    expect(selectsOnly(full, "person", LIGHT)).toBe(false);
    const none = calledInfo(`{ person(id: "x") { called { date } } }`);
    expect(selectsOnly(none, "person", LIGHT)).toBe(true);
  });
});
