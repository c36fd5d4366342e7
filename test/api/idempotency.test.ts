import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { idempotencyTtlMs } from "../../src/http/idempotency.js";
import { purgeExpired } from "../../src/jobs/purge.js";
import { decideByToken } from "../../src/services/consent-decisions.js";
import { testDatabaseKinds } from "../support/databases.js";
import { makeSim, makeSubscription } from "../support/factories.js";
import { type Call, call, useApi } from "./support/harness.js";
import { expectRefusedWithoutWrites } from "./support/refusals.js";
import { eventsOf, makeSide, pendingRequest, type Side } from "./support/world.js";

/** A5: a POST retried with the same Idempotency-Key answers the first answer and acts once. */
describe.each(testDatabaseKinds)("Idempotency-Key on %s", (kind) => {
  const api = useApi(kind);
  let mine: Side;
  let keyCounter = 0;
  const newKey = () => `retry-${kind}-${++keyCounter}`;

  beforeAll(async () => {
    mine = await makeSide(api());
  });

  async function freshLine(side = mine) {
    return (await makeSubscription(api().deps, side.project)).subscription;
  }

  const action = (side: Side, subscriptionId: string, key: string, payload: unknown): Call => ({
    method: "POST",
    url: `/api/projects/${side.projectId}/subscriptions/${subscriptionId}/simReplacements`,
    as: { apiKey: side.apiKey },
    headers: { "idempotency-key": key },
    payload,
  });

  async function requestsOf(subscriptionId: string) {
    return api()
      .deps.db.selectFrom("consent_requests")
      .selectAll()
      .where("subscription_id", "=", subscriptionId)
      .execute();
  }

  it("a retried POST answers the first status and body again and creates one request, one event and one message", async () => {
    const line = await freshLine();
    const key = newKey();
    const first = await call(api(), action(mine, line.id, key, { sim: "auto" }));
    api().deps.clock.advance(60_000);
    const retry = await call(api(), action(mine, line.id, key, { sim: "auto" }));
    expect(first.statusCode).toBe(202);
    expect(retry.statusCode).toBe(202);
    expect(retry.json()).toEqual(first.json());
    expect(retry.headers["idempotent-replayed"]).toBe("true");
    const requests = await requestsOf(line.id);
    expect(requests).toHaveLength(1);
    const created = await eventsOf(api(), mine.projectId, "consentRequest.created");
    expect(created.filter((e) => e.subject === first.json().id)).toHaveLength(1);
    const jobs = await api()
      .deps.db.selectFrom("jobs")
      .select("payload")
      .where("project_id", "=", mine.projectId)
      .execute();
    expect(jobs.filter((j) => j.payload.includes(first.json().id))).toHaveLength(1);
  });

  it("a retried create answers the same object, not a second one", async () => {
    const key = newKey();
    const request: Call = {
      method: "POST",
      url: `/api/projects/${mine.projectId}/users`,
      as: { apiKey: mine.apiKey },
      headers: { "idempotency-key": key },
      payload: { fullName: "Dee Retry" },
    };
    const first = await call(api(), request);
    const retry = await call(api(), request);
    expect(first.statusCode).toBe(201);
    expect(retry.statusCode).toBe(201);
    expect(retry.json()).toEqual(first.json());
    const users = await api()
      .deps.db.selectFrom("users")
      .select("id")
      .where("project_id", "=", mine.projectId)
      .where("full_name", "=", "Dee Retry")
      .execute();
    expect(users).toHaveLength(1);
  });

  it("a refusal by a rule of §2 is answered again on retry, even after its cause is gone", async () => {
    const side = await makeSide(api());
    const line = await freshLine(side);
    await call(api(), {
      method: "POST",
      url: `/api/projects/${side.projectId}/subscriptions/${line.id}/end`,
      as: { apiKey: side.apiKey },
    });
    const key = newKey();
    const first = await call(api(), action(side, line.id, key, { sim: "auto" }));
    expect(first.statusCode).toBe(409);
    const retry = await call(api(), action(side, line.id, key, { sim: "auto" }));
    expect(retry.statusCode).toBe(409);
    expect(retry.json()).toEqual(first.json());
  });

  it("the same key with a different body is refused naming Idempotency-Key, and nothing is written", async () => {
    const line = await freshLine();
    const key = newKey();
    expect((await call(api(), action(mine, line.id, key, { sim: "auto" }))).statusCode).toBe(202);
    await expectRefusedWithoutWrites(
      api(),
      mine.projectId,
      () => call(api(), action(mine, line.id, key, { sim: "auto", deliveryMethod: "sms" })),
      { field: "idempotency-key" },
    );
  });

  it("the same key on another route or another object is refused naming Idempotency-Key", async () => {
    const line = await freshLine();
    const other = await freshLine();
    const key = newKey();
    expect((await call(api(), action(mine, line.id, key, { sim: "auto" }))).statusCode).toBe(202);
    await expectRefusedWithoutWrites(
      api(),
      mine.projectId,
      () => call(api(), action(mine, other.id, key, { sim: "auto" })),
      { field: "idempotency-key" },
    );
    await expectRefusedWithoutWrites(
      api(),
      mine.projectId,
      () =>
        call(api(), {
          ...action(mine, line.id, key, {}),
          url: `/api/projects/${mine.projectId}/subscriptions/${line.id}/portOutCredentials`,
        }),
      { field: "idempotency-key" },
    );
  });

  it("a key longer than 255 characters, or empty, is refused naming Idempotency-Key, and nothing is written", async () => {
    const line = await freshLine();
    for (const key of ["k".repeat(256), ""]) {
      await expectRefusedWithoutWrites(
        api(),
        mine.projectId,
        () => call(api(), action(mine, line.id, key, { sim: "auto" })),
        { field: "idempotency-key" },
      );
    }
  });

  it("a 429 is not kept as the answer: once the limit's window has passed, a retry with the same key runs", async () => {
    const side = await makeSide(api());
    const verify = (key?: string): Call => ({
      method: "POST",
      url: `/api/projects/${side.projectId}/portOutCredentials/verify`,
      as: { apiKey: side.apiKey },
      ...(key === undefined ? {} : { headers: { "idempotency-key": key } }),
      payload: { phoneNumber: "+15550109876", accountNumber: "123456789", pin: "123456" },
    });
    for (let i = 0; i < 200; i++) {
      if ((await call(api(), verify())).statusCode === 429) break;
    }
    const key = newKey();
    const limited = await call(api(), verify(key));
    expect(limited.statusCode, limited.body).toBe(429);
    api().deps.clock.advance(10 * 60_000);
    const retry = await call(api(), verify(key));
    expect(retry.statusCode, retry.body).toBe(200);
    expect(retry.headers["idempotent-replayed"]).toBeUndefined();
    const again = await call(api(), verify(key));
    expect(again.headers["idempotent-replayed"]).toBe("true");
  });

  it("a key of exactly 255 characters is accepted", async () => {
    const line = await freshLine();
    const key = `${newKey()}-`.padEnd(255, "k");
    expect((await call(api(), action(mine, line.id, key, { sim: "auto" }))).statusCode).toBe(202);
  });

  it("a call refused by validation does not use up its key", async () => {
    const line = await freshLine();
    const key = newKey();
    const invalid = await call(api(), action(mine, line.id, key, { sim: "auto", simType: "xSIM" }));
    expect(invalid.statusCode).toBe(422);
    const valid = await call(api(), action(mine, line.id, key, { sim: "auto" }));
    expect(valid.statusCode).toBe(202);
  });

  it("keys are per project: another project's identical key runs its own request", async () => {
    const theirs = await makeSide(api());
    const key = newKey();
    const mineLine = await freshLine();
    const theirLine = await freshLine(theirs);
    const a = await call(api(), action(mine, mineLine.id, key, { sim: "auto" }));
    const b = await call(api(), action(theirs, theirLine.id, key, { sim: "auto" }));
    expect(a.statusCode).toBe(202);
    expect(b.statusCode).toBe(202);
    expect(b.json()).toMatchObject({ project: theirs.projectId, subscription: theirLine.id });
    expect(b.json().id).not.toBe(a.json().id);
    expect(b.headers["idempotent-replayed"]).toBeUndefined();
  });

  it("a key is answered again until 24 hours have passed, and may then be used for a new request", async () => {
    const line = await freshLine();
    const key = newKey();
    const first = await call(api(), action(mine, line.id, key, { sim: "auto" }));
    api().deps.clock.advance(24 * 3600 * 1000 - 1);
    const late = await call(api(), action(mine, line.id, key, { sim: "auto" }));
    expect(late.json()).toEqual(first.json());
    api().deps.clock.advance(1);
    const reused = await call(
      api(),
      action(mine, line.id, key, { sim: "auto", deliveryMethod: "sms" }),
    );
    expect(reused.statusCode).toBe(202);
    expect(reused.json().id).not.toBe(first.json().id);
    expect(reused.json().deliveryMethod).toBe("sms");
  });

  it("concurrent retries of one key act once: one request, and every answer is the first one or 409 idempotencyKeyInUse", async () => {
    const line = await freshLine();
    const key = newKey();
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => call(api(), action(mine, line.id, key, { sim: "auto" }))),
    );
    expect(await requestsOf(line.id)).toHaveLength(1);
    const created = answers.filter((a) => a.statusCode === 202);
    expect(created.length).toBeGreaterThanOrEqual(1);
    for (const answer of created) expect(answer.json()).toEqual(created[0]?.json());
    for (const answer of answers.filter((a) => a.statusCode !== 202)) {
      expect(answer.statusCode).toBe(409);
      expect(answer.json().type).toBe("idempotencyKeyInUse");
    }
  });

  it("a replayed port-out answer leaves the PIN out, and no stored answer holds it", async () => {
    const direct = await makeSide(api(), { consent: null });
    const key = newKey();
    const port = (): Call => ({
      method: "POST",
      url: `/api/projects/${direct.projectId}/subscriptions/${direct.line.subscription.id}/portOutCredentials`,
      as: { apiKey: direct.apiKey },
      headers: { "idempotency-key": key },
      payload: {},
    });
    const first = await call(api(), port());
    expect(first.statusCode).toBe(200);
    const pin = first.json().pin as string;
    expect(pin).toMatch(/^\d{6}$/);

    const retry = await call(api(), port());
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toEqual({ ...first.json(), pin: null });
    const stored = await api().deps.db.selectFrom("idempotency_keys").select("response").execute();
    for (const row of stored) expect(row.response ?? "").not.toContain(`"${pin}"`);
  });

  it("a replayed answer leaves out what is shown once: a new API key's secret is null, and no stored answer holds it", async () => {
    const create: Call = {
      method: "POST",
      url: `/api/projects/${mine.projectId}/apiKeys`,
      as: { apiKey: mine.apiKey },
      headers: { "idempotency-key": newKey() },
      payload: { name: "retried key" },
    };
    const first = await call(api(), create);
    expect(first.statusCode).toBe(201);
    const secret = first.json().key as string;
    const retry = await call(api(), create);
    expect(retry.statusCode).toBe(201);
    expect(retry.json()).toEqual({ ...first.json(), key: null });
    const stored = await api().deps.db.selectFrom("idempotency_keys").select("response").execute();
    for (const row of stored) expect(row.response ?? "").not.toContain(secret);
  });

  it("a follow-up whose fulfilment failed is answered 409 fulfillmentFailed again on retry, with its failure recorded once", async () => {
    const sim = await makeSim(api().deps, mine.project);
    const { request, linkToken } = await pendingRequest(api(), mine.project, {
      action: { type: "simReplacement", sim: sim.id },
    });
    await api()
      .deps.db.updateTable("sims")
      .set({ status: "active" })
      .where("id", "=", sim.id)
      .execute();
    await decideByToken(api().deps, linkToken, "approve");
    const fulfill: Call = {
      method: "POST",
      url: `/api/projects/${mine.projectId}/consentRequests/${request.id}/fulfill`,
      as: { apiKey: mine.apiKey },
      headers: { "idempotency-key": newKey() },
    };
    const failures = async () =>
      (await eventsOf(api(), mine.projectId, "consentRequest.fulfillmentFailed")).filter(
        (e) => e.subject === request.id,
      ).length;
    const before = await failures();
    const first = await call(api(), fulfill);
    expect(first.statusCode).toBe(409);
    expect(first.json().type).toBe("fulfillmentFailed");
    const retry = await call(api(), fulfill);
    expect(retry.headers["idempotent-replayed"]).toBe("true");
    expect(retry.statusCode).toBe(409);
    expect(retry.json()).toEqual(first.json());
    expect(await failures()).toBe(before + 1);
  });

  /**
   * Runs `work` with a trigger that does `action` on `table`, as a fault injected into the database:
   * `raise` fails the statement, any other SQL runs beside it in the same transaction.
   */
  async function withTrigger(
    table: string,
    event: "update" | "delete" | "insert",
    when: string | null,
    action: { raise: string } | { sql: string },
    work: () => Promise<void>,
  ) {
    const db = api().deps.db;
    const name = `fault_${table}_${event}`;
    const body = "raise" in action ? null : action.sql;
    if (kind === "sqlite") {
      const step = body ?? `select raise(abort, '${(action as { raise: string }).raise}')`;
      await sql
        .raw(
          `create trigger ${name} ${body ? "after" : "before"} ${event} on ${table} ${when ? `when ${when}` : ""} begin ${step}; end`,
        )
        .execute(db);
    } else {
      const step = body
        ? `${body}; return null;`
        : `raise exception '${(action as { raise: string }).raise}';`;
      await sql
        .raw(
          `create function ${name}() returns trigger language plpgsql as $$ begin ${step} end $$`,
        )
        .execute(db);
      await sql
        .raw(
          `create trigger ${name} ${body ? "after" : "before"} ${event} on ${table} for each row ${when ? `when (${when})` : ""} execute function ${name}()`,
        )
        .execute(db);
    }
    try {
      await work();
    } finally {
      await sql.raw(`drop trigger ${name}${kind === "postgres" ? ` on ${table}` : ""}`).execute(db);
      if (kind === "postgres") await sql.raw(`drop function ${name}()`).execute(db);
    }
  }

  it("the action's effects and its answer commit together: a failure between them leaves neither, and the retry acts once", async () => {
    const line = await freshLine();
    const key = newKey();
    await withTrigger(
      "idempotency_keys",
      "update",
      "new.status_code is not null",
      { raise: "the disk failed" },
      async () => {
        const failed = await call(api(), action(mine, line.id, key, { sim: "auto" }));
        expect(failed.statusCode).toBe(500);
      },
    );
    expect(await requestsOf(line.id)).toHaveLength(0);
    const retry = await call(api(), action(mine, line.id, key, { sim: "auto" }));
    expect(retry.statusCode).toBe(202);
    expect((await requestsOf(line.id)).map((r) => r.id)).toEqual([retry.json().id]);
    const again = await call(api(), action(mine, line.id, key, { sim: "auto" }));
    expect(again.json()).toEqual(retry.json());
    expect(await requestsOf(line.id)).toHaveLength(1);
  });

  it("a process that died while acting leaves its key in progress (409) with nothing done; after a minute the retry acts, once", async () => {
    const line = await freshLine();
    const key = newKey();
    // The answer never commits, and the claim is never given up: as if the process died there.
    await withTrigger(
      "idempotency_keys",
      "update",
      "new.status_code is not null",
      { raise: "killed" },
      () =>
        withTrigger("idempotency_keys", "delete", null, { raise: "killed" }, async () => {
          expect((await call(api(), action(mine, line.id, key, { sim: "auto" }))).statusCode).toBe(
            500,
          );
        }),
    );
    expect(await requestsOf(line.id)).toHaveLength(0);
    const early = await call(api(), action(mine, line.id, key, { sim: "auto" }));
    expect(early.statusCode).toBe(409);
    expect(early.json().type).toBe("idempotencyKeyInUse");
    expect(await requestsOf(line.id)).toHaveLength(0);

    api().deps.clock.advance(60_000);
    const retry = await call(api(), action(mine, line.id, key, { sim: "auto" }));
    expect(retry.statusCode).toBe(202);
    const created = await eventsOf(api(), mine.projectId, "consentRequest.created");
    expect(created.filter((e) => e.subject === retry.json().id)).toHaveLength(1);
    expect((await requestsOf(line.id)).map((r) => r.id)).toEqual([retry.json().id]);
  });

  it("a request whose claim a retry took over while it ran does nothing: its transaction rolls back", async () => {
    const line = await freshLine();
    const key = newKey();
    // While the action runs, another request takes its stale claim over.
    await withTrigger(
      "consent_requests",
      "insert",
      null,
      { sql: "update idempotency_keys set owner = 'the-retry' where status_code is null" },
      async () => {
        const first = await call(api(), action(mine, line.id, key, { sim: "auto" }));
        expect(first.statusCode).toBe(409);
        expect(first.json().type).toBe("idempotencyKeyInUse");
      },
    );
    expect(await requestsOf(line.id)).toHaveLength(0);
  });

  it("keys belong to the caller: another API key of the project with the same key runs its own request", async () => {
    const key = newKey();
    const line = await freshLine();
    const other = await freshLine();
    const a = await call(api(), action(mine, line.id, key, { sim: "auto" }));
    const b = await call(api(), {
      ...action(mine, other.id, key, { sim: "auto" }),
      as: { apiKey: mine.keys.support.secret },
    });
    expect(a.statusCode).toBe(202);
    expect(b.statusCode).toBe(202);
    expect(b.headers["idempotent-replayed"]).toBeUndefined();
    expect(b.json().subscription).toBe(other.id);
    // Nor can another caller read the first caller's stored answer by reusing its key.
    const c = await call(api(), {
      ...action(mine, line.id, key, { sim: "auto" }),
      as: { apiKey: mine.keys.support.secret },
    });
    expect(c.statusCode).toBe(422);
  });

  it("records are purged once their day has passed, not before", async () => {
    const line = await freshLine();
    const key = newKey();
    await call(api(), action(mine, line.id, key, { sim: "auto" }));
    const count = async () =>
      (
        await api()
          .deps.db.selectFrom("idempotency_keys")
          .select("key")
          .where("key", "=", key)
          .execute()
      ).length;
    const purgeAt = (now: number) => purgeExpired({ db: api().deps.db, clock: { now: () => now } });
    const now = api().deps.clock.now();
    await purgeAt(now + idempotencyTtlMs - 1);
    expect(await count()).toBe(1);
    await purgeAt(now + idempotencyTtlMs);
    expect(await count()).toBe(0);
  });
});
