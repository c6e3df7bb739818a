import neo4j, { type Driver, type ManagedTransaction, type QueryResult } from "neo4j-driver";
import { schemaStatements, statement } from "./statements.js";

export type Row = Record<string, unknown>;

/** Plain JavaScript values from driver values: integers become numbers, nodes their properties. */
export function toPlain(value: unknown): unknown {
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) return value.map(toPlain);
  if (value && typeof value === "object") {
    const v = value as Record<string, unknown>;
    if (neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value))
      return String(value);
    if ("labels" in v && "properties" in v) return toPlain(v.properties);
    if ("type" in v && "properties" in v && "start" in v) return toPlain(v.properties);
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = toPlain(x);
    return out;
  }
  return value;
}

function rows(result: QueryResult): Row[] {
  return result.records.map((r) => toPlain(r.toObject()) as Row);
}

export class DatabaseUnavailableError extends Error {
  constructor(cause: unknown) {
    super("the graph database is unavailable", { cause });
    this.name = "DatabaseUnavailableError";
  }
}

const UNAVAILABLE = new Set([
  "ServiceUnavailable",
  "SessionExpired",
  "Neo.TransientError.General.DatabaseUnavailable",
]);

function wrap(e: unknown): unknown {
  const code = (e as { code?: string }).code;
  return code && UNAVAILABLE.has(code) ? new DatabaseUnavailableError(e) : e;
}

/** A write transaction that runs the project's named statements only. */
export interface WriteTx {
  run(name: string, params?: Row): Promise<Row[]>;
}

export interface DatabaseOptions {
  readonly database?: string;
  /** Read transactions give up after this long (ms). */
  readonly readTimeoutMs?: number;
  /** Called once per statement sent: lets tests count round trips. */
  readonly onQuery?: (name: string) => void;
}

/**
 * The graph database as the rest of the project sees it: named statements from cypher/, plain
 * values, reads in READ mode with a timeout, and one typed error when the server is gone.
 */
export class Database {
  constructor(
    readonly driver: Driver,
    private readonly options: DatabaseOptions = {},
  ) {}

  private session(mode: "READ" | "WRITE") {
    return this.driver.session({
      defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
      ...(this.options.database ? { database: this.options.database } : {}),
    });
  }

  /**
   * Runs a read statement as an auto-commit transaction: one network round trip (RUN and PULL
   * pipelined), where a managed transaction costs three (BEGIN, RUN and PULL, COMMIT). Reads
   * are idempotent, so one that fails with a transient error is run once more.
   */
  async read(name: string, params: Row = {}): Promise<Row[]> {
    const text = statement(name);
    this.options.onQuery?.(name);
    const timeout = this.options.readTimeoutMs ?? 10_000;
    for (let attempt = 1; ; attempt++) {
      const session = this.session("READ");
      try {
        return rows(await session.run(text, params, { timeout }));
      } catch (e) {
        const error = wrap(e);
        const transient = neo4j.isRetryableError(e);
        if (attempt >= 2 || !transient || error instanceof DatabaseUnavailableError) throw error;
      } finally {
        await session.close();
      }
    }
  }

  async write<T>(work: (tx: WriteTx) => Promise<T>): Promise<T> {
    const session = this.session("WRITE");
    try {
      return await session.executeWrite((tx: ManagedTransaction) =>
        work({
          run: async (name, params = {}) => {
            this.options.onQuery?.(name);
            return rows(await tx.run(statement(name), params));
          },
        }),
      );
    } catch (e) {
      throw wrap(e);
    } finally {
      await session.close();
    }
  }

  /** Applies constraints and indexes; each statement is idempotent (IF NOT EXISTS). */
  async applySchema(): Promise<string[]> {
    const applied: string[] = [];
    const session = this.session("WRITE");
    try {
      for (const [name, text] of schemaStatements()) {
        await session.run(text);
        applied.push(name);
      }
      await session.run("CALL db.awaitIndexes(60)");
    } catch (e) {
      throw wrap(e);
    } finally {
      await session.close();
    }
    return applied;
  }

  /** Runs EXPLAIN on a named statement: fails if the statement does not compile. */
  async explain(name: string): Promise<void> {
    const session = this.session("READ");
    try {
      await session.run(`EXPLAIN ${statement(name)}`);
    } finally {
      await session.close();
    }
  }

  async ping(): Promise<boolean> {
    try {
      await this.driver.verifyConnectivity();
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
