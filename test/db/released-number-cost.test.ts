import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/database.js";
import { endSubscription, lastReleaseOfNumber } from "../../src/services/inventory.js";
import { freshDatabase, type TestDatabaseKind, testDatabaseKinds } from "../support/databases.js";
import { makeProject, makeSubscription, testDeps } from "../support/factories.js";

/** The plan a database would run `query` with, as text. */
async function planOf(
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

describe.each(testDatabaseKinds)("what creating a line costs to check its number on %s", (kind) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await freshDatabase(kind);
  });
  afterAll(async () => handle?.close());

  it("finds the last end of a number through an index, never by reading the table", async () => {
    const deps = testDeps(handle);
    const project = await makeProject(deps);
    for (let i = 0; i < 5; i++) {
      const line = await makeSubscription(deps, project);
      if (i % 2 === 0) {
        await endSubscription(deps, project.actor, project.projectId, line.subscription.id);
      }
    }
    const query = lastReleaseOfNumber(handle.db, project.projectId, "+15550100123").compile();
    const plan = await planOf(handle, kind, query);
    expect(plan).toMatch(
      kind === "sqlite"
        ? /SEARCH subscriptions USING (COVERING )?INDEX subscriptions_number_ended \(project_id=\? AND phone_number=\? AND ended_at>\?\)/
        : /Index (Only )?Scan (Backward )?using subscriptions_number_ended on subscriptions/,
    );
    expect(plan).not.toMatch(/SCAN subscriptions\b(?! USING)|Seq Scan|TEMP B-TREE|Sort/);
  });
});
