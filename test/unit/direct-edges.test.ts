import { describe, expect, it } from "vitest";
import { directEdges } from "../../src/load/rows.js";
import type { ResolvedEvent } from "../../src/resolve/types.js";

function call(initiator: string | null, ids: string[]): ResolvedEvent {
  return {
    id: "e1",
    type: "CALL",
    date: "2025-12-09",
    initiator,
    participants: ids.map((id) => ({ id, role: "participant" })),
  } as unknown as ResolvedEvent;
}

const pairs = (rows: { from: string; to: string; directed: boolean }[]) =>
  rows.map((r) => `${r.from}>${r.to}:${r.directed}`).sort();

describe("direct edges of calls", () => {
  it("draws a call from its caller to each other participant", () => {
    const { called } = directEdges([call("a", ["a", "b", "c"])]);
    expect(pairs(called)).toEqual(["a>b:true", "a>c:true"]);
    expect(called[0]).toMatchObject({ eventId: "e1", date: "2025-12-09", dateStart: "2025-12-09" });
  });

  it("draws a call with no known caller both ways between every pair, undirected", () => {
    const { called } = directEdges([call(null, ["a", "b", "c"])]);
    expect(pairs(called)).toEqual([
      "a>b:false",
      "a>c:false",
      "b>a:false",
      "b>c:false",
      "c>a:false",
      "c>b:false",
    ]);
  });

  it("draws nothing for a call with one participant", () => {
    expect(directEdges([call(null, ["a"])]).called).toEqual([]);
  });
});

describe("direct edges of messages", () => {
  it("draws a message from its sender to each addressee, and nothing without a sender", () => {
    const message = (initiator: string | null) =>
      ({ ...call(initiator, ["s", "r"]), type: "MESSAGE" }) as unknown as ResolvedEvent;
    const { wrote, called } = directEdges([message("s")]);
    expect(wrote.map((r) => `${r.from}>${r.to}`)).toEqual(["s>r"]);
    expect(called).toEqual([]);
    expect(directEdges([message(null)]).wrote).toEqual([]);
  });
});
