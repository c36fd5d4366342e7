import type pg from "pg";

/**
 * Named (prepared) statements on PostgreSQL for the queries of hot paths (src/db/compiled.ts
 * marks them). An unnamed statement is parsed and planned by the server on every call; a named
 * one once per connection, which about doubles what a connection answers for a small indexed
 * read. Kysely sends every query as text and parameters; each pooled connection's `query` looks
 * the text up here and sends the statement by name instead.
 *
 * A prepared `select *` would fail on every connection that holds it ("cached plan must not
 * change result type") once a migration adds a column while this instance runs. So such a
 * statement runs unnamed once, and is prepared with the columns that run answered, named one by
 * one: a column added later is not in its result, as it would not be in this code's either.
 */
type Prepared = { name: string; text: string | undefined };

const statements = new Map<string, Prepared>();
let named = 0;

/** Marks `sql` as a statement to prepare on each PostgreSQL connection that runs it. */
export function prepareOnPostgres(sql: string): void {
  if (statements.has(sql) || statements.size >= 1000) return;
  statements.set(sql, {
    name: `assent_${++named}`,
    // Any star (`select *`, `"table".*`, `returning *`) is spelled out first, or not prepared.
    text: sql.includes("*") ? undefined : sql,
  });
}

const selectAll = /\bselect \* from /gi;

/**
 * `sql` with each `select *` spelled out as `columns` (the names a run of it answered); null when
 * that cannot be done safely. Also used on SQLite (database.ts).
 */
export function spelledOut(sql: string, columns: string[]): string | null {
  // Only a query over one table (or a union of the same table's rows), whose result columns are
  // the table's in order; a join would mix two tables' columns under one star.
  if (/\bjoin\b/i.test(sql) || columns.length === 0 || new Set(columns).size !== columns.length) {
    return null;
  }
  const list = columns.map((column) => `"${column.replaceAll('"', '""')}"`).join(", ");
  const text = sql.replace(selectAll, `select ${list} from `);
  return text.includes("*") ? null : text;
}

/** Has `client` send marked statements by name (see above). */
export function withPreparedStatements(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (
    config: unknown,
    values?: unknown,
  ) => Promise<pg.QueryResult>;
  client.query = (async (config: unknown, values?: unknown) => {
    const prepared = typeof config === "string" ? statements.get(config) : undefined;
    if (!prepared || !Array.isArray(values)) return query(config, values);
    if (prepared.text !== undefined) {
      return query({ name: prepared.name, text: prepared.text, values });
    }
    const result = await query(config, values);
    const text = spelledOut(config as string, result.fields?.map((field) => field.name) ?? []);
    // Not safe to prepare: it stays unnamed.
    if (text === null) statements.delete(config as string);
    else prepared.text = text;
    return result;
  }) as never;
}
