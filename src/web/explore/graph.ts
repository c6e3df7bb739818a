import type { EventItem, PersonRef } from "./api.js";

/** Two persons and the events they shared: one line of the picture. */
export interface Link {
  id: string;
  a: string;
  b: string;
  events: EventItem[];
}

/**
 * The network on screen: persons, and for each pair the events they took part in together.
 * Built from events only, so filters apply by fetching again.
 */
export class Network {
  readonly persons = new Map<string, PersonRef>();
  readonly links = new Map<string, Link>();
  /** Persons whose own events were fetched (the ones the analyst expanded). */
  readonly expanded = new Set<string>();

  clearLinks(): void {
    this.links.clear();
  }

  add(events: readonly EventItem[]): void {
    for (const ev of events) {
      const people = ev.participants.map((p) => p.person);
      for (const p of people) if (!this.persons.has(p.id)) this.persons.set(p.id, p);
      for (let i = 0; i < people.length; i++)
        for (let j = i + 1; j < people.length; j++) {
          const x = people[i];
          const y = people[j];
          if (!x || !y || x.id === y.id) continue;
          const [a, b] = x.id < y.id ? [x.id, y.id] : [y.id, x.id];
          const id = `${a}|${b}`;
          const link = this.links.get(id) ?? { id, a, b, events: [] };
          if (!link.events.some((e) => e.id === ev.id)) link.events.push(ev);
          this.links.set(id, link);
        }
    }
    for (const l of this.links.values())
      l.events.sort((x, y) => (x.date ?? "").localeCompare(y.date ?? ""));
  }

  /** Persons with at least one link: the ones drawn. */
  drawn(): PersonRef[] {
    const ids = new Set<string>([...this.expanded]);
    for (const l of this.links.values()) {
      ids.add(l.a);
      ids.add(l.b);
    }
    return [...ids].map((id) => this.persons.get(id)).filter((p): p is PersonRef => !!p);
  }
}

/** A stable colour per key (a country code or a community), spread around the hue circle. */
export function colourOf(key: string | number | null | undefined): string {
  if (key === null || key === undefined || key === "") return "#9ca3af";
  const s = String(key);
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) % 360;
  return `hsl(${(h * 137) % 360}, 62%, 48%)`;
}
