import { mkdirSync, statSync } from "node:fs";
import { dirname } from "node:path";
import SqliteDatabase from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect, type Transaction } from "kysely";
import pg from "pg";
import {
  type Checkpointer,
  defaultWalLimitPages,
  startCheckpointer,
} from "./sqlite-checkpointer.js";
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
};

export function openDatabase(
  url: string = defaultDatabaseUrl,
  poolSize = 10,
  options: DatabaseOptions = {},
): DatabaseHandle {
  const kind = databaseKind(url);
  if (kind === "postgres") {
    const pool = new pg.Pool({ connectionString: url, max: poolSize });
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
  let commits = 0;
  let truncating = false;
  const afterCommit = () => {
    // Every few commits, a cheap look at the log's length. Past the limit, this connection's
    // queue is held (db.connection) while the checkpointer's thread empties the log: a steady
    // writer would otherwise never leave it the moment it waits for. Requests wait at the queue
    // for that short while; the copying runs on the thread.
    if (!checkpointer || truncating || ++commits % 32 !== 0) return;
    const bytes = statSync(`${path}-wal`, { throwIfNoEntry: false })?.size ?? 0;
    if (bytes < limitPages * (pageSize + 24)) return;
    const thread = checkpointer;
    truncating = true;
    db.connection()
      .execute(() => thread.truncate())
      .catch(() => false)
      .finally(() => {
        truncating = false;
      });
  };
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite, afterCommit) }),
  });
  if (path === ":memory:") return { db, kind, close: () => db.destroy() };
  sqlite.pragma("wal_autocheckpoint = 0");
  // When the log does start over, its file is cut back to the limit rather than kept at its peak.
  sqlite.pragma(`journal_size_limit = ${limitPages * pageSize}`);
  checkpointer = startCheckpointer(path, () => sqlite.pragma("wal_autocheckpoint = 1000"), {
    limitPages,
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
function withStatementCache(sqlite: SqliteDatabase.Database, afterCommit: () => void) {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(query: string) {
      // Transactions take the write lock when they begin, so that one which reads and then
      // writes never fails to upgrade its lock while another process writes (WAL allows one
      // writer; readers are not blocked).
      const sql = query === "begin" ? "begin immediate" : query;
      if (sql === "commit") afterCommit();
      let statement = statements.get(sql);
      if (!statement) {
        if (statements.size >= 1000) statements.clear();
        statement = sqlite.prepare(sql);
        statements.set(sql, statement);
      }
      return statement;
    },
  };
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

/** The one way to start a transaction. */
export function inTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction().execute(work);
}
