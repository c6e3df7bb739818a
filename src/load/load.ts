import { createHash } from "node:crypto";
import { readdir, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { ArticleReadError, readArticle } from "../articles/read.js";
import { type Database, DatabaseUnavailableError, type WriteTx } from "../db/database.js";
import { extractArticle } from "../extract/extract.js";
import { hasArabic } from "../extract/text/normalize.js";
import type { ArticleMeta } from "../extract/types.js";
import {
  agreementSignatures,
  eventSignatures,
  resolveAgreements,
  resolveEvents,
  resolvePersons,
} from "../resolve/resolve.js";
import type { ArticleExtraction, Cluster, ResolveDiagnostic } from "../resolve/types.js";
import { paragraphs } from "./paragraphs.js";
import { agreementRows, directEdges, eventRows, personRows, sourceRows } from "./rows.js";

export interface ArticleInput {
  readonly file: string;
  readonly text: string;
  readonly sha256?: string;
  readonly meta?: ArticleMeta;
}

export interface LoadSummary {
  articles: number;
  loaded: number;
  unchanged: number;
  replaced: number;
  /** The articles whose earlier facts were replaced (new text or a newer graph model). */
  replacedFiles: string[];
  skipped: { file: string; reason: string }[];
  persons: { created: number; merged: number };
  events: { created: number; merged: number };
  agreements: { created: number; merged: number };
  diagnostics: ResolveDiagnostic[];
  /** Loaded all the same, but not as written: a meta file that did not parse, a legacy encoding, a cut. */
  warnings: { file: string; message: string }[];
}

export interface LoadOptions {
  /** Articles per write transaction. */
  readonly batchSize?: number;
  readonly now?: Date;
  readonly onProgress?: (done: number, total: number) => void;
  /** The version of the facts drawn from articles; defaults to GRAPH_MODEL. */
  readonly graphModel?: number;
}

/**
 * Raised whenever the facts drawn from an article change shape (2: calls with no known caller
 * drawn both ways; 3: DEALT_WITH summaries; 4: country pairs; 5: top counterparts; 6: keyed
 * DEALT_WITH edges; 7: MESSAGE and SUMMIT events, WROTE_TO edges, the real-news extraction rules;
 * 8: articles' paragraphs, headline and outlet, planned events out of DEALT_WITH, each
 * participant's office on the event's date).
 * An article stored under another version counts as changed, so the next
 * load redraws it even though its text is the same.
 */
export const GRAPH_MODEL = 8;

const emptySummary = (): LoadSummary => ({
  articles: 0,
  loaded: 0,
  unchanged: 0,
  replaced: 0,
  replacedFiles: [],
  skipped: [],
  persons: { created: 0, merged: 0 },
  events: { created: 0, merged: 0 },
  agreements: { created: 0, merged: 0 },
  diagnostics: [],
  warnings: [],
});

/** Why an article cannot be loaded at all, or undefined when it can. */
function rejection(input: ArticleInput): string | undefined {
  if (input.text.trim().length === 0) return "empty article";
  if (!hasArabic(input.text)) return "no Arabic text";
  return undefined;
}

/**
 * Extracts, resolves and writes articles in batches, one transaction per batch. An article
 * whose fingerprint is already stored is left alone; a changed one has its old facts removed
 * first. A batch that fails is retried article by article so one bad article loses nothing else.
 */
export async function loadArticles(
  db: Database,
  inputs: readonly ArticleInput[],
  options: LoadOptions = {},
): Promise<LoadSummary> {
  const summary = emptySummary();
  summary.articles = inputs.length;
  const now = options.now ?? new Date();
  const batchSize = Math.max(1, options.batchSize ?? 250);
  const model = options.graphModel ?? GRAPH_MODEL;
  const batches: ArticleInput[][] = [];
  for (let k = 0; k < inputs.length; k += batchSize) batches.push(inputs.slice(k, k + batchSize));

  // Extraction of the next batch overlaps the database's work on the current one: extraction
  // yields between articles, so the driver's replies are read while it runs.
  const prepare = async (batch: readonly ArticleInput[]): Promise<ArticleExtraction[]> => {
    const ready: ArticleExtraction[] = [];
    for (const input of batch) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      const reason = rejection(input);
      if (reason) {
        summary.skipped.push({ file: input.file, reason });
        continue;
      }
      try {
        const extraction = extractArticle(input.text, {
          file: input.file,
          now,
          ...(input.meta ? { meta: input.meta } : {}),
        });
        for (const d of extraction.diagnostics)
          if (d.level === "warning")
            summary.warnings.push({ file: input.file, message: d.message });
        ready.push({
          file: input.file,
          sha256: input.sha256 ?? createHash("sha256").update(input.text).digest("hex"),
          meta: input.meta,
          extraction,
          text: input.text,
        });
      } catch (e) {
        summary.skipped.push({
          file: input.file,
          reason: `extraction failed: ${(e as Error).message}`,
        });
      }
    }
    return ready;
  };

  let done = 0;
  let next = batches[0] ? prepare(batches[0]) : undefined;
  for (let k = 0; k < batches.length; k++) {
    const ready = await (next ?? Promise.resolve([]));
    const writing = writeWithIsolation(db, ready, model, summary);
    next = batches[k + 1] ? prepare(batches[k + 1] ?? []) : undefined;
    await Promise.all([writing, next]);
    done += batches[k]?.length ?? 0;
    options.onProgress?.(done, inputs.length);
  }
  return summary;
}

