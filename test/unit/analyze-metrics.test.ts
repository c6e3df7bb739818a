import { describe, expect, it } from "vitest";
import { personMetrics } from "../../src/analyze/metrics.js";

// Two triangles of invented persons joined by one weak link, and one person alone.
const persons = ["a1", "a2", "a3", "b1", "b2", "b3", "alone"];
const links = [
  { a: "a1", b: "a2", weight: 4 },
  { a: "a2", b: "a3", weight: 3 },
  { a: "a1", b: "a3", weight: 5 },
  { a: "b1", b: "b2", weight: 4 },
  { a: "b2", b: "b3", weight: 2 },
  { a: "b1", b: "b3", weight: 6 },
  { a: "a1", b: "b1", weight: 1 },
];

describe("network metrics of persons", () => {
  const m = new Map(personMetrics(persons, links).map((x) => [x.id, x]));

  it("gives every person, linked or not, a degree, a PageRank and a community", () => {
    expect([...m.keys()].sort()).toEqual([...persons].sort());
    expect(m.get("a1")?.degree).toBe(3);
    expect(m.get("alone")?.degree).toBe(0);
    const total = [...m.values()].reduce((s, x) => s + x.pagerank, 0);
    expect(total).toBeCloseTo(1, 6);
  });

  it("ranks the bridging persons above the others of their triangle", () => {
    expect(m.get("a1")?.pagerank ?? 0).toBeGreaterThan(m.get("a2")?.pagerank ?? 0);
    expect(m.get("alone")?.pagerank ?? 1).toBeLessThan(m.get("a2")?.pagerank ?? 0);
  });

  it("finds the two triangles as communities, the same on every run", () => {
    const c = (id: string) => m.get(id)?.community;
    expect(c("a1")).toBe(c("a2"));
    expect(c("a2")).toBe(c("a3"));
    expect(c("b1")).toBe(c("b3"));
    expect(c("a1")).not.toBe(c("b1"));
    expect(c("alone")).not.toBe(c("a1"));
    expect(c("alone")).not.toBe(c("b1"));
    const again = new Map(personMetrics(persons, links).map((x) => [x.id, x.community]));
    for (const id of persons) expect(again.get(id)).toBe(c(id));
  });

  it("returns nothing for an empty graph", () => {
    expect(personMetrics([], [])).toEqual([]);
  });
});
