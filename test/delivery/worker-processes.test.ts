import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { postgresAvailable, testDatabaseKinds } from "../support/databases.js";
import { makeProject, type TestDeps, testDeps } from "../support/factories.js";
import { type SmtpSink, startSmtpSink } from "../support/smtp-sink.js";
import { startWorkerProcess, type WorkerProcess } from "./processes.js";
import {
  eventsOf,
  jobsOf,
  requestConsent,
  requestRow,
  runUntilIdle,
  seedPendingRequests,
  sharedDatabase,
  transportsFor,
  workerFor,
} from "./support.js";

describe.each(testDatabaseKinds)("worker processes on %s", (kind) => {
  let handle: Awaited<ReturnType<typeof sharedDatabase>>;
  let deps: TestDeps;
  let sink: SmtpSink;
  const processes: WorkerProcess[] = [];

  beforeEach(async () => {
    handle = await sharedDatabase(kind);
    deps = testDeps(handle);
  });
  afterEach(async () => {
    for (const worker of processes.splice(0)) worker.child.kill("SIGKILL");
    await sink?.close();
    await handle.close();
  });

  it("a worker killed mid-send leaves the job to another after its lease, and the message arrives once", async () => {
    // The first message is held unanswered, as a slow server would; the rest are accepted.
    sink = await startSmtpSink({ reply: (attempt) => (attempt === 1 ? "hold" : "accept") });
    const leaseMs = 60_000;
    const start = deps.clock.now();
    const doomed = await startWorkerProcess({
      databaseUrl: handle.url,
      smtpUrl: sink.url,
      clockMs: start,
      leaseMs,
    });
    processes.push(doomed);
    const project = await makeProject(deps);
    const { request } = await requestConsent(deps, project);
    await sink.waitForAttempts(1, 20_000);
    await doomed.kill();

    const transports = transportsFor(deps, { SMTP_URL: sink.url });
    const survivor = workerFor(deps, transports, { leaseMs });
    deps.clock.set(start + leaseMs - 1);
    expect(await survivor.runDueJobs()).toBe(0);
    deps.clock.set(start + leaseMs);
    await runUntilIdle(survivor);
    await transports.close();

    expect(sink.messages).toHaveLength(1);
    const [job] = await jobsOf(deps);
    expect(job).toMatchObject({ status: "done", attempts: 2 });
    // Both attempts carried the same Message-ID: a server that did get the first can tell.
    expect(sink.attemptMessageIds).toEqual([
      `<${job?.id}@assent.test>`,
      `<${job?.id}@assent.test>`,
    ]);
    expect(await eventsOf(deps, request.id, "consentRequest.sent")).toHaveLength(1);
    expect((await requestRow(deps, request.id)).sent_at).toBe(start + leaseMs);
  });

  it.runIf(kind === "postgres" || !postgresAvailable)(
    "two worker processes on one database send 500 messages: none twice, none missing",
    async () => {
      sink = await startSmtpSink();
      const start = deps.clock.now();
      const workers = await Promise.all(
        [1, 2].map(() =>
          startWorkerProcess({ databaseUrl: handle.url, smtpUrl: sink.url, clockMs: start }),
        ),
      );
      processes.push(...workers);
      const project = await makeProject(deps);
      const ids = await seedPendingRequests(deps, project, 500);

      await sink.waitForMessages(500, 60_000);
      // Let both finish recording what they sent before looking at the database.
      const sentBy = await Promise.all(workers.map((w) => w.stop()));

      expect(sink.messages).toHaveLength(500);
      expect(new Set(sink.messages.map((m) => m.messageId)).size).toBe(500);
      expect(new Set(sink.messages.map((m) => m.envelopeTo[0])).size).toBe(500);
      expect(sentBy[0]).toBeGreaterThan(0);
      expect(sentBy[1]).toBeGreaterThan(0);
      expect((sentBy[0] ?? 0) + (sentBy[1] ?? 0)).toBe(500);
      const jobs = await jobsOf(deps);
      expect(jobs.filter((j) => j.status === "done" && j.attempts === 1)).toHaveLength(500);
      const sent = await deps.db
        .selectFrom("events")
        .select("subject")
        .where("type", "=", "consentRequest.sent")
        .execute();
      expect(sent.map((e) => e.subject).sort()).toEqual([...ids].sort());
    },
    120_000,
  );
});
