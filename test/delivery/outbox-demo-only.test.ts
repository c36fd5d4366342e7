import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { availableChannels } from "../../src/delivery/channels.js";
import { outboxRoutes } from "../../src/delivery/outbox-page.js";
import { deliverySettings } from "../../src/delivery/settings.js";
import { type App, buildApp } from "../../src/http/app.js";
import { sessionCookie } from "../../src/http/auth.js";
import { performAction } from "../../src/services/consent-requests.js";
import { freshDatabase, testDatabaseKinds } from "../support/databases.js";
import {
  makeMember,
  makeProject,
  makeSubscription,
  type TestDeps,
  testDeps,
} from "../support/factories.js";
import { type SmtpSink, startSmtpSink } from "../support/smtp-sink.js";
import {
  eventsOf,
  requestConsent,
  requestRow,
  runUntilIdle,
  transportsFor,
  workerFor,
} from "./support.js";

/**
 * T2: the Outbox is a demo tool, not a channel. It stands in only when no transport is configured
 * at all, or with OUTBOX=1; what it keeps was never sent, and only owners may read it.
 */
describe.each(testDatabaseKinds)("the Outbox as a demo tool on %s", (kind) => {
  let handle: Awaited<ReturnType<typeof freshDatabase>>;
  let deps: TestDeps;
  let sink: SmtpSink | undefined;

  beforeEach(async () => {
    handle = await freshDatabase(kind);
    deps = testDeps(handle);
  });
  afterEach(async () => {
    await sink?.close();
    sink = undefined;
    await handle.close();
  });

  /** The server as it starts with `env`: the channels it offers follow its transports. */
  function configured(env: NodeJS.ProcessEnv): TestDeps {
    return { ...deps, deliveryChannels: availableChannels(deliverySettings(env)) };
  }

  it("a message kept in the Outbox records heldInOutbox, never sent, and leaves sentAt empty", async () => {
    const project = await makeProject(deps);
    const { request } = await requestConsent(deps, project);
    await runUntilIdle(workerFor(deps, transportsFor(deps)));

    expect(await eventsOf(deps, request.id, "consentRequest.sent")).toEqual([]);
    const held = await eventsOf(deps, request.id, "consentRequest.heldInOutbox");
    expect(held).toHaveLength(1);
    expect(JSON.parse(held[0]?.data ?? "{}")).toMatchObject({ transport: "outbox" });
    expect((await requestRow(deps, request.id)).sent_at).toBeNull();
  });

  it("once SMTP is configured, SMS without a gateway is unavailable: an action asked by SMS answers consentUnavailable", async () => {
    sink = await startSmtpSink();
    const server = configured({ SMTP_URL: sink.url, SMTP_FROM: "no-reply@assent.test" });
    const project = await makeProject(server);
    const { subscription } = await makeSubscription(server, project);

    const refused = await performAction(server, project.actor, project.projectId, subscription.id, {
      type: "simReplacement",
      sim: "auto",
      deliveryMethod: "sms",
    }).catch((error: unknown) => error);
    expect(refused).toMatchObject({ type: "consentUnavailable" });
    const asked = await performAction(server, project.actor, project.projectId, subscription.id, {
      type: "simReplacement",
      sim: "auto",
    });
    expect(asked).toMatchObject({ kind: "consentRequest", request: { delivery_method: "email" } });
  });

  it("with SMTP configured and no SMS gateway, nothing goes to the Outbox: an SMS queued earlier fails instead", async () => {
    sink = await startSmtpSink();
    const project = await makeProject(deps);
    const { request } = await requestConsent(deps, project, { deliveryMethod: "sms" });
    const transports = transportsFor(deps, { SMTP_URL: sink.url });
    await runUntilIdle(workerFor(deps, transports));
    await transports.close();

    expect(await deps.db.selectFrom("outbox_messages").selectAll().execute()).toEqual([]);
    expect(await eventsOf(deps, request.id, "consentRequest.deliveryFailed")).toHaveLength(1);
    expect((await requestRow(deps, request.id)).delivery_error).toMatch(/no SMS gateway/);
  });

  it("OUTBOX=1 keeps what has no real transport in the Outbox even when SMTP is configured", async () => {
    sink = await startSmtpSink();
    const env = { SMTP_URL: sink.url, OUTBOX: "1" };
    expect(availableChannels(deliverySettings({ ...env, SMTP_FROM: "a@assent.test" }))).toEqual([
      "email",
      "sms",
    ]);
    const project = await makeProject(deps);
    const { request } = await requestConsent(deps, project, { deliveryMethod: "sms" });
    const transports = transportsFor(deps, env);
    await runUntilIdle(workerFor(deps, transports));
    await transports.close();

    const kept = await deps.db.selectFrom("outbox_messages").selectAll().execute();
    expect(kept.map((m) => m.consent_request_id)).toEqual([request.id]);
  });

  describe("over HTTP", () => {
    let app: App;
    afterEach(async () => app?.close());

    async function start(server: TestDeps, env: NodeJS.ProcessEnv) {
      app = await buildApp(server, { plugins: [outboxRoutes(server, env)] });
    }

    it("enabling a channel without its transport answers 422; with its transport it is accepted", async () => {
      const env = { SMTP_URL: "smtp://127.0.0.1:2525", SMTP_FROM: "no-reply@assent.test" };
      const server = configured(env);
      await start(server, env);
      const project = await makeProject(server, { smsEnabled: false });
      const patch = (body: object) =>
        app.inject({
          method: "PATCH",
          url: `/api/projects/${project.projectId}`,
          headers: { authorization: `Bearer ${project.apiKey}` },
          payload: body,
        });

      const sms = await patch({ smsEnabled: true });
      expect(sms.statusCode).toBe(422);
      expect(sms.json()).toMatchObject({
        type: "validationFailed",
        details: [{ path: "smsEnabled" }],
      });
      expect((await patch({ emailEnabled: true })).statusCode).toBe(200);
    });

    it("the Outbox API answers owners only: a support member gets 403", async () => {
      await start(deps, {});
      const project = await makeProject(deps);
      await requestConsent(deps, project);
      const support = await makeMember(deps, project.projectId, "support");
      const login = await app.inject({
        method: "POST",
        url: "/outbox/session",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        payload: new URLSearchParams({
          email: support.email,
          password: support.password,
        }).toString(),
      });
      const session = login.cookies.find((c) => c.name === sessionCookie)?.value ?? "";
      const res = await app.inject({
        method: "GET",
        url: `/api/projects/${project.projectId}/outbox`,
        cookies: { [sessionCookie]: session },
      });
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ type: "forbidden" });
    });
  });
});
