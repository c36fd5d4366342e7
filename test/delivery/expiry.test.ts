import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { startBackgroundWork } from "../../src/jobs/background.js";
import { dueRequests, expireDueRequests } from "../../src/services/expiry.js";
import { freshDatabase, testDatabaseKinds } from "../support/databases.js";
import { makeProject, type TestDeps, testDeps } from "../support/factories.js";
import { requestRow, seedPendingRequests, transportsFor } from "./support.js";

describe.each(testDatabaseKinds)("the expiry sweeper on %s", (kind) => {
  let handle: Awaited<ReturnType<typeof freshDatabase>>;
  let deps: TestDeps;

  beforeEach(async () => {
    handle = await freshDatabase(kind);
    deps = testDeps(handle);
  });
  afterEach(async () => {
    vi.useRealTimers();
    await handle.close();
  });

  async function expiredEvents() {
    return deps.db
      .selectFrom("events")
      .select("subject")
      .where("type", "=", "consentRequest.expired")
      .execute();
  }

  it("records every pending request past its validity as expired, with one event each, in batches", async () => {
    const project = await makeProject(deps);
    const early = await seedPendingRequests(deps, project, 7);
    deps.clock.advance(60_000);
    const late = await seedPendingRequests(deps, project, 2);
    const [first] = early;
    const dueAt = (await requestRow(deps, first ?? "")).expires_at;

    deps.clock.set(dueAt - 1);
    expect(await expireDueRequests(deps, 3)).toBe(0);
    deps.clock.set(dueAt);
    expect(await expireDueRequests(deps, 3)).toBe(7);

    for (const id of early) {
      expect(await requestRow(deps, id)).toMatchObject({ status: "expired", expired_at: dueAt });
    }
    for (const id of late) expect((await requestRow(deps, id)).status).toBe("pending");
    expect((await expiredEvents()).map((e) => e.subject).sort()).toEqual([...early].sort());
    expect(await expireDueRequests(deps, 3)).toBe(0);
  });

  it("several sweepers at once record each expiry exactly once", async () => {
    const project = await makeProject(deps);
    const ids = await seedPendingRequests(deps, project, 60);
    deps.clock.set((await requestRow(deps, ids[0] ?? "")).expires_at);

    const counts = await Promise.all([1, 2, 3, 4].map(() => expireDueRequests(deps, 7)));

    expect(counts.reduce((a, b) => a + b, 0)).toBe(60);
    const events = await expiredEvents();
    expect(events).toHaveLength(60);
    expect(new Set(events.map((e) => e.subject)).size).toBe(60);
  });

  it("finds what is due through the index of pending requests by due time, not by reading the table", async () => {
    const query = dueRequests(deps.db, kind, deps.clock.now(), 500).compile();
    let plan: string;
    if (kind === "sqlite") {
      const result = await deps.db.executeQuery({
        ...query,
        sql: `explain query plan ${query.sql}`,
      });
      plan = result.rows.map((r) => (r as { detail: string }).detail).join("\n");
    } else {
      plan = await deps.db.transaction().execute(async (tx) => {
        // On a table this small a sequential scan is cheapest; the question is whether the
        // index can serve the query at all.
        await sql`set local enable_seqscan = off`.execute(tx);
        const result = await tx.executeQuery({ ...query, sql: `explain ${query.sql}` });
        return result.rows.map((r) => (r as { "QUERY PLAN": string })["QUERY PLAN"]).join("\n");
      });
    }
    expect(plan).toContain("consent_requests_due");
    expect(plan).not.toMatch(/SCAN consent_requests\b(?! USING)|Seq Scan/);
  });

  // The loop is the same on every database; on PostgreSQL the pool keeps timers of its own,
  // which fake timers would take over.
  it.runIf(kind === "sqlite")(
    "runs on its own in the background and records an expiry within a minute",
    async () => {
      vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
      const project = await makeProject(deps);
      const [id] = await seedPendingRequests(deps, project, 1);
      const background = startBackgroundWork(deps, {}, { transports: transportsFor(deps) });
      // Until the loops (delivery lanes, the sweeper, the purge) have done a first round and wait.
      await untilWaiting(4);
      expect(await expiredEvents()).toHaveLength(0);

      deps.clock.set((await requestRow(deps, id ?? "")).expires_at);
      await vi.advanceTimersByTimeAsync(60_000);
      await until(async () => (await expiredEvents()).length === 1);
      await background.stop();
    },
  );
});

/** Lets database work run, in real time, until `done` answers true. */
async function until(done: () => Promise<boolean>): Promise<void> {
  const deadline = performance.now() + 10_000;
  while (!(await done())) {
    if (performance.now() > deadline) throw new Error("the background loops never did it");
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Lets database work run, in real time, until `count` timers wait. */
async function untilWaiting(count: number): Promise<void> {
  const deadline = performance.now() + 10_000;
  while (vi.getTimerCount() < count) {
    if (performance.now() > deadline) throw new Error("the background loops never came to rest");
    await new Promise((resolve) => setImmediate(resolve));
  }
}
