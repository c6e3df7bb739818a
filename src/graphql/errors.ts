import { DatabaseUnavailableError } from "../db/database.js";
import { GraphQLError } from "./graphql-js.js";

/** The `extensions.code` of the errors clients are expected to handle. */
export type ErrorCode =
  | "BAD_USER_INPUT"
  | "NOT_FOUND"
  | "AMBIGUOUS"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "DATABASE_UNAVAILABLE"
  | "QUERY_TIMEOUT"
  | "LIMIT_EXCEEDED"
  | "INTERNAL_SERVER_ERROR";

export function apiError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export const badInput = (message: string, extra: Record<string, unknown> = {}) =>
  apiError("BAD_USER_INPUT", message, extra);

/** Most characters of a client's input an error message repeats. */
export const ECHO_LIMIT = 100;

/** A client's input as an error message may quote it: cut to ECHO_LIMIT characters. */
export function clip(input: string): string {
  return input.length <= ECHO_LIMIT ? input : `${input.slice(0, ECHO_LIMIT)}…`;
}

/** Neo4j's codes for a transaction that ran past its timeout. */
const TIMEOUT_CODES = new Set([
  "Neo.ClientError.Transaction.TransactionTimedOut",
  "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
  "Neo.TransientError.Transaction.LockClientStopped",
]);

function causes(error: unknown): unknown[] {
  const out: unknown[] = [];
  let e: unknown = error;
  for (let i = 0; e && i < 8; i++) {
    out.push(e);
    const next =
      (e as { originalError?: unknown }).originalError ?? (e as { cause?: unknown }).cause;
    e = next;
  }
  return out;
}

const LONG_QUOTE = new RegExp(`"([^"]{${ECHO_LIMIT + 1},})"`, "g");

/** The error with every long quoted input in its message cut (a 20 KB name is not repeated). */
function clipped(error: GraphQLError): GraphQLError {
  const message = error.message.replace(LONG_QUOTE, (_m, inner: string) => `"${clip(inner)}"`);
  return message === error.message ? error : rewrap(error, message, { ...error.extensions });
}

/** A new error with the given message and extensions, at the place `error` was raised. */
function rewrap(
  error: unknown,
  message: string,
  extensions: Record<string, unknown>,
): GraphQLError {
  const at =
    error instanceof GraphQLError
      ? { nodes: error.nodes, source: error.source, positions: error.positions, path: error.path }
      : {};
  return new GraphQLError(message, { ...at, extensions });
}

/**
 * What a client sees of an error: expected errors (GraphQLErrors carrying a code) as they are,
 * a lost database and a query timeout as typed errors, anything else as a bare internal error
 * so that no stack, query text or driver detail leaks.
 */
export function maskError(error: unknown, message: string): Error {
  if (error instanceof GraphQLError) {
    const original = error.originalError;
    // Errors raised on purpose (graphql-js copies their code onto the located error), and
    // parse and validation errors, which describe the request itself, are shown as they are,
    // but never with more than ECHO_LIMIT characters of any input they quote.
    if (
      !original ||
      (original instanceof GraphQLError && typeof error.extensions?.code === "string")
    )
      return clipped(error);
  }
  const chain = causes(error);
  for (const e of chain) {
    if (e instanceof DatabaseUnavailableError)
      return rewrap(error, "The graph database is unavailable; try again shortly.", {
        code: "DATABASE_UNAVAILABLE",
      });
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && TIMEOUT_CODES.has(code))
      return rewrap(error, "The query took too long and was stopped.", { code: "QUERY_TIMEOUT" });
  }
  for (const e of chain) {
    if (e instanceof GraphQLError && typeof e.extensions?.code === "string")
      return clipped(e === error ? e : rewrap(error, e.message, e.extensions));
  }
  return rewrap(error, message, { code: "INTERNAL_SERVER_ERROR" });
}
