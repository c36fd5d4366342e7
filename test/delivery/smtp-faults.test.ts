import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { longestRetryDelayMs } from "../../src/jobs/backoff.js";
import { cancelConsentRequest } from "../../src/services/consent-requests.js";
import { freshDatabase, testDatabaseKinds } from "../support/databases.js";
import { makeProject, type TestDeps, testDeps } from "../support/factories.js";
import { type SmtpSink, startSmtpSink } from "../support/smtp-sink.js";
import {
  eventsOf,
  jobsOf,
  requestConsent,
  requestRow,
  runUntilIdle,
  transportsFor,
  workerFor,
} from "./support.js";

/** A port where nothing listens (yet): a sink was there and is closed again. */
async function unusedPort(): Promise<number> {
  const sink = await startSmtpSink();
  await sink.close();
  return sink.port;
}

describe.each(testDatabaseKinds)("email delivery over SMTP on %s", (kind) => {
  let handle: Awaited<ReturnType<typeof freshDatabase>>;
  let sink: SmtpSink | undefined;
  const closers: (() => Promise<void>)[] = [];

  // Each test has its own database: a worker takes every due job it finds.
  beforeEach(async () => {
    handle = await freshDatabase(kind);
  });
  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
    await sink?.close();
    sink = undefined;
    await handle.close();
  });

  function setUp(smtpUrl: string) {
    const deps: TestDeps = testDeps(handle);
    const transports = transportsFor(deps, { SMTP_URL: smtpUrl });
    closers.push(() => transports.close());
    return { deps, transports };
  }

  it("sends the link once the server accepts it, then records sentAt and consentRequest.sent with the server's id", async () => {
    sink = await startSmtpSink();
    const { deps, transports } = setUp(sink.url);
    const project = await makeProject(deps);
    const { request, token } = await requestConsent(deps, project);

    expect(await eventsOf(deps, request.id, "consentRequest.sent")).toHaveLength(0);
    await runUntilIdle(workerFor(deps, transports));

    const [mail] = await sink.waitForMessages(1);
    expect(mail?.link).toBe(`${deps.publicUrl}/consent/${token}`);
    const row = await requestRow(deps, request.id);
    expect(row.sent_at).toBe(deps.clock.now());
    const [sent] = await eventsOf(deps, request.id, "consentRequest.sent");
    expect(JSON.parse(sent?.data ?? "{}")).toMatchObject({
      deliveryMethod: "email",
      transport: "smtp",
      providerMessageId: mail?.queueId,
      messageId: mail?.messageId,
    });
  });

  it("keeps no form of the link in the job once it is done", async () => {
    sink = await startSmtpSink();
    const { deps, transports } = setUp(sink.url);
    const project = await makeProject(deps);
    const { request, token } = await requestConsent(deps, project);
    const before = (await jobsOf(deps)).find((j) => j.payload.includes(request.id));
    expect(JSON.parse(before?.payload ?? "{}").sealedToken).toEqual(expect.any(String));
    expect(before?.payload).not.toContain(token);

    await runUntilIdle(workerFor(deps, transports));

    const after = (await jobsOf(deps)).find((j) => j.id === before?.id);
    expect(after?.status).toBe("done");
    expect(JSON.parse(after?.payload ?? "{}")).toEqual({
      consentRequestId: request.id,
      sealedToken: null,
    });
  });

  it("sends nothing for a request canceled before the worker's turn, and ends its job", async () => {
    sink = await startSmtpSink();
    const { deps, transports } = setUp(sink.url);
    const project = await makeProject(deps);
    const { request } = await requestConsent(deps, project);
    await cancelConsentRequest(deps, project.actor, project.projectId, request.id);

    await runUntilIdle(workerFor(deps, transports));

    expect(sink.attempts).toBe(0);
    expect((await requestRow(deps, request.id)).sent_at).toBeNull();
    expect(await eventsOf(deps, request.id, "consentRequest.sent")).toHaveLength(0);
    const job = (await jobsOf(deps)).find((j) => j.payload.includes(request.id));
    expect(job?.status).toBe("done");
  });

  it("sends nothing for a request whose link expired before the worker's turn", async () => {
    sink = await startSmtpSink();
    const { deps, transports } = setUp(sink.url);
    const project = await makeProject(deps);
    const { request } = await requestConsent(deps, project);
    deps.clock.set(request.expires_at);

    await runUntilIdle(workerFor(deps, transports));

    expect(sink.attempts).toBe(0);
    expect(await eventsOf(deps, request.id, "consentRequest.sent")).toHaveLength(0);
  });

  it("when the server is down at first and comes up later, the message arrives exactly once", async () => {
    const port = await unusedPort();
    const { deps, transports } = setUp(`smtp://127.0.0.1:${port}`);
    const worker = workerFor(deps, transports);
    const project = await makeProject(deps);
    const { request } = await requestConsent(deps, project);

    await runUntilIdle(worker);
    const [waiting] = await jobsOf(deps);
    expect(waiting).toMatchObject({ status: "queued", attempts: 1 });
    expect(waiting?.last_error).toMatch(/Could not reach the mail server/);
    expect(waiting?.run_at).toBeGreaterThan(deps.clock.now());
    expect(await eventsOf(deps, request.id, "consentRequest.sent")).toHaveLength(0);

    // Nothing runs again before the backoff has passed.
    expect(await runUntilIdle(worker)).toBe(0);

    sink = await startSmtpSink({ port });
    deps.clock.advance(longestRetryDelayMs(1));
    await runUntilIdle(worker);
    deps.clock.advance(longestRetryDelayMs(8));
    await runUntilIdle(worker);

    expect(sink.messages).toHaveLength(1);
    expect(await eventsOf(deps, request.id, "consentRequest.sent")).toHaveLength(1);
    expect((await jobsOf(deps))[0]).toMatchObject({ status: "done", attempts: 2 });
  });

  it("a 4xx answer is retried after the backoff and the later acceptance is sent once", async () => {
    sink = await startSmtpSink({
      reply: (attempt) =>
        attempt === 1 ? { code: 451, message: "4.3.0 Try again later" } : "accept",
    });
    const { deps, transports } = setUp(sink.url);
    const worker = workerFor(deps, transports);
    const project = await makeProject(deps);
    const { request } = await requestConsent(deps, project);

    await runUntilIdle(worker);
    expect(sink.messages).toHaveLength(0);
    expect((await jobsOf(deps))[0]?.last_error).toMatch(/deferred.*451/);

    deps.clock.advance(longestRetryDelayMs(1));
    await runUntilIdle(worker);

    expect(sink.attempts).toBe(2);
    expect(sink.messages).toHaveLength(1);
    expect(await eventsOf(deps, request.id, "consentRequest.sent")).toHaveLength(1);
    expect((await requestRow(deps, request.id)).delivery_error).toBeNull();
  });

  it("a 5xx answer (no such mailbox) fails at once: deliveryFailed with the reason, shown on the request", async () => {
    sink = await startSmtpSink({
      reply: () => ({ code: 550, message: "5.1.1 <jane@example.com>: Recipient address rejected" }),
    });
    const { deps, transports } = setUp(sink.url);
    const project = await makeProject(deps);
    const { request } = await requestConsent(deps, project);

    await runUntilIdle(workerFor(deps, transports));

    expect(sink.attempts).toBe(1);
    const row = await requestRow(deps, request.id);
    expect(row.delivery_error).toMatch(/refused the message.*550 5\.1\.1/);
    // Addresses that servers echo are not kept in the reason.
    expect(row.delivery_error).not.toContain("jane@example.com");
    const [failed] = await eventsOf(deps, request.id, "consentRequest.deliveryFailed");
    expect(JSON.parse(failed?.data ?? "{}")).toMatchObject({
      deliveryMethod: "email",
      reason: row.delivery_error,
      attempts: 1,
    });
    expect((await jobsOf(deps))[0]).toMatchObject({ status: "failed" });
    expect(JSON.parse((await jobsOf(deps))[0]?.payload ?? "{}").sealedToken).toBeNull();
  });

  it("gives up after the job's attempts with deliveryFailed, and never before", async () => {
    sink = await startSmtpSink({ reply: () => ({ code: 421, message: "4.7.0 Busy" }) });
    const { deps, transports } = setUp(sink.url);
    const worker = workerFor(deps, transports);
    const project = await makeProject(deps);
    const { request } = await requestConsent(deps, project);
    const [job] = await jobsOf(deps);
    const maxAttempts = job?.max_attempts ?? 0;

    for (let attempt = 1; attempt < maxAttempts; attempt++) {
      await runUntilIdle(worker);
      expect(await eventsOf(deps, request.id, "consentRequest.deliveryFailed")).toHaveLength(0);
      deps.clock.advance(longestRetryDelayMs(attempt));
    }
    await runUntilIdle(worker);

    expect(sink.attempts).toBe(maxAttempts);
    const [failed] = await eventsOf(deps, request.id, "consentRequest.deliveryFailed");
    expect(JSON.parse(failed?.data ?? "{}").reason).toMatch(
      new RegExp(`Gave up after ${maxAttempts} attempts.*421`),
    );
    expect((await requestRow(deps, request.id)).delivery_error).toMatch(/Gave up/);
    deps.clock.advance(longestRetryDelayMs(maxAttempts));
    await runUntilIdle(worker);
    expect(sink.attempts).toBe(maxAttempts);
  });

  it("an email address that is no longer valid fails the job at once with a readable reason", async () => {
    sink = await startSmtpSink();
    const { deps, transports } = setUp(sink.url);
    const project = await makeProject(deps);
    const { request } = await requestConsent(deps, project);
    await deps.db
      .updateTable("consent_requests")
      .set({ recipient: "jane@example.com\r\nBcc: victim@example.org" })
      .where("id", "=", request.id)
      .execute();

    await runUntilIdle(workerFor(deps, transports));

    expect(sink.attempts).toBe(0);
    expect((await requestRow(deps, request.id)).delivery_error).toBe(
      "The user's email address is not a valid address.",
    );
  });
});
