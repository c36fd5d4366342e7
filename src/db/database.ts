import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import SqliteDatabase from "better-sqlite3";
import { Kysely, PostgresDialect, type Transaction } from "kysely";
import pg from "pg";
import { sqliteCommitGroups, walRestartHolds } from "../metrics.js";
import { withDeferredWrites } from "./deferred-writes.js";
import { spelledOut, withPreparedStatements } from "./prepared.js";
import {
  type Checkpointer,
  defaultWalLimitPages,
  startCheckpointer,
} from "./sqlite-checkpointer.js";
import { GroupCommitDialect, type Statement } from "./sqlite-driver.js";
import type { Database } from "./tables.js";

export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;
/** A query runs on the database or inside a transaction alike. */
export type Executor = Db | Tx;

export type DatabaseKind = "sqlite" | "postgres";

export type DatabaseHandle = { db: Db; kind: DatabaseKind; close(): Promise<void> };

// bigint columns hold millisecond times and counts that fit in a double.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number.parseInt(value, 10));

export const defaultDatabaseUrl = "sqlite:./data/assent.db";

export function databaseKind(url: string): DatabaseKind {
  if (url.startsWith("postgres://") || url.startsWith("postgresql://")) return "postgres";
  if (url.startsWith("sqlite:")) return "sqlite";
  throw new Error(
    `DATABASE_URL must start with sqlite: or postgres:// (got "${url.split(":")[0]}:")`,
  );
}

export type DatabaseOptions = {
  /** SQLite: the write-ahead log is emptied once it holds this many pages (sqlite-checkpointer). */
  walLimitPages?: number;
  /**
   * PostgreSQL: told of a pooled connection that failed while idle (the server restarted, an
   * administrator ended it). The pool drops it and opens another when needed; without a listener
   * the error would end the process.
   */
  onConnectionError?: (error: Error) => void;
  /** PostgreSQL: how long a query waits for a connection (a free one, or a new one), in ms. */
  connectionTimeoutMs?: number;
  /** PostgreSQL: the longest a statement may run before the server cancels it, in ms. */
  statementTimeoutMs?: number;
};

