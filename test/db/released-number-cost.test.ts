import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/database.js";
import { endSubscription, lastReleaseOfNumber } from "../../src/services/inventory.js";
import { freshDatabase, testDatabaseKinds } from "../support/databases.js";
import { makeProject, makeSubscription, testDeps } from "../support/factories.js";
import { planOf } from "../support/query-plan.js";

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
