import type { Compilable, CompiledQuery, Insertable, QueryResult } from "kysely";
import type { Executor } from "./database.js";
import { deferOnPostgres } from "./deferred-writes.js";
import { prepareOnPostgres } from "./prepared.js";
import type { Database } from "./tables.js";

/**
 * A query of a hot path, built and compiled by Kysely once per dialect rather than on every call
 * (building and compiling cost about as much as SQLite takes to run a small indexed query). The
 * builder names its inputs with `input("name")`; each call binds them and hands the compiled SQL
 * to the driver, which keeps the prepared statement (SQLite: database.ts; PostgreSQL: a named
 * statement per connection, prepared.ts). The result is what Kysely would answer for the built
 * query.
 */
export function compiledOnce<Input extends string, Row>(
  build: (db: Executor, input: (name: Input) => never) => Compilable<Row>,
  /** Told the compiled SQL of each dialect (deferred-writes.ts marks statements with it). */
  compiled?: (sql: string) => void,
): (db: Executor, values: Record<Input, unknown>) => Promise<QueryResult<Row>> {
  // Placeholders no caller's value can equal; each becomes a bound parameter when compiled.
  const marker = `\u0000compiledOnce:${Math.random()}:`;
  type Compiled = { query: CompiledQuery<Row>; inputs: (Input | null)[] };
  // One per dialect: a transaction shares its database's adapter.
  const byAdapter = new WeakMap<object, Compiled>();
  const compile = (db: Executor): Compiled => {
    const query = build(db, (name) => `${marker}${name}` as never).compile();
    prepareOnPostgres(query.sql);
    compiled?.(query.sql);
    const inputs = query.parameters.map((value) =>
      typeof value === "string" && value.startsWith(marker)
        ? (value.slice(marker.length) as Input)
        : null,
    );
    return { query, inputs };
  };
  return (db, values) => {
    const adapter = db.getExecutor().adapter;
    let compiled = byAdapter.get(adapter);
    if (!compiled) {
      compiled = compile(db);
      byAdapter.set(adapter, compiled);
    }
    const { query, inputs } = compiled;
    return db.executeQuery<Row>({
      ...query,
      parameters: query.parameters.map((value, i) => {
        const name = inputs[i];
        return name === null || name === undefined ? value : values[name];
      }),
    });
  };
}

/**
 * Inserts one row with a statement compiled once per dialect, table and set of columns: the hot
 * writes (a request, its event, its job) would otherwise be built and compiled on every call.
 * Columns whose value is undefined are left out, as Kysely's `values` does. On PostgreSQL, inside
 * a transaction, the row is sent with the transaction's next statement (deferred-writes.ts): a
 * failure to insert it fails the transaction there, so no caller may expect to handle one.
 */
export async function insertRow<Table extends keyof Database & string>(
  db: Executor,
  table: Table,
  row: Insertable<Database[Table]>,
): Promise<void> {
  const values = row as Record<string, unknown>;
  const columns = Object.keys(values).filter((column) => values[column] !== undefined);
  const key = `${table}\n${columns.join(",")}`;
  let insert = inserts.get(key);
  if (!insert) {
    if (inserts.size >= 1000) inserts.clear();
    insert = compiledOnce(
      (executor, input: (name: string) => never) =>
        executor
          .insertInto(table)
          .values(Object.fromEntries(columns.map((column) => [column, input(column)])) as never),
      deferOnPostgres,
    );
    inserts.set(key, insert);
  }
  await insert(db, values);
}

const inserts = new Map<
  string,
  (db: Executor, values: Record<string, unknown>) => Promise<QueryResult<unknown>>
>();
