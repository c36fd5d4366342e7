import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { systemClock } from "../../src/clock.js";
import type { Transports } from "../../src/delivery/transport.js";
import { startBackgroundWork } from "../../src/jobs/background.js";
import { createWorker } from "../../src/jobs/worker.js";
import type { Deps } from "../../src/services/deps.js";
import { createUser } from "../../src/services/inventory.js";
import {
  createEndpoint,
  deleteEndpoint,
  redeliverEvent,
  rotateEndpointSecret,
  updateEndpoint,
} from "../../src/webhooks/endpoints.js";
import { longestWebhookRetryDelayMs } from "../../src/webhooks/retry-schedule.js";
import { runUntilIdle, transportsFor, workerFor } from "../delivery/support.js";
import { freshDatabase, testDatabaseKinds } from "../support/databases.js";
import {
  makeMember,
  makeProject,
  type TestDeps,
  type TestProject,
  testDeps,
} from "../support/factories.js";
import { type Receiver, startReceiver } from "./receiver.js";

const hour = 3_600_000;

describe.each(testDatabaseKinds)("webhook delivery on %s", (kind) => {
  let handle: Awaited<ReturnType<typeof freshDatabase>>;
  let deps: TestDeps;
  let project: TestProject;
  let receiver: Receiver;
  let transports: Transports;

  beforeEach(async () => {
    handle = await freshDatabase(kind);
    // A short timeout, so that the test of a receiver that hangs does not wait 15 seconds.
    deps = testDeps(handle, {
      webhooks: { allowPrivate: ["127.0.0.0/8"], timeoutMs: 300, maxInFlightPerEndpoint: 100 },
    });
    deps.clock.set(Date.now());
    project = await makeProject(deps);
    receiver = await startReceiver({ now: () => deps.clock.now() });
    transports = transportsFor(deps);
  });
  afterEach(async () => {
    await receiver.close();
    await transports.close();
    await handle.close();
  });

  async function endpoint(options: { eventTypes?: string[]; url?: string } = {}) {
    const created = await createEndpoint(deps, project.actor, project.projectId, {
      url: options.url ?? receiver.url,
      eventTypes: options.eventTypes as never,
    });
    receiver.secrets = [created.secret];
    return created;
  }

  const newUser = (d: Deps = deps) =>
    createUser(d, project.actor, project.projectId, { fullName: "Jane Doe", email: null });

  const deliver = () => runUntilIdle(workerFor(deps, transports));

  const attempts = (endpointId: string) =>
    deps.db
      .selectFrom("webhook_attempts")
      .selectAll()
      .where("endpoint_id", "=", endpointId)
      .orderBy("id")
      .execute();

  const webhookJobs = () =>
    deps.db.selectFrom("jobs").selectAll().where("kind", "=", "webhook.deliver").execute();

  it("every event is POSTed as the API shows it, signed per Standard Webhooks with a stable id", async () => {
    const { endpoint: ep } = await endpoint();
    const user = await newUser();
    await deliver();

    const types = receiver.deliveries.map((d) => d.event.type);
    expect(types).toEqual(["webhookEndpoint.created", "user.created"]);
    for (const delivery of receiver.deliveries) {
      expect(delivery.verifiedWith).toEqual([0]);
      expect(delivery.id).toBe(delivery.event.id);
      expect(delivery.headers["content-type"]).toBe("application/json");
    }
    const userEvent = receiver.deliveries[1]?.event;
    expect(userEvent).toMatchObject({
      object: "event",
      type: "user.created",
      project: project.projectId,
      subject: user.id,
      actor: project.actor,
      data: {},
    });
    const [listed] = await deps.db
      .selectFrom("events")
      .select("id")
      .where("type", "=", "user.created")
      .execute();
    expect(userEvent?.id).toBe(listed?.id);
    const tried = await attempts(ep.id);
    expect(tried.map((a) => a.status_code)).toEqual([200, 200]);
    expect(tried[0]?.response).toBe("ok");
  });

  it("an endpoint receives only the event types it asked for", async () => {
    await endpoint({ eventTypes: ["sim.created"] });
    await newUser();
    await deliver();
    expect(receiver.deliveries).toHaveLength(0);
  });

  it("a deleted endpoint is sent nothing more: neither the retry it had queued nor new events", async () => {
    const { endpoint: ep } = await endpoint({ eventTypes: ["user.created"] });
    receiver.reply = () => 500;
    await newUser();
    await deliver();
    expect(receiver.deliveries).toHaveLength(1);

    await deleteEndpoint(deps, project.actor, project.projectId, ep.id);
    await newUser();
    deps.clock.advance(longestWebhookRetryDelayMs(1));
    await deliver();
    expect(receiver.deliveries).toHaveLength(1);
    const jobs = await webhookJobs();
    expect(jobs.map((job) => job.status)).toEqual(["failed"]);
  });

  it("a project without endpoints queues no deliveries", async () => {
    await newUser();
    expect(await webhookJobs()).toHaveLength(0);
  });

  it("a delivery answered 500 is retried on W2's schedule with the same webhook-id, until a 2xx", async () => {
    const { endpoint: ep } = await endpoint({ eventTypes: ["user.created"] });
    receiver.reply = (n) => (n <= 2 ? 500 : 204);
    await newUser();
    await deliver();
    expect(receiver.deliveries).toHaveLength(1);

    deps.clock.advance(longestWebhookRetryDelayMs(1) - 1_000);
    await deliver();
    expect(receiver.deliveries).toHaveLength(1);
    deps.clock.advance(1_000);
    await deliver();
    expect(receiver.deliveries).toHaveLength(2);
    deps.clock.advance(longestWebhookRetryDelayMs(2));
    await deliver();

    expect(receiver.deliveries).toHaveLength(3);
    expect(new Set(receiver.deliveries.map((d) => d.id)).size).toBe(1);
    expect(receiver.deliveries.every((d) => d.verifiedWith.length === 1)).toBe(true);
    const tried = await attempts(ep.id);
    expect(tried.map((a) => [a.status_code, a.error])).toEqual([
      [500, "answered 500"],
      [500, "answered 500"],
      [204, null],
    ]);
    const [job] = await webhookJobs();
    expect(job).toMatchObject({ status: "done", attempts: 3 });
  });

  it("a receiver that does not answer in time fails the attempt, which is retried", async () => {
    const { endpoint: ep } = await endpoint({ eventTypes: ["user.created"] });
    receiver.reply = (n) => (n === 1 ? "hang" : 200);
    await newUser();
    await deliver();
    const [first] = await attempts(ep.id);
    expect(first).toMatchObject({ status_code: null, error: "timed out after 0.3 s" });
    deps.clock.advance(longestWebhookRetryDelayMs(1));
    await deliver();
    expect((await attempts(ep.id)).map((a) => a.status_code)).toEqual([null, 200]);
  });

  it("a redirect is a failure and is not followed", async () => {
    const target = await startReceiver();
    try {
      const { endpoint: ep } = await endpoint({ eventTypes: ["user.created"] });
      receiver.reply = () => ({ status: 302, location: target.url });
      await newUser();
      await deliver();
      const [attempt] = await attempts(ep.id);
      expect(attempt).toMatchObject({ status_code: 302, error: "redirect not followed" });
      expect(target.deliveries).toHaveLength(0);
      const [job] = await webhookJobs();
      expect(job?.status).toBe("queued");
    } finally {
      await target.close();
    }
  });

  it("after a rotation both secrets sign for 24 hours, then only the new one", async () => {
    const { endpoint: ep, secret: oldSecret } = await endpoint({ eventTypes: ["user.created"] });
    const { secret: newSecret } = await rotateEndpointSecret(
      deps,
      project.actor,
      project.projectId,
      ep.id,
    );
    receiver.secrets = [oldSecret, newSecret];
    await newUser();
    await deliver();
    expect(receiver.deliveries[0]?.verifiedWith).toEqual([0, 1]);
    expect(receiver.deliveries[0]?.signature.split(" ")).toHaveLength(2);

    deps.clock.advance(24 * hour);
    await newUser();
    await deliver();
    expect(receiver.deliveries[1]?.verifiedWith).toEqual([1]);
    expect(receiver.deliveries[1]?.signature.split(" ")).toHaveLength(1);
  });

  it("a redelivery sends the event again with the same webhook-id", async () => {
    const { endpoint: ep } = await endpoint({ eventTypes: ["user.created"] });
    await newUser();
    await deliver();
    const first = receiver.deliveries[0];
    await redeliverEvent(deps, project.projectId, ep.id, first?.id as string);
    await deliver();
    expect(receiver.deliveries.map((d) => d.id)).toEqual([first?.id, first?.id]);
    expect(receiver.deliveries[1]?.verifiedWith).toEqual([0]);
  });

  it("an endpoint failing for five days is disabled, its owners told; enabled again it gets only new events", async () => {
    const owner = await makeMember(deps, project.projectId, "owner");
    await makeMember(deps, project.projectId, "support");
    const { endpoint: ep } = await endpoint({ eventTypes: ["user.created"] });
    receiver.reply = () => 503;
    // One failing delivery after another, each retried until it gives up, for five days.
    const start = deps.clock.now();
    while (deps.clock.now() - start < 5 * 24 * hour + 2 * hour) {
      await newUser();
      await deliver();
      deps.clock.advance(2 * hour);
    }
    const [row] = await deps.db
      .selectFrom("webhook_endpoints")
      .selectAll()
      .where("id", "=", ep.id)
      .execute();
    expect(row?.enabled).toBe(0);
    const disabled = await deps.db
      .selectFrom("events")
      .selectAll()
      .where("type", "=", "webhookEndpoint.disabled")
      .execute();
    expect(disabled).toHaveLength(1);
    expect(JSON.parse(disabled[0]?.data ?? "{}")).toEqual({
      url: receiver.url,
      reason: "failingForFiveDays",
    });
    const notices = await deps.db
      .selectFrom("jobs")
      .selectAll()
      .where("kind", "=", "webhookEndpoint.disabledNotice")
      .execute();
    expect(notices.map((n) => JSON.parse(n.payload).memberId)).toEqual([owner.memberId]);
    expect(notices[0]?.status).toBe("done");
    const mail = await deps.db.selectFrom("outbox_messages").selectAll().execute();
    expect(mail.map((m) => m.recipient)).toEqual([owner.email]);

    const before = receiver.deliveries.length;
    await newUser();
    deps.clock.advance(11 * hour);
    await deliver();
    expect(receiver.deliveries).toHaveLength(before);

    receiver.reply = () => 200;
    await updateEndpoint(deps, project.actor, project.projectId, ep.id, { enabled: true });
    const fresh = await newUser();
    deps.clock.advance(11 * hour);
    await deliver();
    const after = receiver.deliveries.slice(before);
    expect(after.map((d) => d.event.subject)).toEqual([fresh.id]);
  });

  it("an endpoint that hangs holds only a few of the webhook lanes' slots: another endpoint gets its events meanwhile", async () => {
    const slow = await startReceiver();
    slow.reply = () => "hang";
    try {
      const { secret } = await createEndpoint(deps, project.actor, project.projectId, {
        url: slow.url,
        eventTypes: ["user.created"],
      });
      slow.secrets = [secret];
      await endpoint({ eventTypes: ["user.created"] });
      for (let i = 0; i < 6; i++) await newUser();
      // The background work as `npm start` runs it, on the system clock.
      const background = startBackgroundWork(
        testDeps(handle, {
          clock: systemClock as never,
          webhooks: { allowPrivate: ["127.0.0.0/8"], timeoutMs: 3_000, maxInFlightPerEndpoint: 2 },
        }),
        {},
        {
          transports: transportsFor(deps),
          pollIntervalMs: 10,
          sweepIntervalMs: 3_600_000,
          webhookLanes: 3,
        },
      );
      try {
        await receiver.waitFor(6, 2_500);
        expect(slow.deliveries.length).toBeLessThanOrEqual(2);
      } finally {
        await background.stop();
      }
    } finally {
      await slow.close();
    }
  });

  it("the mail lane never claims webhook deliveries", async () => {
    await endpoint();
    await newUser();
    const mail = createWorker(
      deps,
      (await import("../../src/delivery/handlers.js")).deliveryHandlers(deps, transports),
      { lane: "others" },
    );
    expect(await mail.runDueJobs()).toBe(0);
    expect(receiver.deliveries).toHaveLength(0);
  });
});