export function openDatabase(
  url: string = defaultDatabaseUrl,
  poolSize = 10,
  options: DatabaseOptions = {},
): DatabaseHandle {
  const kind = databaseKind(url);
  if (kind === "postgres") {
    const pool = new pg.Pool({
      connectionString: url,
      max: poolSize,
      // A request waits a bounded time for the database, then answers 503 (never hangs).
      connectionTimeoutMillis: options.connectionTimeoutMs ?? 5_000,
      statement_timeout: options.statementTimeoutMs ?? 30_000,
      // Beyond the statement's own limit, for a server that stopped answering altogether.
      query_timeout: (options.statementTimeoutMs ?? 30_000) + 5_000,
      keepAlive: true,
    });
    // An idle connection's error reaches both listeners below: tell it once.
    const told = new WeakSet<Error>();
    const onError = (error: Error) => {
      if (told.has(error)) return;
      told.add(error);
      options.onConnectionError?.(error);
    };
    pool.on("error", onError);
    // A connection that is checked out has no listener of the pool's; one ended between two
    // statements of a transaction would otherwise be an uncaught error. Its next query fails,
    // and the pool discards it when it comes back.
    pool.on("connect", (client) => {
      client.on("error", onError);
      withPreparedStatements(client);
      withDeferredWrites(client);
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind, close: () => db.destroy() };
  }
  const path = url.slice("sqlite:".length);
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SqliteDatabase(path);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  let checkpointer: Checkpointer | undefined;
  const limitPages = options.walLimitPages ?? defaultWalLimitPages;
  const pageSize = Number(sqlite.pragma("page_size", { simple: true }));
  // Transactions committed, counted rather than commits: they write about as much whether they
  // commit alone or together.
  let committed = 0;
  // Past the log's limit: the thread is asked to copy, then writers are held for the restart.
  let restart: "no" | "catchingUp" | "holding" = "no";
  let askedAt = 0;
  const afterCommit = (transactions: number) => {
    sqliteCommitGroups.observe(transactions);
    // Every few transactions the thread copies the log and notes its length. Past the limit, it is
    // asked to copy at once, beside the writers; when it has (or a writer that never yields has
    // gone on for long), the connection is held (its open group committed first) while the
    // thread copies the last frames and restarts the log: a steady writer would otherwise never
    // leave it that moment.
    if (!checkpointer) return;
    const thread = checkpointer;
    const copyDue = thread.committed(transactions);
    committed += transactions;
    if (restart === "no" && copyDue && thread.full()) {
      restart = "catchingUp";
      askedAt = committed;
      thread.catchUp();
    } else if (restart === "catchingUp" && (thread.caughtUp() || committed - askedAt >= 256)) {
      restart = "holding";
      dialect.driver
        .exclusive(() => {
          const held = walRestartHolds.startTimer();
          thread.restart();
          held();
        })
        .catch(() => {})
        .finally(() => {
          restart = "no";
        });
    }
  };
  const statements = withStatementCache(sqlite);
  const dialect = new GroupCommitDialect({
    prepare: statements.prepare,
    inTransaction: () => sqlite.inTransaction,
    close: () => sqlite.close(),
    afterCommit,
  });
  const db = new Kysely<Database>({ dialect });
  if (path === ":memory:") return { db, kind, close: () => db.destroy() };
  sqlite.pragma("wal_autocheckpoint = 0");
  // Should the log have grown past the limit, its file is cut back when it starts over.
  sqlite.pragma(`journal_size_limit = ${limitPages * pageSize}`);
  checkpointer = startCheckpointer(path, () => sqlite.pragma("wal_autocheckpoint = 1000"), {
    limitPages,
    pageSize,
  });
  const started = checkpointer;
  return {
    db,
    kind,
    close: async () => {
      await started.stop();
      await db.destroy();
    },
  };
}

/**
 * Kysely prepares every statement anew; preparing costs more than running a small indexed query,
 * so statements are kept by their SQL text (queries are parameterised, so the set is small).
 */
function withStatementCache(sqlite: SqliteDatabase.Database) {
  const statements = new Map<string, Statement>();
  return {
    prepare(sql: string): Statement {
      let statement = statements.get(sql);
      if (!statement) {
        if (statements.size >= 1000) statements.clear();
        statement = withRowsFromArrays(sqlite, sqlite.prepare(sql));
        statements.set(sql, statement);
      }
      return statement;
    },
  };
}

/**
 * A reading statement whose rows better-sqlite3 answers as arrays, made into objects by a
 * function compiled for its columns: its own objects cost a look-up of every column's name in
 * V8's string table for every row, about 40% of a 30-column row's read. The columns must be
 * fixed by the SQL text, so a `select *` is prepared again with its columns named (as on
 * PostgreSQL, prepared.ts): a column added or dropped by another process's migration can then
 * never shift a value under another name. Anything else keeps better-sqlite3's objects.
 */
function withRowsFromArrays(
  sqlite: SqliteDatabase.Database,
  prepared: SqliteDatabase.Statement,
): Statement {
  if (!prepared.reader) return prepared;
  const columns = prepared.columns().map((column) => column.name);
  // Only a plain select's result columns are those of its star (not an `explain`'s, say).
  const text = !prepared.source.includes("*")
    ? prepared.source
    : /^select\b/i.test(prepared.source)
      ? spelledOut(prepared.source, columns)
      : null;
  if (text === null || columns.includes("__proto__")) return prepared;
  const statement = text === prepared.source ? prepared : sqlite.prepare(text);
  statement.raw(true);
  const row = new Function(
    "values",
    `return {${columns.map((name, i) => `${JSON.stringify(name)}: values[${i}]`).join(", ")}};`,
  ) as (values: unknown[]) => unknown;
  return {
    reader: true,
    all: (...parameters: unknown[]) => (statement.all(...parameters) as unknown[][]).map(row),
    run: (...parameters: unknown[]) => statement.run(...parameters),
    *iterate(...parameters: unknown[]) {
      for (const values of statement.iterate(...parameters)) yield row(values as unknown[]);
    },
  } as Statement;
}

/**
 * Whether `error` is the database refusing a row that a unique index or constraint already holds:
 * named by the constraint on PostgreSQL, by the table and columns on SQLite (which does not name
 * the index). Use cases turn it into the same 409 as their own check, which a racing insert can
 * pass.
 */
export function isUniqueViolation(
  error: unknown,
  index: { name: string; table: string; columns: readonly string[] },
): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, constraint, message } = error as {
    code?: unknown;
    constraint?: unknown;
    message?: unknown;
  };
  if (code === "23505") return constraint === index.name;
  if (code === "SQLITE_CONSTRAINT_UNIQUE" && typeof message === "string") {
    const columns = index.columns.map((column) => `${index.table}.${column}`).join(", ");
    return message.endsWith(`constraint failed: ${columns}`);
  }
  return false;
}

const unavailableCodes = new Set([
  // PostgreSQL: connection exceptions (class 08), the server shutting down or starting up, too
  // many connections, and a statement cancelled by statement_timeout.
  "57P01",
  "57P02",
  "57P03",
  "53300",
  "57014",
  // The socket: refused, reset, timed out, the name not found.
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  // SQLite: another process held the database past the busy timeout.
  "SQLITE_BUSY",
]);

const unavailableMessages = [
  /^Connection terminated/,
  /timeout exceeded when trying to connect/,
  /Query read timeout/,
  /is not queryable/,
  /not currently accepting connections/,
];

/**
 * Whether `error` says the database cannot be reached or answer right now (rather than that the
 * request was wrong): such a request is answered 503 with Retry-After, and may be retried.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 3; depth++) {
    const { code, message, cause } = e as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof code === "string" && (unavailableCodes.has(code) || code.startsWith("08"))) {
      return true;
    }
    if (typeof message === "string" && unavailableMessages.some((m) => m.test(message))) {
      return true;
    }
    e = cause;
  }
  return false;
}

/** The one way to start a transaction. */
export function inTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction().execute(work);
}
