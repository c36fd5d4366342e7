/**
 * The storage floor of bench/api.ts: the statements Assent runs to create a consent request and
 * to read one, captured from the service itself, then replayed straight on the driver
 * (better-sqlite3 or pg) with prepared statements, in one transaction per creation. What Assent
 * adds above this is HTTP, validation, the query builder, ids, sealing and serialization.
 */
import { randomBytes } from "node:crypto";
import SqliteDatabase from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import type { Db } from "../src/db/database.js";
import { withDeferredWrites } from "../src/db/deferred-writes.js";
import type { Database } from "../src/db/tables.js";

export type Statement = { sql: string; parameters: readonly unknown[] };
export type Line = { subscriptionId: string; userId: string };

/**
 * Runs `work` on a database of its own connection that records every statement it sends: on
 * PostgreSQL as they go over the wire, the inserts a transaction holds sent with its next
 * statement, as the app's connections send them (src/db/deferred-writes.ts).
 */
export async function captureStatements(
  url: string,
  work: (db: Db) => Promise<void>,
): Promise<Statement[]> {
  const captured: Statement[] = [];
  const record = (sql: string, parameters: readonly unknown[]) => {
    // The transaction's own begin and commit are the replay's.
    if (!/^(begin|commit|rollback)\b/i.test(sql)) captured.push({ sql, parameters });
  };
  let db: Db;
  if (url.startsWith("sqlite:")) {
    db = new Kysely<Database>({
      dialect: new SqliteDialect({ database: new SqliteDatabase(url.slice("sqlite:".length)) }),
      log: (event) => {
        if (event.level === "query") record(event.query.sql, event.query.parameters);
      },
    });
  } else {
    const pool = new pg.Pool({ connectionString: url, max: 1 });
    pool.on("connect", (client) => {
      const query = client.query.bind(client) as (text: unknown, values?: unknown) => unknown;
      client.query = ((text: unknown, values?: unknown) => {
        if (typeof text === "string") record(text, Array.isArray(values) ? values : []);
        return query(text, values);
      }) as never;
      withDeferredWrites(client);
    });
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  }
  try {
    await work(db);
  } finally {
    await db.destroy();
  }
  return captured;
}

const newIdPattern = /^(csr|evt|job|wha|msg)_[0-9a-z]+$/;
const hashPattern = /^[0-9a-f]{64}$/;

/**
 * The captured statements with fresh values per replay: the line (subscription and user) of
 * each run, new ids where the capture made new rows, a new token hash.
 */
function replayer(statements: Statement[], template: Line) {
  const made = new Set<unknown>();
  for (const statement of statements) {
    if (!/\binsert into\b/i.test(statement.sql)) continue;
    for (const value of statement.parameters) {
      if (typeof value === "string" && newIdPattern.test(value)) made.add(value);
    }
  }
  return (line: Line) => {
    const fresh = new Map<unknown, unknown>([
      [template.subscriptionId, line.subscriptionId],
      [template.userId, line.userId],
    ]);
    const value = (v: unknown) => {
      if (fresh.has(v)) return fresh.get(v);
      if (made.has(v) || (typeof v === "string" && hashPattern.test(v))) {
        const s = v as string;
        const replaced = hashPattern.test(s)
          ? randomBytes(32).toString("hex")
          : `${s.slice(0, 4)}${randomBytes(10).toString("hex")}`;
        fresh.set(v, replaced);
        return replaced;
      }
      return v;
    };
    return statements.map((statement) => statement.parameters.map(value));
  };
}

export type FloorFigures = { perSecond: number; meanUs: number };

/** SQLite: `lines.length` creations, one immediate transaction each, on prepared statements. */
export function sqliteCreationFloor(
  path: string,
  statements: Statement[],
  template: Line,
  lines: Line[],
): FloorFigures {
  const sqlite = new SqliteDatabase(path);
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("busy_timeout = 5000");
  // As on the app's connection: its checkpoints run on the checkpointer's thread, never in a
  // commit (otherwise every commit past 1,000 pages of log would copy and sync the database).
  sqlite.pragma("wal_autocheckpoint = 0");
  const prepared = statements.map((statement) => sqlite.prepare(statement.sql));
  const parametersFor = replayer(statements, template);
  const run = sqlite.transaction((parameters: unknown[][]) => {
    prepared.forEach((statement, i) => {
      if (statement.reader) statement.all(parameters[i] as unknown[]);
      else statement.run(parameters[i] as unknown[]);
    });
  });
  const started = process.hrtime.bigint();
  for (const line of lines) run.immediate(parametersFor(line));
  const us = Number(process.hrtime.bigint() - started) / 1000;
  sqlite.close();
  return { perSecond: (lines.length / us) * 1e6, meanUs: us / lines.length };
}

/** SQLite: the read of one consent request, `times` times, on a prepared statement. */
export function sqliteReadFloor(path: string, read: Statement, times: number): FloorFigures {
  const sqlite = new SqliteDatabase(path, { readonly: true });
  const statement = sqlite.prepare(read.sql);
  const parameters = read.parameters as unknown[];
  const started = process.hrtime.bigint();
  for (let i = 0; i < times; i++) statement.get(parameters);
  const us = Number(process.hrtime.bigint() - started) / 1000;
  sqlite.close();
  return { perSecond: (times / us) * 1e6, meanUs: us / times };
}

/** PostgreSQL: the same, over `connections` clients at once, with named prepared statements. */
export async function pgCreationFloor(
  url: string,
  statements: Statement[],
  template: Line,
  lines: Line[],
  connections: number,
): Promise<FloorFigures> {
  const pool = new pg.Pool({ connectionString: url, max: connections });
  const parametersFor = replayer(statements, template);
  let next = 0;
  const worker = async () => {
    const client = await pool.connect();
    try {
      for (let line = lines[next++]; line; line = lines[next++]) {
        const parameters = parametersFor(line);
        await client.query("begin");
        for (const [i, statement] of statements.entries()) {
          await client.query({ name: `floor${i}`, text: statement.sql, values: parameters[i] });
        }
        await client.query("commit");
      }
    } finally {
      client.release();
    }
  };
  const started = process.hrtime.bigint();
  await Promise.all(Array.from({ length: connections }, worker));
  const us = Number(process.hrtime.bigint() - started) / 1000;
  await pool.end();
  return { perSecond: (lines.length / us) * 1e6, meanUs: (us * connections) / lines.length };
}

/** PostgreSQL: the read, `times` times over `connections` clients, on a prepared statement. */
export async function pgReadFloor(
  url: string,
  read: Statement,
  times: number,
  connections: number,
): Promise<FloorFigures> {
  const pool = new pg.Pool({ connectionString: url, max: connections });
  let left = times;
  const worker = async () => {
    const client = await pool.connect();
    try {
      while (left-- > 0) {
        await client.query({ name: "floorRead", text: read.sql, values: [...read.parameters] });
      }
    } finally {
      client.release();
    }
  };
  const started = process.hrtime.bigint();
  await Promise.all(Array.from({ length: connections }, worker));
  const us = Number(process.hrtime.bigint() - started) / 1000;
  await pool.end();
  return { perSecond: (times / us) * 1e6, meanUs: (us * connections) / times };
}
