import type { Core } from "cytoscape";
import {
  type Candidate,
  EVENT_TYPES,
  type EventType,
  eventsOf,
  type Filters,
  findActors,
  pairEvents,
  pathBetween,
} from "./api.js";
import { download, toCsv, toGraphML } from "./exporters.js";
import { Network } from "./graph.js";
import { showLink } from "./panel.js";
import { type ColourBy, createView, highlightPath, render } from "./view.js";

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const cy: Core = createView($("graph"));
const net = new Network();
let focus: Candidate | null = null;
const status = $("status");
const details = $("details");

// For the browser tests and the analyst's console.
(window as unknown as { explorer: unknown }).explorer = { cy, net };

function say(text: string, error = false): void {
  status.textContent = text;
  status.classList.toggle("error", error);
}

function filters(): Filters {
  const types = new Set<EventType>();
  for (const t of EVENT_TYPES) if (($(`type-${t}`) as HTMLInputElement).checked) types.add(t);
  const v = (id: string) => ($(id) as HTMLInputElement).value.trim() || null;
  return { from: v("from"), to: v("to"), types };
}

function draw(): void {
  render(
    cy,
    net,
    {
      latin: ($("latin") as HTMLInputElement).checked,
      colourBy: ($("colour") as HTMLSelectElement).value as ColourBy,
    },
    focus?.kind === "person" ? focus.id : null,
  );
  say(`${cy.nodes().length} persons, ${cy.edges().length} links`);
  document.body.dataset.drawn = String(Date.now());
}

let refreshes = 0;

/**
 * Fetches the events of every expanded actor under the current filters, then redraws. Only the
 * latest of overlapping refreshes draws: an older one finishing last would lay the network out
 * again under the user's pointer. `data-busy` says whether one is still on its way.
 */
async function refresh(): Promise<void> {
  const generation = ++refreshes;
  document.body.dataset.busy = "true";
  try {
    const f = filters();
    const actors = [...net.expanded].map((id) =>
      focus && focus.id === id ? focus : personCandidate(id),
    );
    const lists = await inTurns(actors, (a) => eventsOf(a, f));
    if (generation !== refreshes) return;
    net.clearLinks();
    for (const l of lists) net.add(l);
    draw();
  } finally {
    if (generation === refreshes) document.body.dataset.busy = "false";
  }
}

/**
 * Runs `work` on every item, two at a time: the server answers a client only a few requests at
 * once (fair use), and the explorer is one client.
 */
async function inTurns<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const k = next++;
      out[k] = await work(items[k] as T);
    }
  };
  await Promise.all([lane(), lane()]);
  return out;
}

function personCandidate(id: string): Candidate {
  const p = net.persons.get(id);
  return {
    kind: "person",
    id,
    nameAr: p?.nameAr ?? null,
    nameEn: p?.nameEn ?? null,
    countryCode: p?.countryCode ?? null,
  };
}

async function open(c: Candidate): Promise<void> {
  focus = c;
  net.expanded.clear();
  net.persons.clear();
  net.expanded.add(c.id);
  if (c.kind === "person")
    net.persons.set(c.id, {
      id: c.id,
      nameAr: c.nameAr,
      nameEn: c.nameEn,
      countryCode: c.countryCode,
    });
  details.replaceChildren();
  say("loading…");
  await refresh();
}

/** A search box with candidates as you type; `pick` runs on the chosen one. */
function searchBox(
  inputId: string,
  listId: string,
  pick: (c: Candidate) => void,
  onlyPersons = false,
): void {
  const input = $<HTMLInputElement>(inputId);
  const list = $<HTMLUListElement>(listId);
  let seq = 0;
  input.addEventListener("input", async () => {
    const text = input.value.trim();
    const mine = ++seq;
    if (text.length < 2) return list.replaceChildren();
    // Asks once typing pauses, not at every key (the server answers a client a few at a time).
    await new Promise((r) => setTimeout(r, 150));
    if (mine !== seq) return;
    try {
      const found = (await findActors(text)).filter((c) => !onlyPersons || c.kind === "person");
      if (mine !== seq) return;
      list.replaceChildren(
        ...found.map((c) => {
          const li = document.createElement("li");
          li.className = `candidate ${c.kind}`;
          li.dataset.id = c.id;
          li.innerHTML = "";
          const ar = document.createElement("span");
          ar.lang = "ar";
          ar.dir = "rtl";
          ar.textContent = c.nameAr ?? "";
          const en = document.createElement("span");
          en.className = "latin";
          en.textContent = `${c.nameEn ?? ""}${c.countryCode ? ` · ${c.countryCode}` : ""}`;
          li.append(ar, en);
          li.addEventListener("click", () => {
            list.replaceChildren();
            input.value = c.nameAr ?? c.nameEn ?? c.id;
            pick(c);
          });
          return li;
        }),
      );
    } catch (e) {
      say((e as Error).message, true);
    }
  });
}

searchBox(
  "search",
  "candidates",
  (c) => void open(c).catch((e) => say((e as Error).message, true)),
);
searchBox(
  "path-to",
  "path-candidates",
  (c) => {
    if (focus?.kind !== "person") return say("pick a person first, then the one to reach", true);
    void (async () => {
      const ids = await pathBetween(focus.id, c.id);
      if (ids.length === 0) return say("no connection within six steps", true);
      // Draws the path's persons too, so that every step can be seen.
      for (const id of ids) if (!net.expanded.has(id)) net.expanded.add(id);
      await refresh();
      say(`path of ${ids.length} persons: ${highlightPath(cy, ids)} marked`);
    })().catch((e) => say((e as Error).message, true));
  },
  true,
);

cy.on("tap", "node", (ev) => {
  const id = ev.target.id() as string;
  if (net.expanded.has(id)) return;
  net.expanded.add(id);
  void refresh().catch((e) => say((e as Error).message, true));
});
cy.on("tap", "edge", (ev) => {
  const link = net.links.get(ev.target.id() as string);
  if (!link) return;
  say("loading the events of this link…");
  pairEvents(link.a, link.b, filters())
    .then((events) => {
      showLink(details, link, events, net.persons);
      say(`${events.length} events between the two`);
    })
    .catch((e) => say((e as Error).message, true));
});

for (const id of ["apply", "latin", "colour"])
  $(id).addEventListener(id === "apply" ? "click" : "change", () =>
    id === "apply" ? void refresh().catch((e) => say((e as Error).message, true)) : draw(),
  );

$("export-png").addEventListener("click", () =>
  download("network.png", cy.png({ output: "blob", full: true, scale: 2, bg: "#ffffff" }) as Blob),
);
$("export-graphml").addEventListener("click", () =>
  download(
    "network.graphml",
    new Blob([toGraphML(net.drawn(), [...net.links.values()])], {
      type: "application/graphml+xml",
    }),
  ),
);
$("export-csv").addEventListener("click", () =>
  download(
    "network.csv",
    new Blob([toCsv(net.persons, [...net.links.values()])], { type: "text/csv" }),
  ),
);

say("type a name, in Arabic or Latin letters · اكتب اسما");
