import { sql } from "kysely";
import type { DatabaseHandle } from "../../src/db/database.js";
import type { TestDatabaseKind } from "./databases.js";

/** The plan a database would run `query` with, as text. */
export async function planOf(
  handle: DatabaseHandle,
  kind: TestDatabaseKind,
  query: { sql: string; parameters: readonly unknown[] },
): Promise<string> {
  if (kind === "sqlite") {
    const result = await handle.db.executeQuery({
      ...query,
      sql: `explain query plan ${query.sql}`,
      query: undefined as never,
      queryId: undefined as never,
    });
    return result.rows.map((r) => (r as { detail: string }).detail).join("\n");
  }
  return handle.db.transaction().execute(async (tx) => {
    // On a table this small a sequential scan is cheapest; the question is whether an index
    // serves the query at all.
    await sql`set local enable_seqscan = off`.execute(tx);
    const result = await tx.executeQuery({
      ...query,
      sql: `explain ${query.sql}`,
      query: undefined as never,
      queryId: undefined as never,
    });
    return result.rows.map((r) => (r as { "QUERY PLAN": string })["QUERY PLAN"]).join("\n");
  });
}
