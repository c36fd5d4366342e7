import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { longestRetryDelayMs, retryCapMs, retryDelayMs } from "../../src/jobs/backoff.js";
import { createCommitGroup } from "../../src/jobs/commit-group.js";
import {
  claimDueJobs,
  finishJobs,
  reclaimExpiredLeases,
  retryJobLater,
} from "../../src/jobs/queue.js";
import { enqueueJob } from "../../src/services/jobs.js";
import { freshDatabase, testDatabaseKinds } from "../support/databases.js";
import { makeProject, type TestDeps, testDeps } from "../support/factories.js";
import { type SmtpSink, startSmtpSink } from "../support/smtp-sink.js";
import {
  eventsOf,
  jobsOf,
  requestConsent,
  runUntilIdle,
  seedPendingRequests,
  transportsFor,
  workerFor,
} from "./support.js";

describe("retry delays", () => {
  it("double from 30 seconds up to an hour, each between half and all of that", () => {
    expect([1, 2, 3, 4].map((n) => longestRetryDelayMs(n))).toEqual([
      30_000, 60_000, 120_000, 240_000,
    ]);
    expect(longestRetryDelayMs(20)).toBe(retryCapMs);
    expect(retryDelayMs(3, () => 0)).toBe(60_000);
    expect(retryDelayMs(3, () => 0.999_999)).toBe(120_000);
    expect(retryDelayMs(3, () => 0.5)).toBe(90_000);
  });
});

