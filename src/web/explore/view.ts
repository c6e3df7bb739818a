import cytoscape, { type Core, type ElementDefinition } from "cytoscape";
import type { PersonRef } from "./api.js";
import { colourOf, type Network } from "./graph.js";

export type ColourBy = "country" | "community";

export interface ViewOptions {
  latin: boolean;
  colourBy: ColourBy;
}

/**
 * The picture, drawn with cytoscape.js: a maintained library that draws on a 2D canvas (no WebGL,
 * which headless and remote browsers often lack), lays out with its force-directed cose, and
 * exports PNG itself. Node size follows PageRank, edge width the number of shared events.
 */
export function createView(container: HTMLElement): Core {
  return cytoscape({
    container,
    style: [
      {
        selector: "node",
        style: {
          "background-color": "data(colour)",
          label: "data(label)",
          width: "data(size)",
          height: "data(size)",
          "font-family": '"Noto Sans Arabic", "Noto Sans", system-ui, sans-serif',
          "font-size": 12,
          "text-valign": "bottom",
          "text-margin-y": 4,
          "text-wrap": "wrap",
          "text-max-width": "160px",
          color: "#111827",
          "text-outline-color": "#ffffff",
          "text-outline-width": 2,
        },
      },
      { selector: "node.focus", style: { "border-width": 3, "border-color": "#111827" } },
      {
        selector: "edge",
        style: {
          width: "data(width)",
          "line-color": "#9ca3af",
          "curve-style": "haystack",
          opacity: 0.8,
        },
      },
      { selector: "edge:selected", style: { "line-color": "#2563eb", opacity: 1 } },
      {
        selector: ".onpath",
        style: { "line-color": "#dc2626", "border-color": "#dc2626", "border-width": 4 },
      },
      { selector: ".faded", style: { opacity: 0.15 } },
    ],
  });
}

export function label(p: PersonRef, latin: boolean): string {
  const ar = p.nameAr ?? p.nameEn ?? p.id;
  return latin && p.nameEn ? `${ar}\n${p.nameEn}` : ar;
}

/** Redraws the network: new persons and links are added, gone ones removed, then laid out. */
export function render(cy: Core, net: Network, opts: ViewOptions, focus: string | null): void {
  const persons = net.drawn();
  const ranks = persons.map((p) => p.centrality?.pageRank ?? 0);
  const maxRank = Math.max(1e-9, ...ranks);
  const elements: ElementDefinition[] = persons.map((p) => ({
    group: "nodes",
    data: {
      id: p.id,
      label: label(p, opts.latin),
      colour: colourOf(opts.colourBy === "country" ? p.countryCode : p.community),
      size: 18 + 26 * Math.sqrt((p.centrality?.pageRank ?? 0) / maxRank),
    },
    classes: p.id === focus ? "focus" : "",
  }));
  for (const l of net.links.values())
    elements.push({
      group: "edges",
      data: {
        id: l.id,
        source: l.a,
        target: l.b,
        width: 1.5 + 2.5 * Math.log2(1 + l.events.length),
      },
    });
  cy.batch(() => {
    cy.elements().remove();
    cy.add(elements);
  });
  cy.layout({
    name: "cose",
    animate: false,
    randomize: true,
    nodeRepulsion: () => 9000,
    idealEdgeLength: () => 90,
  }).run();
  cy.fit(undefined, 60);
  // A handful of persons would otherwise fill the screen with two giant circles.
  if (cy.zoom() > 1) {
    cy.zoom(1);
    cy.center();
  }
}

/** Marks the persons of a path and the links between consecutive ones; fades the rest. */
export function highlightPath(cy: Core, ids: readonly string[]): number {
  cy.elements().removeClass("onpath faded");
  if (ids.length === 0) return 0;
  let marked = 0;
  cy.elements().addClass("faded");
  ids.forEach((id, i) => {
    const n = cy.getElementById(id);
    if (n.nonempty()) {
      n.removeClass("faded").addClass("onpath");
      marked++;
    }
    const next = ids[i + 1];
    if (!next) return;
    const [a, b] = id < next ? [id, next] : [next, id];
    cy.getElementById(`${a}|${b}`).removeClass("faded").addClass("onpath");
  });
  return marked;
}
