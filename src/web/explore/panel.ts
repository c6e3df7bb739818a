import type { PairEvent, PersonRef } from "./api.js";
import type { Link } from "./graph.js";

const TYPE_AR: Record<string, string> = {
  CALL: "اتصال",
  MEETING: "لقاء",
  VISIT: "زيارة",
  SIGNING: "توقيع",
  MESSAGE: "رسالة",
  SUMMIT: "قمة",
};

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

/** The events of one link, each with its sentence and article, and the pair's timeline strip. */
export function showLink(
  box: HTMLElement,
  link: Link,
  events: readonly PairEvent[],
  persons: ReadonlyMap<string, PersonRef>,
): void {
  const name = (id: string) => persons.get(id)?.nameEn ?? persons.get(id)?.nameAr ?? id;
  box.replaceChildren();
  box.append(el("h2", {}, `${name(link.a)} — ${name(link.b)}`));
  box.append(timeline(events));
  const list = el("ol", { class: "events" });
  for (const e of events) list.append(eventItem(e));
  box.append(list);
}

function eventItem(e: PairEvent): HTMLElement {
  const li = el("li", { class: "event", "data-event": e.id });
  const head = el("div", { class: "event-head" });
  head.append(el("span", { class: `type t-${e.type}` }, `${e.type} · ${TYPE_AR[e.type] ?? ""}`));
  head.append(el("span", { class: "date" }, e.date ?? "undated"));
  if (e.planned) head.append(el("span", { class: "planned" }, "planned · مقرر"));
  if (e.place) head.append(el("span", { class: "place" }, e.place));
  li.append(head);
  for (const s of e.sources) {
    const q = el("blockquote", { lang: "ar", dir: "rtl" }, s.quote ?? "");
    const from = el("div", { class: "article" });
    from.append(
      el("span", { dir: "auto" }, s.article.title ?? ""),
      " — ",
      el("span", { dir: "ltr", class: "file" }, s.article.file ?? s.article.id),
    );
    li.append(q, from);
  }
  return li;
}

/** A strip from the first to the last dated event, a tick per event, coloured by type. */
export function timeline(events: readonly { type: string; date: string | null }[]): SVGSVGElement {
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("class", "timeline");
  svg.setAttribute("viewBox", "0 0 300 36");
  const dated = events.filter((e) => e.date);
  const time = (d: string) => Date.parse(`${d}${"-01-01".slice(d.length - 4)}`);
  const ts = dated.map((e) => time(e.date ?? ""));
  const lo = Math.min(...ts);
  const hi = Math.max(...ts);
  const axis = document.createElementNS(ns, "line");
  for (const [k, v] of Object.entries({
    x1: "8",
    x2: "292",
    y1: "18",
    y2: "18",
    stroke: "#9ca3af",
  }))
    axis.setAttribute(k, v);
  svg.append(axis);
  dated.forEach((e, i) => {
    const x = hi > lo ? 8 + (284 * ((ts[i] ?? lo) - lo)) / (hi - lo) : 150;
    const tick = document.createElementNS(ns, "rect");
    for (const [k, v] of Object.entries({
      x: String(x - 2),
      y: "8",
      width: "4",
      height: "20",
      class: `tick t-${e.type}`,
    }))
      tick.setAttribute(k, v);
    const title = document.createElementNS(ns, "title");
    title.textContent = `${e.type} ${e.date}`;
    tick.append(title);
    svg.append(tick);
  });
  return svg;
}
