import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activeLineByNumber } from "../../src/camara/sim-swap.js";
import type { DatabaseHandle } from "../../src/db/database.js";
import { migrator } from "../../src/db/migrations.js";
import { newId } from "../../src/ids.js";
import { freshDatabase, testDatabaseKinds } from "../support/databases.js";
import { makeProject, makeSubscription, testDeps } from "../support/factories.js";
import { planOf } from "../support/query-plan.js";

describe.each(testDatabaseKinds)("what a SIM swap question costs on %s", (kind) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await freshDatabase(kind);
  });
  afterAll(async () => handle?.close());

  it("finds the active line of a number through an index, never by reading the table", async () => {
    const deps = testDeps(handle);
    const project = await makeProject(deps);
    for (let i = 0; i < 5; i++) await makeSubscription(deps, project);
    const query = activeLineByNumber(handle.db, project.projectId, "+15550100123").compile();
    const plan = await planOf(handle, kind, query);
    expect(plan).toMatch(
      kind === "sqlite"
        ? /SEARCH subscriptions USING INDEX subscriptions_one_active_number \(project_id=\? AND phone_number=\?\)/
        : /Index Scan using subscriptions_one_active_number on subscriptions/,
    );
    expect(plan).not.toMatch(/SCAN subscriptions\b(?! USING)|Seq Scan/);
  });
});

describe.each(testDatabaseKinds)(
  "the SIM change time of lines that existed before on %s",
  (kind) => {
    it("is their last SIM replacement or provider change, else their activation", async () => {
      // The schema before SIM swap checks, with lines and their history written then.
      const handle = await freshDatabase(kind, "0007_webhooks");
      try {
        const deps = testDeps(handle);
        const project = await makeProject(deps);
        const t0 = deps.clock.now();
        const lines = ["quiet", "replaced", "changedTwice"].map((name, i) => ({
          name,
          id: newId("subscription", t0 + i),
        }));
        const user = newId("user", t0);
        await sql`insert into users (id, project_id, full_name, email, preferred_locale, created_at)
        values (${user}, ${project.projectId}, 'Jane', null, 'en', ${t0})`.execute(handle.db);
        for (const [i, line] of lines.entries()) {
          const sim = newId("sim", t0 + i);
          await sql`insert into sims (id, project_id, iccid, type, provider, status, created_at)
          values (${sim}, ${project.projectId}, ${`8901000000000000${i}`}, 'pSIM', 'p7', 'active', ${t0})`.execute(
            handle.db,
          );
          await sql`insert into subscriptions (id, project_id, user_id, phone_number, provider, sim_id,
            plan, status, account_number, created_at)
          values (${line.id}, ${project.projectId}, ${user}, ${`+1555000000${i}`}, 'p7', ${sim},
            null, 'active', '12345678901', ${t0 + i})`.execute(handle.db);
        }
        const history: [string, string, number][] = [
          [lines[1]?.id ?? "", "subscription.simReplaced", t0 + 5_000],
          [lines[2]?.id ?? "", "subscription.providerChanged", t0 + 6_000],
          [lines[2]?.id ?? "", "subscription.simReplaced", t0 + 9_000],
          // Not SIM changes.
          [lines[0]?.id ?? "", "portOutCredentials.issued", t0 + 7_000],
          [lines[2]?.id ?? "", "subscription.locked", t0 + 10_000],
        ];
        for (const [subject, type, time] of history) {
          await sql`insert into events (id, project_id, type, time, actor_type, actor_id, subject, data)
          values (${newId("event", time)}, ${project.projectId}, ${type}, ${time}, 'system', null,
            ${subject}, '{}')`.execute(handle.db);
        }

        const { error } = await migrator(handle.db as never).migrateToLatest();
        expect(error).toBeUndefined();

        const rows = await handle.db
          .selectFrom("subscriptions")
          .select(["id", "sim_changed_at"])
          .where("project_id", "=", project.projectId)
          .execute();
        const changedAt = Object.fromEntries(rows.map((r) => [r.id, Number(r.sim_changed_at)]));
        expect(changedAt).toEqual({
          [lines[0]?.id ?? ""]: t0,
          [lines[1]?.id ?? ""]: t0 + 5_000,
          [lines[2]?.id ?? ""]: t0 + 9_000,
        });
      } finally {
        await handle.close();
      }
    });
  },
);
