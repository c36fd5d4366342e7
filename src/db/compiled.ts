import type { Compilable, CompiledQuery, QueryResult } from "kysely";
import type { Executor } from "./database.js";

/**
 * A query of a hot path, built and compiled by Kysely once per dialect rather than on every call
 * (building and compiling cost about as much as SQLite takes to run a small indexed query). The
 * builder names its inputs with `input("name")`; each call binds them and hands the compiled SQL
 * to the driver, which keeps the prepared statement (database.ts). The result is what Kysely
 * would answer for the built query.
 */
export function compiledOnce<Input extends string, Row>(
  build: (db: Executor, input: (name: Input) => never) => Compilable<Row>,
): (db: Executor, values: Record<Input, unknown>) => Promise<QueryResult<Row>> {
  // Placeholders no caller's value can equal; each becomes a bound parameter when compiled.
  const marker = `\u0000compiledOnce:${Math.random()}:`;
  type Compiled = { query: CompiledQuery<Row>; inputs: (Input | null)[] };
  // One per dialect: a transaction shares its database's adapter.
  const byAdapter = new WeakMap<object, Compiled>();
  const compile = (db: Executor): Compiled => {
    const query = build(db, (name) => `${marker}${name}` as never).compile();
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
