import { beforeAll, describe, expect, it } from "vitest";
import { eventTypes } from "../../src/services/events.js";
import { runUntilIdle, transportsFor, workerFor } from "../delivery/support.js";
import { testDatabaseKinds } from "../support/databases.js";
import { type Receiver, startReceiver } from "../webhooks/receiver.js";
import { call, useApi } from "./support/harness.js";
import { expectApiObject, expectError } from "./support/shapes.js";
import { eventsOf, makeSide, type Side } from "./support/world.js";

/** W1, W3, W6 through the API. */
describe.each(testDatabaseKinds)("webhook endpoints through the API on %s", (kind) => {
  const api = useApi(kind);
  let mine: Side;
  let base: string;
  const asKey = () => ({ apiKey: mine.apiKey });

  beforeAll(async () => {
    mine = await makeSide(api());
    base = `/api/projects/${mine.projectId}/webhookEndpoints`;
  });

  const create = (payload: unknown, side: Side = mine) =>
    call(api(), {
      method: "POST",
      url: `/api/projects/${side.projectId}/webhookEndpoints`,
      as: { apiKey: side.apiKey },
      payload,
    });

  it("POST answers 201 with a Standard Webhooks secret shown only then, every event type by default", async () => {
    const res = await create({ url: "http://127.0.0.1:9/hooks", description: "CRM" });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expectApiObject(body, "webhookEndpoint");
    expect(body).toMatchObject({
      url: "http://127.0.0.1:9/hooks",
      description: "CRM",
      eventTypes: null,
      enabled: true,
      failingSince: null,
    });
    expect(body.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const one = await call(api(), { method: "GET", url: `${base}/${body.id}`, as: asKey() });
    expect(one.statusCode).toBe(200);
    expect(one.json().secret).toBeUndefined();
    const list = await call(api(), { method: "GET", url: base, as: asKey() });
    expect(list.json().items.map((e: { id: string }) => e.id)).toContain(body.id);
    expect(JSON.stringify(list.json())).not.toContain("whsec_");
    const event = (await eventsOf(api(), mine.projectId, "webhookEndpoint.created")).find(
      (e) => e.subject === body.id,
    );
    expect(JSON.parse(String(event?.data))).toEqual({
      url: "http://127.0.0.1:9/hooks",
      eventTypes: null,
    });
    const stored = await api()
      .deps.db.selectFrom("webhook_endpoints")
      .select("secret_sealed")
      .where("id", "=", body.id)
      .executeTakeFirstOrThrow();
    expect(stored.secret_sealed).not.toContain(body.secret.slice(6));
  });

  it("a URL that is not https or reaches a non-public address is refused with 422, naming url", async () => {
    for (const url of ["https://10.0.0.1/hooks", "https://[::1]/hooks", "ftp://example.com/"]) {
      const res = await create({ url });
      expectError(res, 422, "validationFailed");
      expect(res.json().details[0].path).toBe("url");
    }
  });

  it("an event type not in the catalogue is refused", async () => {
    const res = await create({ url: "http://127.0.0.1:9/hooks", eventTypes: ["user.exploded"] });
    expectError(res, 422, "validationFailed");
  });

  it("support members cannot see or manage endpoints: owners only", async () => {
    for (const method of ["GET", "POST"] as const) {
      const res = await call(api(), {
        method,
        url: base,
        as: { session: mine.support.session, csrf: mine.support.csrf },
        ...(method === "POST" ? { payload: { url: "http://127.0.0.1:9/hooks" } } : {}),
      });
      expectError(res, 403, "forbidden");
    }
  });

  it("another project's endpoint answers 404", async () => {
    const other = await makeSide(api());
    const theirs = (await create({ url: "http://127.0.0.1:9/hooks" }, other)).json();
    const res = await call(api(), { method: "GET", url: `${base}/${theirs.id}`, as: asKey() });
    expectError(res, 404, "notFound");
  });

  it("PATCH changes the filter and disables; rotateSecret answers a new secret and the overlap", async () => {
    const { id, secret } = (await create({ url: "http://127.0.0.1:9/hooks" })).json();
    const patched = await call(api(), {
      method: "PATCH",
      url: `${base}/${id}`,
      as: asKey(),
      payload: { eventTypes: ["consentRequest.approved"], enabled: false },
    });
    expect(patched.json()).toMatchObject({
      eventTypes: ["consentRequest.approved"],
      enabled: false,
    });
    expect(patched.json().disabledAt).not.toBeNull();
    const rotated = await call(api(), {
      method: "POST",
      url: `${base}/${id}/rotateSecret`,
      as: asKey(),
    });
    expect(rotated.statusCode).toBe(200);
    expect(rotated.json().secret).toMatch(/^whsec_/);
    expect(rotated.json().secret).not.toBe(secret);
    expect(Date.parse(rotated.json().previousSecretExpiresAt) - api().deps.clock.now()).toBe(
      24 * 3_600_000,
    );
    const deleted = await call(api(), { method: "DELETE", url: `${base}/${id}`, as: asKey() });
    expect(deleted.statusCode).toBe(200);
    const gone = await call(api(), { method: "GET", url: `${base}/${id}`, as: asKey() });
    expectError(gone, 404, "notFound");
  });

  describe("attempts and redelivery", () => {
    let receiver: Receiver;
    beforeAll(async () => {
      receiver = await startReceiver({ now: () => api().deps.clock.now() });
    });

    it("every attempt is listed with its status, duration and the start of the answer; an event can be sent again", async () => {
      const side = await makeSide(api());
      const created = await create({ url: receiver.url, eventTypes: ["user.created"] }, side);
      const { id, secret } = created.json();
      receiver.secrets = [secret];
      receiver.reply = (n) => (n === 1 ? { status: 500, body: "x".repeat(3000) } : 200);
      const user = await call(api(), {
        method: "POST",
        url: `/api/projects/${side.projectId}/users`,
        as: { apiKey: side.apiKey },
        payload: { fullName: "Ana Ruiz" },
      });
      const event = (await eventsOf(api(), side.projectId, "user.created")).find(
        (e) => e.subject === user.json().id,
      );
      const transports = transportsFor(api().deps);
      await runUntilIdle(workerFor(api().deps, transports));
      const redelivered = await call(api(), {
        method: "POST",
        url: `/api/projects/${side.projectId}/webhookEndpoints/${id}/events/${event?.id}/redeliver`,
        as: { apiKey: side.apiKey },
      });
      expect(redelivered.statusCode, redelivered.body).toBe(202);
      await runUntilIdle(workerFor(api().deps, transports));
      await transports.close();

      expect(receiver.deliveries.map((d) => d.event.subject)).toEqual([
        user.json().id,
        user.json().id,
      ]);
      const attempts = await call(api(), {
        method: "GET",
        url: `/api/projects/${side.projectId}/webhookEndpoints/${id}/attempts`,
        as: { apiKey: side.apiKey },
        query: { limit: "1" },
      });
      expect(attempts.statusCode, attempts.body).toBe(200);
      const page = attempts.json();
      expect(page.items).toHaveLength(1);
      expect(page.items[0]).toMatchObject({ object: "webhookAttempt", statusCode: 200 });
      const older = await call(api(), {
        method: "GET",
        url: `/api/projects/${side.projectId}/webhookEndpoints/${id}/attempts`,
        as: { apiKey: side.apiKey },
        query: { after: page.moreItemsAfter },
      });
      const [failed] = older.json().items;
      expect(failed).toMatchObject({
        event: event?.id,
        statusCode: 500,
        error: "answered 500",
      });
      expect(failed.response).toHaveLength(1024);
      expect(typeof failed.durationMs).toBe("number");
      await receiver.close();
    });
  });

  it("GET /api/eventTypes lists every event type with a description and the JSON Schema of its data", async () => {
    const res = await call(api(), { method: "GET", url: "/api/eventTypes" });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as {
      type: string;
      description: string;
      dataSchema: Record<string, unknown>;
    }[];
    expect(items.map((i) => i.type).sort()).toEqual([...eventTypes].sort());
    for (const item of items) {
      expect(item.description.length).toBeGreaterThan(10);
      expect(item.dataSchema.type).toBe("object");
    }
    const created = items.find((i) => i.type === "webhookEndpoint.created");
    expect(created?.dataSchema).toMatchObject({
      properties: { url: { type: "string" } },
      required: ["url", "eventTypes"],
    });
  });
});
