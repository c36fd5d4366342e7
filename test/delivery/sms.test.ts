import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { longestRetryDelayMs } from "../../src/jobs/backoff.js";
import { decideByToken } from "../../src/services/consent-decisions.js";
import { freshDatabase, testDatabaseKinds } from "../support/databases.js";
import { makeProject, type TestDeps, testDeps } from "../support/factories.js";
import { type GatewayReply, type SmsGateway, startSmsGateway } from "./sms-gateway.js";
import {
  eventsOf,
  jobsOf,
  requestConsent,
  requestRow,
  runUntilIdle,
  transportsFor,
  workerFor,
} from "./support.js";

describe.each(testDatabaseKinds)("text messages through the SMS gateway on %s", (kind) => {
  let handle: Awaited<ReturnType<typeof freshDatabase>>;
  let gateway: SmsGateway;

  beforeEach(async () => {
    handle = await freshDatabase(kind);
  });
  afterEach(async () => {
    await gateway.close();
    await handle.close();
  });

  async function setUp(reply?: (attempt: number) => GatewayReply) {
    gateway = await startSmsGateway(reply ? { reply } : {});
    const deps: TestDeps = testDeps(handle);
    return { deps, worker: workerFor(deps, transportsFor(deps, gateway.env())) };
  }

  it("sends a short text with the brand, the action and the link, and records the gateway's sid", async () => {
    const { deps, worker } = await setUp();
    const project = await makeProject(deps, { name: "Acme Mobile" });
    const { subscription, request, token } = await requestConsent(deps, project, {
      deliveryMethod: "sms",
    });
    await runUntilIdle(worker);

    expect(gateway.messages).toHaveLength(1);
    const [sms] = gateway.messages;
    expect(sms?.to).toBe(subscription.phone_number);
    expect(sms?.body).toBe(
      `Acme Mobile: Approve your SIM replacement: ${deps.publicUrl}/consent/${token} (valid 3 hours). Not you? Open it and choose "I did not ask for this".`,
    );
    expect(sms?.body.length).toBeLessThanOrEqual(200);
    const [sent] = await eventsOf(deps, request.id, "consentRequest.sent");
    expect(JSON.parse(sent?.data ?? "{}")).toMatchObject({
      deliveryMethod: "sms",
      transport: "sms",
      providerMessageId: sms?.sid,
    });
  });

  it("a send the gateway accepted is not sent again, even when its answer has no sid", async () => {
    const { deps, worker } = await setUp(() => "acceptWithoutBody");
    const project = await makeProject(deps, { name: "Acme Mobile" });
    const { request } = await requestConsent(deps, project, { deliveryMethod: "sms" });
    await runUntilIdle(worker);
    deps.clock.advance(24 * 60 * 60 * 1000);
    await runUntilIdle(worker);

    expect(gateway.messages).toHaveLength(1);
    expect(gateway.messages[0]?.idempotencyToken).toEqual(expect.any(String));
    expect(await eventsOf(deps, request.id, "consentRequest.sent")).toHaveLength(1);
  });

  it("a number the gateway refuses fails the job at once with a readable reason, without the number", async () => {
    const { deps, worker } = await setUp(() => ({
      status: 400,
      code: 21614,
      message: "'To' number +15550100123 is not a mobile number",
    }));
    const project = await makeProject(deps);
    const { request } = await requestConsent(deps, project, { deliveryMethod: "sms" });
    await runUntilIdle(worker);

    expect(gateway.attempts).toBe(1);
    const row = await requestRow(deps, request.id);
    expect(row.delivery_error).toBe(
      "The SMS gateway refused the message (HTTP 400: 21614 'To' number [number] is not a mobile number)",
    );
    expect(await eventsOf(deps, request.id, "consentRequest.deliveryFailed")).toHaveLength(1);
  });

  it.each([429, 503])(
    "an HTTP %i from the gateway is retried after the backoff",
    async (status) => {
      const { deps, worker } = await setUp((attempt) => (attempt === 1 ? { status } : "accept"));
      const project = await makeProject(deps);
      const { request } = await requestConsent(deps, project, { deliveryMethod: "sms" });
      await runUntilIdle(worker);
      expect(gateway.messages).toHaveLength(0);
      expect((await jobsOf(deps))[0]?.status).toBe("queued");

      deps.clock.advance(longestRetryDelayMs(1));
      await runUntilIdle(worker);

      expect(gateway.messages).toHaveLength(1);
      expect(await eventsOf(deps, request.id, "consentRequest.sent")).toHaveLength(1);
    },
  );

  it("tells the user by SMS after the SIM was replaced, in their language, with no link", async () => {
    const { deps, worker } = await setUp();
    const project = await makeProject(deps, { name: "Acme Mobile" });
    const { token } = await requestConsent(deps, project, { deliveryMethod: "sms", locale: "es" });
    await runUntilIdle(worker);
    await decideByToken(deps, token, "approve");
    await runUntilIdle(worker);

    expect(gateway.messages).toHaveLength(2);
    const notice = gateway.messages[1]?.body.replace(/\s/g, " ");
    expect(notice).toMatch(
      /^Acme Mobile: La tarjeta SIM de tu línea \+1•••••\d{4} se cambió el 1 de enero de 2026/,
    );
    expect(notice).toContain("contacta de inmediato con el servicio de atención de Acme Mobile");
    expect(notice).not.toContain("/consent/");
  });
});
