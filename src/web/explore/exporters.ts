import type { PersonRef } from "./api.js";
import type { Link } from "./graph.js";

const xml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * GraphML of what is on screen (persons and their links, with counts, types and dates as
 * attributes), the format Gephi and yEd open.
 */
export function toGraphML(persons: readonly PersonRef[], links: readonly Link[]): string {
  const keys = [
    ["nameAr", "node", "string"],
    ["nameEn", "node", "string"],
    ["country", "node", "string"],
    ["label", "node", "string"],
    ["count", "edge", "int"],
    ["types", "edge", "string"],
    ["first", "edge", "string"],
    ["last", "edge", "string"],
  ];
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys.map(([n, f, t]) => `  <key id="${n}" for="${f}" attr.name="${n}" attr.type="${t}"/>`),
    '  <graph id="network" edgedefault="undirected">',
  ];
  for (const p of persons) {
    out.push(`    <node id="${xml(p.id)}">`);
    out.push(`      <data key="nameAr">${xml(p.nameAr ?? "")}</data>`);
    out.push(`      <data key="nameEn">${xml(p.nameEn ?? "")}</data>`);
    out.push(`      <data key="country">${xml(p.countryCode ?? "")}</data>`);
    out.push(`      <data key="label">${xml(p.nameEn ?? p.nameAr ?? p.id)}</data>`);
    out.push("    </node>");
  }
  for (const l of links) {
    const s = summary(l);
    out.push(`    <edge id="${xml(l.id)}" source="${xml(l.a)}" target="${xml(l.b)}">`);
    out.push(`      <data key="count">${s.count}</data>`);
    out.push(`      <data key="types">${xml(s.types)}</data>`);
    out.push(`      <data key="first">${xml(s.first)}</data>`);
    out.push(`      <data key="last">${xml(s.last)}</data>`);
    out.push("    </edge>");
  }
  out.push("  </graph>", "</graphml>");
  return `${out.join("\n")}\n`;
}

const csvCell = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** CSV of the events on screen, one row per event and pair (ids let the sources be looked up). */
export function toCsv(persons: ReadonlyMap<string, PersonRef>, links: readonly Link[]): string {
  const rows = [
    ["person_a", "name_a", "person_b", "name_b", "event", "type", "date", "planned", "place"],
  ];
  const name = (id: string) => persons.get(id)?.nameEn ?? persons.get(id)?.nameAr ?? id;
  for (const l of links)
    for (const e of l.events)
      rows.push([
        l.a,
        name(l.a),
        l.b,
        name(l.b),
        e.id,
        e.type,
        e.date ?? "",
        String(e.planned),
        e.place ?? "",
      ]);
  return `${rows.map((r) => r.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

export function summary(l: Link): { count: number; types: string; first: string; last: string } {
  const dates = l.events
    .map((e) => e.date)
    .filter((d): d is string => !!d)
    .sort();
  return {
    count: l.events.length,
    types: [...new Set(l.events.map((e) => e.type))].join(" "),
    first: dates[0] ?? "",
    last: dates.at(-1) ?? "",
  };
}

export function download(name: string, data: Blob): void {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(data);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}