describe.each(testDatabaseKinds)("the job worker on %s", (kind) => {
  let handle: Awaited<ReturnType<typeof freshDatabase>>;
  let deps: TestDeps;
  let sink: SmtpSink;
  const closers: (() => Promise<void>)[] = [];

  beforeEach(async () => {
    handle = await freshDatabase(kind);
    deps = testDeps(handle);
  });
  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
    await sink?.close();
    await handle.close();
  });

  async function smtp(options: Parameters<typeof startSmtpSink>[0] = {}) {
    sink = await startSmtpSink(options);
    const transports = transportsFor(deps, { SMTP_URL: sink.url });
    closers.push(() => transports.close());
    return transports;
  }

  it("ends that arrive together share one commit, and one that cannot be recorded undoes no other", async () => {
    const commits: string[][] = [];
    const group = createCommitGroup<string, string>(deps.db, async (tx, names) => {
      commits.push(names);
      if (names.includes("bad")) throw new Error("cannot be recorded");
      await tx
        .insertInto("organizations")
        .values(names.map((name) => ({ id: `org_${name}`, name, created_at: 0 })))
        .execute();
      return names.map((name) => `recorded ${name}`);
    });

    const results = await Promise.allSettled(["a", "b", "bad", "c"].map((n) => group.submit(n)));

    expect(results.map((r) => (r.status === "fulfilled" ? r.value : "refused"))).toEqual([
      "recorded a",
      "recorded b",
      "refused",
      "recorded c",
    ]);
    // The first commits at once, alone; the others came while it committed and went together,
    // then, when that failed, each on its own.
    expect(commits).toEqual([["a"], ["b", "bad", "c"], ["b"], ["bad"], ["c"]]);
    const names = await deps.db
      .selectFrom("organizations")
      .select("name")
      .orderBy("name")
      .execute();
    expect(names.map((o) => o.name)).toEqual(expect.arrayContaining(["a", "b", "c"]));
    expect(names.map((o) => o.name)).not.toContain("bad");
  });

  it("a claimed job is not claimed again until its lease ends", async () => {
    const project = await makeProject(deps);
    await requestConsent(deps, project);
    const now = deps.clock.now();
    const claim = { limit: 10, leaseMs: 60_000, now };

    expect(await claimDueJobs(deps.db, kind, { ...claim, workerId: "a" })).toHaveLength(1);
    expect(await claimDueJobs(deps.db, kind, { ...claim, workerId: "b" })).toHaveLength(0);

    const worker = workerFor(deps, await smtp(), { leaseMs: 60_000 });
    deps.clock.set(now + 59_999);
    expect(await worker.runDueJobs()).toBe(0);
    deps.clock.set(now + 60_000);
    expect(await worker.runDueJobs()).toBe(1);
    expect(sink.messages).toHaveLength(1);
  });

  it("a claim whose lease ran out cannot end or requeue the job once it is claimed again, even by the same worker", async () => {
    const project = await makeProject(deps);
    await requestConsent(deps, project);
    const now = deps.clock.now();
    const claim = { limit: 10, leaseMs: 60_000, workerId: "same" };

    const [stale] = await claimDueJobs(deps.db, kind, { ...claim, now });
    deps.clock.set(now + 60_000);
    await reclaimExpiredLeases(deps.db, now + 60_000);
    const [fresh] = await claimDueJobs(deps.db, kind, { ...claim, now: now + 60_000 });
    if (!stale || !fresh) throw new Error("expected the job to be claimed twice");

    const end = (row: typeof stale) => ({
      id: row.id,
      attempts: row.attempts,
      status: "done" as const,
      payload: row.payload,
      lastError: null,
    });
    expect(await retryJobLater(deps.db, stale, "same", now + 120_000, "stale")).toBe(false);
    expect(await finishJobs(deps.db, "same", [end(stale)], now + 60_000)).toEqual(new Set());
    expect(await finishJobs(deps.db, "same", [end(fresh)], now + 60_000)).toEqual(
      new Set([fresh.id]),
    );
  });

  it("a job that waited behind its batch for half its lease is handed back, not sent late", async () => {
    const transports = await smtp({ reply: (attempt) => (attempt === 1 ? "hold" : "accept") });
    const project = await makeProject(deps);
    await seedPendingRequests(deps, project, 2);
    const worker = workerFor(deps, transports, { batchSize: 2, concurrency: 1, leaseMs: 60_000 });

    const step = worker.runDueJobs();
    await sink.waitForAttempts(1);
    deps.clock.advance(30_001);
    sink.releaseHeld();
    await step;

    expect(sink.attempts).toBe(1);
    const jobs = await jobsOf(deps);
    expect(jobs.filter((j) => j.status === "done")).toHaveLength(1);
    expect(jobs.filter((j) => j.status === "queued")).toHaveLength(1);
  });

  it("stopping gives back the claimed jobs not yet started and finishes the one being sent", async () => {
    const transports = await smtp({ reply: (attempt) => (attempt === 1 ? "hold" : "accept") });
    const project = await makeProject(deps);
    await seedPendingRequests(deps, project, 3);
    const worker = workerFor(deps, transports, { batchSize: 3, concurrency: 1 });

    const step = worker.runDueJobs();
    await sink.waitForAttempts(1);
    const stopped = worker.stop();
    sink.releaseHeld();
    expect(await step).toBe(3);
    await stopped;

    const jobs = await jobsOf(deps);
    expect(jobs.filter((j) => j.status === "done")).toHaveLength(1);
    const released = jobs.filter((j) => j.status === "queued");
    expect(released).toHaveLength(2);
    for (const job of released) {
      expect(job).toMatchObject({ attempts: 0, locked_by: null, locked_until: null });
    }
    expect(await worker.runDueJobs()).toBe(0);

    const next = workerFor(deps, transports);
    await runUntilIdle(next);
    expect(sink.messages).toHaveLength(3);
  });

  it("a worker that outlived its lease records nothing: the server accepts the message twice, under one Message-ID, and the delivery is recorded once", async () => {
    const transports = await smtp({ reply: (attempt) => (attempt === 1 ? "hold" : "accept") });
    const project = await makeProject(deps);
    const { request } = await requestConsent(deps, project);
    const slow = workerFor(deps, transports, { leaseMs: 60_000, workerId: "slow" });
    const fast = workerFor(deps, transports, { leaseMs: 60_000, workerId: "fast" });

    const stalled = slow.runDueJobs();
    await sink.waitForAttempts(1);
    deps.clock.advance(60_000);
    await runUntilIdle(fast);
    sink.releaseHeld();
    await stalled;

    // The server accepted it twice (the held attempt was answered late), under one Message-ID
    // by which a server or mail client can tell the copies apart; the records say it once.
    expect(sink.messages).toHaveLength(2);
    expect(new Set(sink.messages.map((m) => m.messageId)).size).toBe(1);
    expect(new Set(sink.attemptMessageIds).size).toBe(1);
    expect(await eventsOf(deps, request.id, "consentRequest.sent")).toHaveLength(1);
    expect((await jobsOf(deps))[0]).toMatchObject({ status: "done", attempts: 2 });
  });

  it("a job whose worker dies every time ends failed after its attempts, with deliveryFailed", async () => {
    const project = await makeProject(deps);
    const { request } = await requestConsent(deps, project);
    const [job] = await jobsOf(deps);
    const leaseMs = 60_000;
    for (let attempt = 1; attempt <= (job?.max_attempts ?? 0); attempt++) {
      // A worker takes over the job (its last holder's lease ran out) and dies in turn.
      await reclaimExpiredLeases(deps.db, deps.clock.now());
      const claimed = await claimDueJobs(deps.db, kind, {
        workerId: `doomed-${attempt}`,
        limit: 1,
        leaseMs,
        now: deps.clock.now(),
      });
      expect(claimed).toHaveLength(1);
      deps.clock.advance(leaseMs);
    }
    const survivor = workerFor(deps, await smtp());
    await runUntilIdle(survivor);

    expect(sink.attempts).toBe(0);
    expect((await jobsOf(deps))[0]).toMatchObject({ status: "failed" });
    const [failed] = await eventsOf(deps, request.id, "consentRequest.deliveryFailed");
    expect(JSON.parse(failed?.data ?? "{}").reason).toMatch(
      /Gave up after 8 attempts: The worker running the job stopped before finishing it/,
    );
  });

  it("a job that cannot run (unknown kind, unreadable payload) fails without holding up the others", async () => {
    const project = await makeProject(deps);
    for (const _ of [1, 2]) {
      await enqueueJob(deps.db, {
        projectId: project.projectId,
        kind: "consentRequest.deliver",
        payload: { consentRequestId: "csr_missing", sealedToken: null },
        now: deps.clock.now(),
      });
    }
    const [retired, garbled] = await jobsOf(deps);
    await deps.db
      .updateTable("jobs")
      .set({ kind: "retired.kind" })
      .where("id", "=", retired?.id ?? "")
      .execute();
    await deps.db
      .updateTable("jobs")
      .set({ payload: "{not json" })
      .where("id", "=", garbled?.id ?? "")
      .execute();
    deps.clock.advance(1);
    await requestConsent(deps, project);

    await runUntilIdle(workerFor(deps, await smtp()));

    const jobs = await deps.db.selectFrom("jobs").selectAll().orderBy("id").execute();
    expect(jobs.map((j) => [j.status, j.last_error])).toEqual([
      ["failed", "No handler for jobs of kind retired.kind."],
      ["failed", "The job's payload is not readable."],
      ["done", null],
    ]);
    expect(sink.messages).toHaveLength(1);
  });
});
