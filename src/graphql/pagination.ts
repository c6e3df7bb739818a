import { badInput, clip } from "./errors.js";

/** Page sizes: what a list returns when `first` is not given, and the most it returns. */
export interface PageSize {
  readonly default: number;
  readonly max: number;
}

export const CONNECTION_SIZE: PageSize = { default: 20, max: 100 };
export const LIST_SIZE: PageSize = { default: 20, max: 100 };

export interface Window {
  /** Items to skip. */
  readonly offset: number;
  /** Items on the page. */
  readonly size: number;
  /** Items to fetch: one more than the page, to tell whether another page follows. */
  readonly limit: number;
}

const CURSOR_PREFIX = "offset:";

export function encodeCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`, "utf8").toString("base64url");
}

/**
 * Deepest position a page may start at: skipping costs the database the rows skipped, so a
 * cursor far down (10,000,000) is refused; narrow the list with filters instead.
 */
export const MAX_OFFSET = 10_000;

export function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  const n = text.startsWith(CURSOR_PREFIX) ? text.slice(CURSOR_PREFIX.length) : "";
  if (!/^\d{1,9}$/.test(n))
    throw badInput(`"after" is not a cursor this API gave out: ${clip(cursor)}`);
  const offset = Number(n);
  if (offset >= MAX_OFFSET)
    throw badInput(
      `"after" points past position ${MAX_OFFSET}: pages go no deeper; narrow the list with its filters`,
    );
  return offset;
}

/** How many items a list field returns: `first` when given, within the list's bounds. */
export function listLimit(first: number | null | undefined, size: PageSize = LIST_SIZE): number {
  if (first === null || first === undefined) return size.default;
  if (first < 0) throw badInput(`"first" must not be negative (got ${first})`);
  if (first > size.max) throw badInput(`"first" must be at most ${size.max} (got ${first})`);
  return first;
}

/** The window of a connection page from `first` and `after`. */
export function pageWindow(
  args: { first?: number | null; after?: string | null },
  size: PageSize = CONNECTION_SIZE,
): Window {
  const pageSize = listLimit(args.first, size);
  const offset = args.after ? decodeCursor(args.after) + 1 : 0;
  return { offset, size: pageSize, limit: pageSize + 1 };
}

export interface Connection<T> {
  readonly edges: { cursor: string; node: T }[];
  readonly pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  /** Counted only when a client asks for it. */
  readonly totalCount: () => number | Promise<number>;
}

/**
 * A connection page from the items fetched for a window (up to `window.limit` of them, so one
 * too many means another page follows).
 */
export function toConnection<T>(
  items: readonly T[],
  window: Window,
  totalCount: () => number | Promise<number>,
): Connection<T> {
  const page = items.slice(0, window.size);
  const edges = page.map((node, i) => ({ cursor: encodeCursor(window.offset + i), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: items.length > window.size,
      hasPreviousPage: window.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount,
  };
}

/**
 * Complexity of a list field: the database work of reading its page (`rowCost` per item asked
 * for) plus its selection times the page size. Lists whose rows each take a search of their own
 * (relations, timelines: events and agreements of two actors) weigh more per row than a name, so
 * twenty aliases of a 200-row relations page cost past the limit whatever little they select.
 */
export function listComplexity(size: PageSize = LIST_SIZE, rowCost = 1) {
  return (args: { first?: number | null }) => {
    const rows = Math.max(1, Math.min(args.first ?? size.default, size.max));
    return { field: 1 + rowCost * rows, multiplier: rows };
  };
}

/** Per-row database cost of the lists that read two actors' events and agreements. */
export const PAIR_ROW_COST = 5;
