import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { defaultRetention, purgeExpired, purgeStep } from "../../src/jobs/purge.js";
import { enqueueJob } from "../../src/services/jobs.js";
import { hitRateLimit } from "../../src/services/rate-limits.js";
import { freshDatabase, testDatabaseKinds } from "../support/databases.js";
import { makeMember, makeProject, type TestDeps, testDeps } from "../support/factories.js";

const hour = 60 * 60 * 1000;
const day = 24 * hour;

/**
 * Rows that have served their purpose go in the background, in bounded batches: sessions after
 * they expire, idempotency records after their 24 hours, rate-limit windows once ended, finished
 * jobs and Outbox messages after a week. What is still in use stays.
 */
describe.each(testDatabaseKinds)("the purge on %s", (kind) => {
  let handle: Awaited<ReturnType<typeof freshDatabase>>;
  let deps: TestDeps;
  let projectId: string;
  let memberId: string;
  let serial = 0;

  beforeEach(async () => {
    handle = await freshDatabase(kind);
    deps = testDeps(handle);
    projectId = (await makeProject(deps)).projectId;
    memberId = (await makeMember(deps, projectId, "owner")).memberId;
  });
  afterEach(async () => handle.close());

  const next = () => `${++serial}`;

  async function session(expiresAt: number) {
    const id = `session-${next()}`;
    await deps.db
      .insertInto("sessions")
      .values({
        id_hash: id,
        member_id: memberId,
        csrf_hash: "csrf",
        created_at: deps.clock.now(),
        expires_at: expiresAt,
      })
      .execute();
    return id;
  }

  async function finishedJob(finishedAt: number, status: "done" | "failed" = "done") {
    const id = await enqueueJob(deps.db, {
      projectId,
      kind: "consentRequest.deliver",
      payload: { consentRequestId: "cr", sealedToken: null },
      now: deps.clock.now(),
    });
    await deps.db
      .updateTable("jobs")
      .set({ status, finished_at: finishedAt })
      .where("id", "=", id)
      .execute();
    return id;
  }

  async function queuedJob() {
    return enqueueJob(deps.db, {
      projectId,
      kind: "consentRequest.deliver",
      payload: { consentRequestId: "cr", sealedToken: null },
      now: deps.clock.now(),
    });
  }

  async function idempotencyRecord(claimedAt: number) {
    const key = `key-${next()}`;
    await deps.db
      .insertInto("idempotency_keys")
      .values({
        project_id: projectId,
        caller: "apiKey:k",
        key,
        fingerprint: "f",
        owner: "o",
        status_code: 201,
        response: "{}",
        claimed_at: claimedAt,
        expires_at: claimedAt + day,
      })
      .execute();
    return key;
  }

  async function outboxMessage(createdAt: number) {
    const id = `msg-${next()}`;
    await deps.db
      .insertInto("outbox_messages")
      .values({
        id,
        project_id: projectId,
        channel: "sms",
        recipient: "sealed",
        subject: null,
        text: "sealed",
        html: null,
        link: null,
        consent_request_id: null,
        created_at: createdAt,
      })
      .execute();
    return id;
  }

  async function rateLimitWindow(windowMs: number) {
    const key = `test:${next()}`;
    await hitRateLimit(deps.db, { key, limit: 5, windowMs }, deps.clock.now());
    return key;
  }

  const ids = {
    sessions: async () =>
      (await deps.db.selectFrom("sessions").select("id_hash").execute()).map((r) => r.id_hash),
    jobs: async () => (await deps.db.selectFrom("jobs").select("id").execute()).map((r) => r.id),
    idempotencyKeys: async () =>
      (await deps.db.selectFrom("idempotency_keys").select("key").execute()).map((r) => r.key),
    outboxMessages: async () =>
      (await deps.db.selectFrom("outbox_messages").select("id").execute()).map((r) => r.id),
    rateLimits: async () =>
      (await deps.db.selectFrom("rate_limits").select("key").execute()).map((r) => r.key),
  };

  it("a session goes once it has expired, not before", async () => {
    const start = deps.clock.now();
    const short = await session(start + hour);
    const long = await session(start + 2 * hour);

    deps.clock.set(start + hour - 1);
    await purgeExpired(deps);
    expect((await ids.sessions()).sort()).toEqual([short, long].sort());

    deps.clock.set(start + hour);
    expect((await purgeExpired(deps)).sessions).toBe(1);
    expect(await ids.sessions()).toEqual([long]);
  });

  it("an idempotency record goes 24 hours after it was claimed, when its answer may no longer be replayed", async () => {
    const start = deps.clock.now();
    const old = await idempotencyRecord(start);
    const young = await idempotencyRecord(start + hour);

    deps.clock.set(start + day - 1);
    await purgeExpired(deps);
    expect((await ids.idempotencyKeys()).sort()).toEqual([old, young].sort());

    deps.clock.set(start + day);
    await purgeExpired(deps);
    expect(await ids.idempotencyKeys()).toEqual([young]);
  });

  it("a finished job, done or failed, goes after the retention; queued and running jobs stay however old", async () => {
    const start = deps.clock.now();
    const done = await finishedJob(start);
    const failed = await finishedJob(start, "failed");
    const recent = await finishedJob(start + day);
    const queued = await queuedJob();
    const running = await queuedJob();
    await deps.db
      .updateTable("jobs")
      .set({ status: "running" })
      .where("id", "=", running)
      .execute();

    deps.clock.set(start + defaultRetention.finishedJobsMs - 1);
    await purgeExpired(deps);
    expect(await ids.jobs()).toHaveLength(5);

    deps.clock.set(start + defaultRetention.finishedJobsMs + day - 1);
    await purgeExpired(deps);
    const left = await ids.jobs();
    expect(left).not.toContain(done);
    expect(left).not.toContain(failed);
    expect(left.sort()).toEqual([recent, queued, running].sort());
  });

  it("an Outbox message goes after the retention (7 days)", async () => {
    const start = deps.clock.now();
    const old = await outboxMessage(start);
    const young = await outboxMessage(start + day);
    expect(defaultRetention.outboxMessagesMs).toBe(7 * day);

    deps.clock.set(start + 7 * day - 1);
    await purgeExpired(deps);
    expect((await ids.outboxMessages()).sort()).toEqual([old, young].sort());

    deps.clock.set(start + 7 * day);
    await purgeExpired(deps);
    expect(await ids.outboxMessages()).toEqual([young]);
  });

  it("a rate-limit window goes once it has ended; the current one stays", async () => {
    const ended = await rateLimitWindow(1_000);
    const current = await rateLimitWindow(60_000);

    deps.clock.advance(1_000);
    expect((await purgeExpired(deps)).rateLimits).toBe(1);
    expect(await ids.rateLimits()).toEqual([current]);
    expect(ended).not.toBe(current);
  });

  it("one step deletes at most a batch from each table; the purge takes the rest in further steps", async () => {
    const start = deps.clock.now();
    for (let i = 0; i < 7; i++) {
      await session(start + i);
      await idempotencyRecord(start - day);
      await outboxMessage(start - 7 * day);
      await finishedJob(start - 7 * day);
      await rateLimitWindow(1);
    }
    deps.clock.set(start + 10);

    expect(await purgeStep(deps.db, deps.clock.now(), 3)).toEqual({
      sessions: 3,
      jobs: 3,
      idempotencyKeys: 3,
      outboxMessages: 3,
      rateLimits: 3,
    });
    expect(await purgeExpired(deps, { batchSize: 3 })).toEqual({
      sessions: 4,
      jobs: 4,
      idempotencyKeys: 4,
      outboxMessages: 4,
      rateLimits: 4,
    });
    for (const list of Object.values(ids)) expect(await list()).toEqual([]);
  });

  it("a round stops after its steps even if more has run out; the next round goes on", async () => {
    const start = deps.clock.now();
    for (let i = 0; i < 5; i++) await session(start);
    deps.clock.set(start);

    expect((await purgeExpired(deps, { batchSize: 2, maxSteps: 1 })).sessions).toBe(2);
    expect(await ids.sessions()).toHaveLength(3);
    expect((await purgeExpired(deps, { batchSize: 2 })).sessions).toBe(3);
  });
});
