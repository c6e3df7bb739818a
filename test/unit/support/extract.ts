import { extractArticle } from "../../../src/extract/extract.js";
import type { Extraction } from "../../../src/extract/types.js";

/** The day the unit cases are read as of. */
export const NOW = new Date("2026-11-23T00:00:00Z");

/** Extracts a text written for a test, with a publication day when one is given. */
export function run(text: string, published?: string): Extraction {
  return extractArticle(text, {
    file: "t.txt",
    now: NOW,
    ...(published ? { meta: { published } } : {}),
  });
}

/** Events as "TYPE caller→[names] date", with persons by their Arabic name, for readable asserts. */
export function events(x: Extraction): string[] {
  const name = (id: string | null) =>
    id ? (x.persons.find((p) => p.id === id)?.nameAr ?? id) : "-";
  return x.events.map(
    (e) =>
      `${e.type} ${name(e.initiator)}→[${e.participants.map(name).join("، ")}] ${e.date ?? "undated"}${e.planned ? " planned" : ""}`,
  );
}