/** Writes a batch in one transaction; if it fails, article by article, so one bad article loses nothing else. */
async function writeWithIsolation(
  db: Database,
  batch: readonly ArticleExtraction[],
  model: number,
  summary: LoadSummary,
): Promise<void> {
  if (batch.length === 0) return;
  try {
    merge(summary, await db.write((tx) => writeBatch(tx, batch, model)));
    return;
  } catch (e) {
    if (e instanceof DatabaseUnavailableError) throw e;
    if (batch.length === 1) {
      summary.skipped.push({
        file: batch[0]?.file ?? "?",
        reason: `write failed: ${(e as Error).message}`,
      });
      return;
    }
  }
  for (const one of batch) {
    try {
      merge(summary, await db.write((tx) => writeBatch(tx, [one], model)));
    } catch (e) {
      if (e instanceof DatabaseUnavailableError) throw e;
      summary.skipped.push({ file: one.file, reason: `write failed: ${(e as Error).message}` });
    }
  }
}

function merge(into: LoadSummary, part: LoadSummary): void {
  into.loaded += part.loaded;
  into.unchanged += part.unchanged;
  into.replaced += part.replaced;
  into.replacedFiles.push(...part.replacedFiles);
  for (const k of ["persons", "events", "agreements"] as const) {
    into[k].created += part[k].created;
    into[k].merged += part[k].merged;
  }
  into.diagnostics.push(...part.diagnostics);
}

function group<T extends { signature: string }>(
  rows: readonly Record<string, unknown>[],
): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows as unknown as T[]) {
    const list = out.get(r.signature) ?? [];
    list.push(r);
    out.set(r.signature, list);
  }
  return out;
}

