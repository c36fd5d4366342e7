import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { defaultLeaseMs } from "../../src/jobs/worker.js";
import {
  eventsOf,
  jobsOf,
  requestConsent,
  runUntilIdle,
  transportsFor,
  workerFor,
} from "../delivery/support.js";
import { freshDatabase, testDatabaseKinds } from "../support/databases.js";
import { makeProject, type TestDeps, testDeps } from "../support/factories.js";
import { type SmtpSink, startSmtpSink } from "../support/smtp-sink.js";

describe.each(testDatabaseKinds)("job leases on %s", (kind) => {
  let handle: Awaited<ReturnType<typeof freshDatabase>>;
  let deps: TestDeps;
  let sink: SmtpSink;

  beforeEach(async () => {
    handle = await freshDatabase(kind);
    deps = testDeps(handle);
    sink = await startSmtpSink({ reply: (attempt) => (attempt === 1 ? "hold" : "accept") });
  });
  afterEach(async () => {
    await sink.close();
    await handle.close();
  });

  it("are short, so that a dead worker's mail is taken over within half a minute", () => {
    expect(defaultLeaseMs).toBeLessThanOrEqual(30_000);
  });

  it("are renewed while the job runs: a send that outlasts the lease keeps its claim, and the message goes once", async () => {
    const transports = transportsFor(deps, { SMTP_URL: sink.url });
    const project = await makeProject(deps);
    const { request } = await requestConsent(deps, project);
    const leaseMs = 30_000;
    const slow = workerFor(deps, transports, { leaseMs, renewEveryMs: 20, workerId: "slow" });
    const other = workerFor(deps, transports, { leaseMs, workerId: "other" });

    const sending = slow.runDueJobs();
    await sink.waitForAttempts(1);
    // Twice the lease passes while the server holds the message; the live worker renews.
    for (let step = 0; step < 4; step++) {
      const before = (await jobsOf(deps))[0]?.locked_until ?? 0;
      deps.clock.advance(leaseMs / 2);
      await until(async () => ((await jobsOf(deps))[0]?.locked_until ?? 0) > before);
      expect(await other.runDueJobs()).toBe(0);
    }
    sink.releaseHeld();
    await sending;
    await runUntilIdle(other);

    expect(sink.messages).toHaveLength(1);
    expect(await eventsOf(deps, request.id, "consentRequest.sent")).toHaveLength(1);
    expect((await jobsOf(deps))[0]).toMatchObject({ status: "done", attempts: 1 });
    await transports.close();
  });
});

/** Lets the worker's renewal timer run, in real time, until `done` answers true. */
async function until(done: () => Promise<boolean>): Promise<void> {
  const deadline = performance.now() + 10_000;
  while (!(await done())) {
    if (performance.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
