import type { ChildProcessWithoutNullStreams } from "node:child_process";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, postgresAvailable } from "../support/databases.js";
import {
  makeProject,
  makeSubscription,
  type TestDeps,
  testAppSecret,
  testDeps,
} from "../support/factories.js";
import { startServerProcess } from "../support/server-process.js";

/** A server process on the given PostgreSQL database. */
const startServer = (databaseUrl: string) =>
  startServerProcess({ DATABASE_URL: databaseUrl, APP_SECRET: testAppSecret, SEED_DEMO: "0" });

async function until(condition: () => Promise<boolean>, timeoutMs = 20_000) {
  const end = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * T5 with a real crash: the server process is killed after the action's effects are written and
 * before its answer commits. Nothing of the action stays; the retry acts, once.
 */
describe.skipIf(!postgresAvailable)(
  "a server on PostgreSQL killed in the middle of an idempotent POST",
  () => {
    let handle: Awaited<ReturnType<typeof freshDatabase>>;
    let deps: TestDeps;
    const servers: ChildProcessWithoutNullStreams[] = [];

    beforeAll(async () => {
      handle = await freshDatabase("postgres");
      deps = testDeps(handle);
    });
    afterAll(async () => {
      for (const child of servers) if (child.exitCode === null) child.kill("SIGKILL");
      await handle?.close();
    });

    const sleepingBackends = async () => {
      const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from pg_stat_activity
      where datname = current_database() and wait_event = 'PgSleep'`.execute(handle.db);
      return rows[0]?.n ?? 0;
    };

    it("leaves neither the action nor its answer, keeps the key in progress, and the retry acts once", async () => {
      const project = await makeProject(deps);
      const { subscription } = await makeSubscription(deps, project);
      const requestsOfLine = () =>
        deps.db
          .selectFrom("consent_requests")
          .select("id")
          .where("subscription_id", "=", subscription.id)
          .execute();
      const post = (baseUrl: string) =>
        fetch(
          `${baseUrl}/api/projects/${project.projectId}/subscriptions/${subscription.id}/simReplacements`,
          {
            method: "POST",
            headers: {
              authorization: `Bearer ${project.apiKey}`,
              "content-type": "application/json",
              "idempotency-key": "crash-1",
            },
            body: JSON.stringify({ sim: "auto" }),
          },
        );

      // Completing the record waits a while: the effects are written, the answer not yet.
      await sql`create function slow_answer() returns trigger language plpgsql as $$
      begin perform pg_sleep(3); return new; end $$`.execute(handle.db);
      await sql`create trigger slow_answer before update on idempotency_keys for each row
      when (new.status_code is not null) execute function slow_answer()`.execute(handle.db);

      const first = await startServer(handle.url);
      servers.push(first.child);
      const lost = post(first.baseUrl).catch(() => null);
      await until(async () => (await sleepingBackends()) > 0);
      first.child.kill("SIGKILL");
      expect(await lost).toBeNull();
      // The database rolls the dead connection's transaction back once it notices.
      await until(async () => (await sleepingBackends()) === 0);
      await sql`drop trigger slow_answer on idempotency_keys`.execute(handle.db);

      expect(await requestsOfLine()).toEqual([]);
      const claim = await deps.db
        .selectFrom("idempotency_keys")
        .select(["status_code", "response"])
        .where("key", "=", "crash-1")
        .executeTakeFirstOrThrow();
      expect(claim).toEqual({ status_code: null, response: null });

      const second = await startServer(handle.url);
      servers.push(second.child);
      const early = await post(second.baseUrl);
      expect(early.status).toBe(409);
      expect(((await early.json()) as { type: string }).type).toBe("idempotencyKeyInUse");

      // As if the minute after which a claim is stale had passed.
      await deps.db
        .updateTable("idempotency_keys")
        .set((eb) => ({ claimed_at: eb("claimed_at", "-", 60_000) }))
        .where("key", "=", "crash-1")
        .execute();
      const retry = await post(second.baseUrl);
      expect(retry.status).toBe(202);
      const created = (await retry.json()) as { id: string };
      const again = await post(second.baseUrl);
      expect(again.status).toBe(202);
      expect(((await again.json()) as { id: string }).id).toBe(created.id);
      expect((await requestsOfLine()).map((r) => r.id)).toEqual([created.id]);
      second.child.kill("SIGTERM");
    }, 60_000);
  },
);
