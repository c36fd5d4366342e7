import pg from "pg";

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
 *
 * Once a connection has run a named statement, it runs it again without asking the server to
 * describe its result (see `ShapedQuery`).
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

/** What a statement answers, as its first run on a connection told: columns and their parsers. */
type Shape = { fields: unknown[]; parsers: unknown; empty: unknown };

// pg's Query and Result, as far as this file uses what their types do not declare.
type PgResult = pg.QueryResult & {
  _parsers?: unknown;
  _prebuiltEmptyResultObject?: unknown;
};
type PgConnection = { describe(message: unknown): void };
type PgQuery = {
  prepare(connection: PgConnection): void;
  _result: PgResult;
  _accumulateRows: boolean;
};
type Answer = (error: Error | undefined, result: pg.QueryResult) => void;

function shapeOf(result: PgResult): Shape {
  return {
    fields: result.fields,
    parsers: result._parsers,
    empty: result._prebuiltEmptyResultObject,
  };
}

/**
 * A named statement whose result the connection already knows the shape of: sent as Bind,
 * Execute and Sync, without the Describe that node-postgres sends on every execution, and its
 * rows made with the columns and parsers of its first run. Otherwise every execution has the
 * server describe a row the client knows, then parses that description and builds a parser per
 * column again: for a 30-column read, 60-70 µs of the client's CPU a query became 40-50 here.
 * The server refuses to run a prepared statement whose result types changed ("cached plan must
 * not change result type"), so a row is never read with a shape that does not describe it.
 */
class ShapedQuery extends (pg.Query as unknown as new (
  config: pg.QueryConfig,
  values: undefined,
  callback: Answer,
) => PgQuery) {
  constructor(
    config: pg.QueryConfig,
    private readonly shape: Shape,
    callback: Answer,
  ) {
    super(config, undefined, callback);
  }

  override prepare(connection: PgConnection): void {
    const describe = connection.describe;
    connection.describe = () => {};
    try {
      super.prepare(connection);
    } finally {
      connection.describe = describe;
    }
    // What pg does on the description it no longer receives.
    this._result.fields = this.shape.fields as pg.FieldDef[];
    this._result._parsers = this.shape.parsers;
    this._result._prebuiltEmptyResultObject = this.shape.empty;
    this._accumulateRows = true;
  }
}

/** Has `client` send marked statements by name (see above). */
export function withPreparedStatements(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (
    config: unknown,
    values?: unknown,
  ) => Promise<pg.QueryResult>;
  // This connection's named statements that have run once, by name.
  const shapes = new Map<string, Shape>();
  const named = async (name: string, text: string, values: unknown[]) => {
    const shape = shapes.get(name);
    if (shape === undefined) {
      const result = await query({ name, text, values });
      shapes.set(name, shapeOf(result));
      return result;
    }
    return new Promise<pg.QueryResult>((resolve, reject) => {
      // A query object given to pg answers through its callback, not a promise.
      query(
        new ShapedQuery({ name, text, values }, shape, (error, result) =>
          error ? reject(error) : resolve(result),
        ),
      );
    });
  };
  client.query = (async (config: unknown, values?: unknown) => {
    const prepared = typeof config === "string" ? statements.get(config) : undefined;
    if (!prepared || !Array.isArray(values)) return query(config, values);
    if (prepared.text !== undefined) return named(prepared.name, prepared.text, values);
    const result = await query(config, values);
    const text = spelledOut(config as string, result.fields?.map((field) => field.name) ?? []);
    // Not safe to prepare: it stays unnamed.
    if (text === null) statements.delete(config as string);
    else prepared.text = text;
    return result;
  }) as never;
}
