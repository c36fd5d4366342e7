import type pg from "pg";
import { prepareOnPostgres } from "./prepared.js";

/**
 * PostgreSQL: the one-row inserts of a transaction (a request, its event, its job: `insertRow`)
 * are held by the connection and sent with the transaction's next statement, so that a creation
 * takes one round trip for its writes rather than one each. The next statement sees them, as it
 * would have: they go first, as data-modifying CTEs of one statement (`with "w0" as (insert …),
 * "w1" as (insert …) insert …`), and that statement runs before it.
 *
 * A read marked as folding (`foldOnPostgres`) is sent in the same statement as the held inserts,
 * as its main query, when none of them writes a table it reads: it could not see their rows (one
 * statement, one snapshot), and does not need to. The webhook fan-out's probe is such a read.
 *
 * What changes for the caller: a held insert that fails (a constraint) fails the transaction at
 * its next statement or its commit, not where it was called. So only inserts whose failure no
 * caller handles are held; a rollback drops those not yet sent.
 */

const held = new Map<string, string>();
const folding = new Map<string, ReadonlySet<string>>();

// What `insertRow` compiles to: one row, every value a parameter, no literal to renumber around.
const oneRowInsert = /^insert into "(\w+)" \([\w", ]+\) values \(\$\d+(?:, \$\d+)*\)$/;

/** Marks a one-row insert (see above) as one a transaction may hold until its next statement. */
export function deferOnPostgres(sql: string): void {
  const table = oneRowInsert.exec(sql)?.[1];
  if (table !== undefined && held.size < 1000) held.set(sql, table);
}

/** Marks a select of `tables` as one that may carry the inserts held before it (see above). */
export function foldOnPostgres(sql: string, tables: readonly string[]): void {
  if (/^select\b/i.test(sql) && !sql.includes("'") && folding.size < 1000) {
    folding.set(sql, new Set(tables));
  }
}

type Query = (config: unknown, values?: unknown) => Promise<pg.QueryResult>;
type Statement = { sql: string; values: unknown[] };

// What a held insert answers at once: the one row it will write.
const heldResult = () => ({ command: "INSERT", rowCount: 1, rows: [], fields: [] }) as never;

/** Has `client` hold marked inserts inside a transaction (see above). */
export function withDeferredWrites(client: pg.PoolClient): void {
  const send = client.query.bind(client) as Query;
  let inTransaction = false;
  let queue: Statement[] = [];
  client.query = (async (config: unknown, values?: unknown) => {
    const text = typeof config === "string" ? config : undefined;
    const parameters = Array.isArray(values) ? (values as unknown[]) : [];
    if (text !== undefined && /^(begin|start transaction)\b/i.test(text)) inTransaction = true;
    else if (text !== undefined && /^rollback\b/i.test(text)) {
      // Also `rollback to savepoint`: every held insert came after it, as a savepoint is sent
      // only once the queue before it has gone.
      queue = [];
      if (!/^rollback to\b/i.test(text)) inTransaction = false;
    } else if (inTransaction && text !== undefined && held.has(text)) {
      queue.push({ sql: text, values: parameters });
      return heldResult();
    } else if (queue.length > 0) {
      const writes = queue;
      queue = [];
      const reads = text === undefined ? undefined : folding.get(text);
      if (reads && writes.every((write) => !reads.has(held.get(write.sql) as string))) {
        return send(...oneStatement(writes, { sql: text as string, values: parameters }));
      }
      await send(...oneStatement(writes.slice(0, -1), writes.at(-1) as Statement));
    }
    if (text !== undefined && /^commit\b/i.test(text)) inTransaction = false;
    return send(config, values);
  }) as never;
}

/** `writes` as data-modifying CTEs before `main`, parameters renumbered after theirs. */
function oneStatement(writes: Statement[], main: Statement): [string, unknown[]] {
  if (writes.length === 0) return [main.sql, main.values];
  const values: unknown[] = [];
  const ctes = writes.map((write, i) => {
    const sql = renumbered(write.sql, values.length);
    values.push(...write.values);
    return `"w${i}" as (${sql})`;
  });
  const sql = `with ${ctes.join(", ")} ${renumbered(main.sql, values.length)}`;
  values.push(...main.values);
  prepareOnPostgres(sql);
  return [sql, values];
}

function renumbered(sql: string, offset: number): string {
  return offset === 0 ? sql : sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);
}