/** One batch's writes; returns what it did, counted once the transaction commits. */
async function writeBatch(
  tx: WriteTx,
  all: readonly ArticleExtraction[],
  model: number,
): Promise<LoadSummary> {
  const summary = emptySummary();
  // Which articles are new, changed (text or graph model) or already loaded as they are.
  const stored = new Map(
    (await tx.run("load-article-hashes", { files: all.map((a) => a.file) })).map((r) => [
      r.file as string,
      r.sha256 === null ? null : `${r.sha256} ${r.model}`,
    ]),
  );
  const batch = all.filter((a) => stored.get(a.file) !== `${a.sha256} ${model}`);
  const changed = batch.filter((a) => stored.get(a.file)).map((a) => a.file);
  const unchanged = all.length - batch.length;
  // Pairs whose shared events a retraction may remove: their summaries are recomputed below.
  const retractedPairs =
    changed.length > 0 ? await tx.run("load-article-pairs", { files: changed }) : [];
  if (changed.length > 0) await tx.run("load-retract-article", { files: changed });
  if (batch.length === 0) {
    summary.unchanged += unchanged;
    return summary;
  }

  await tx.run("load-upsert-articles", {
    articles: batch.map((a) => ({
      id: a.file,
      file: a.file,
      title: a.extraction.title,
      url: a.meta?.url ?? null,
      outlet: a.extraction.outlet,
      publishedAt: a.extraction.publishedAt,
      sha256: a.sha256,
      model,
      length: a.text.length,
      paragraphs: paragraphs(a.text),
    })),
  });
  const { persons, countries } = resolvePersons(batch);
  await tx.run("load-upsert-countries", { countries });
  const [personStats] = await tx.run("load-upsert-persons", { persons: personRows(persons) });
  await tx.run("load-represents", {
    rows: persons
      .filter((p) => p.country)
      .map((p) => ({ person: p.id, country: p.country, role: p.role })),
  });

  const existingAgreements = group<Cluster & { signature: string }>(
    await tx.run("load-existing-agreements", { signatures: agreementSignatures(batch) }),
  );
  const ag = resolveAgreements(batch, existingAgreements);
  await tx.run("load-upsert-agreements", { agreements: agreementRows(ag.agreements) });

  const existingEvents = group<
    Cluster & { signature: string; initiator: string | null; planned: boolean | null }
  >(await tx.run("load-existing-events", { signatures: eventSignatures(batch, ag.ids) }));
  const ev = resolveEvents(batch, ag.ids, existingEvents);
  const [upserted] = await tx.run("load-upsert-events", { events: eventRows(ev.events) });
  const flipped = (upserted?.flipped ?? []) as string[];
  await tx.run("load-agreement-sources", { rows: sourceRows(ag.agreements) });
  await tx.run("load-event-sources", { rows: sourceRows(ev.events) });

  // New events have no edges yet; only events that took new reports may need theirs redrawn.
  const touched = ev.events.filter((e) => !e.isNew).map((e) => e.id);
  if (touched.length > 0) await tx.run("load-clear-direct-edges", { events: touched });
  const edges = directEdges(ev.events);
  await tx.run("load-called", { rows: edges.called });
  await tx.run("load-met", { rows: edges.met });
  await tx.run("load-visited", { rows: edges.visited });
  await tx.run("load-signed", { rows: edges.signed });
  await tx.run("load-wrote", { rows: edges.wrote });
  // DEALT_WITH summaries: added up from the batch, recounted where that cannot be exact.
  const events = ev.events.map((e) => e.id);
  const added = await tx.run("load-counterparts-add", { events, flipped });
  await tx.run("load-settle-participations", { events });
  const recount = [...retractedPairs, ...added.filter((r) => r.recount)];
  if (recount.length > 0) await tx.run("load-counterparts-recount", { pairs: recount });
  // Only a moved count can reorder a person's top counterparts.
  const moved = [...retractedPairs, ...added.filter((r) => r.changed)];
  const dealers = new Set(moved.flatMap((r) => [r.a, r.b] as string[]));
  await tx.run("load-top-counterparts", { persons: [...dealers] });
  // Country pairs: the batch's events and agreements, and the events of persons whose country
  // the batch taught.
  const gainedCountry = (personStats?.gainedCountry ?? []) as string[];
  await tx.run("load-country-pairs", { events, persons: gainedCountry });
  await tx.run("load-agreement-country-pairs", { agreements: ag.agreements.map((a) => a.id) });

  // Counted only once the transaction's work is all sent; a retry recounts from scratch.
  const personsCreated = Number(personStats?.created ?? 0);
  summary.unchanged += unchanged;
  summary.loaded += batch.length;
  summary.replaced += changed.length;
  summary.replacedFiles.push(...changed);
  summary.persons.created += personsCreated;
  summary.persons.merged += persons.length - personsCreated;
  const reports = (xs: readonly { sources: readonly unknown[]; isNew: boolean }[]) => {
    const created = xs.filter((x) => x.isNew).length;
    const total = xs.reduce((n, x) => n + x.sources.length, 0);
    return { created, merged: total - created };
  };
  const e = reports(ev.events);
  const a = reports(ag.agreements);
  summary.events.created += e.created;
  summary.events.merged += e.merged;
  summary.agreements.created += a.created;
  summary.agreements.merged += a.merged;
  summary.diagnostics.push(...ag.diagnostics, ...ev.diagnostics);
  return summary;
}

/** Article files under the given files and folders (folders: their *.txt files, sorted). */
export async function articlePaths(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const s = await stat(p).catch(() => undefined);
    if (s?.isDirectory()) {
      const names = (await readdir(p)).filter((f) => f.endsWith(".txt")).sort();
      out.push(...names.map((f) => join(p, f)));
    } else out.push(p);
  }
  return out;
}

/** Reads articles from disk and loads them; unreadable files are reported, not fatal. */
export async function loadPaths(
  db: Database,
  paths: readonly string[],
  options: LoadOptions = {},
): Promise<LoadSummary> {
  const inputs: ArticleInput[] = [];
  const unreadable: { file: string; reason: string }[] = [];
  const warnings: { file: string; message: string }[] = [];
  // An article is known by its file name: two files of one run with the same name would replace
  // each other in turn, so the second is refused, naming both.
  const seen = new Map<string, string>();
  for (const path of await articlePaths(paths)) {
    const name = basename(path);
    const first = seen.get(name);
    if (first !== undefined) {
      unreadable.push({
        file: path,
        reason: `same article name as ${first}, loaded in this run: rename one of them`,
      });
      continue;
    }
    seen.set(name, path);
    try {
      const a = await readArticle(path);
      if (a.problems.some((p) => p.startsWith("binary"))) {
        unreadable.push({ file: a.file, reason: a.problems.join("; ") });
        continue;
      }
      for (const message of a.problems) warnings.push({ file: a.file, message });
      inputs.push({
        file: a.file,
        text: a.text,
        sha256: a.sha256,
        ...(a.meta ? { meta: a.meta } : {}),
      });
    } catch (e) {
      if (!(e instanceof ArticleReadError)) throw e;
      unreadable.push({ file: path, reason: e.message });
    }
  }
  const summary = await loadArticles(db, inputs, options);
  summary.articles += unreadable.length;
  summary.skipped.unshift(...unreadable);
  summary.warnings.unshift(...warnings);
  return summary;
}
