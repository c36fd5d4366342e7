import { beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../support/databases.js";
import { makeSubscription } from "../support/factories.js";
import { call, useApi } from "./support/harness.js";
import { expectApiObject, expectError } from "./support/shapes.js";
import { eventsOf, type LoggedIn, makeSide, type Side } from "./support/world.js";

/** F1 through the API: set locks, refused actions, removal by consent or by an owner's override. */
describe.each(testDatabaseKinds)("line locks through the API on %s", (kind) => {
  const api = useApi(kind);
  let side: Side;

  beforeAll(async () => {
    side = await makeSide(api());
  });

  const asMember = (member: LoggedIn) => ({ session: member.session, csrf: member.csrf });
  const post = (subscriptionId: string, path: string, payload: unknown, as?: LoggedIn) =>
    call(api(), {
      method: "POST",
      url: `/api/projects/${side.projectId}/subscriptions/${subscriptionId}/${path}`,
      as: as ? asMember(as) : { apiKey: side.apiKey },
      payload,
    });
  const freshLine = async () => (await makeSubscription(api().deps, side.project)).subscription.id;

  it("a subscription shows its locks, false by default", async () => {
    const id = await freshLine();
    const res = await call(api(), {
      method: "GET",
      url: `/api/projects/${side.projectId}/subscriptions/${id}`,
      as: { apiKey: side.apiKey },
    });
    expectApiObject(res.json(), "subscription");
    expect(res.json()).toMatchObject({ locks: { simChange: false, portOut: false } });
  });

  it("support locks a line; the locked actions then answer 409 lineLocked", async () => {
    const id = await freshLine();
    const res = await post(id, "locks", { simChange: true, portOut: true }, side.support);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().locks).toEqual({ simChange: true, portOut: true });
    expectError(await post(id, "simReplacements", { sim: "auto" }), 409, "lineLocked");
    expectError(await post(id, "providerChanges", { provider: "p9" }), 409, "lineLocked");
    expectError(await post(id, "portOutCredentials", {}), 409, "lineLocked");
    const locked = await eventsOf(api(), side.projectId, "subscription.locked");
    expect(locked.some((e) => e.subject === id)).toBe(true);
  });

  it("a viewer cannot lock a line", async () => {
    const id = await freshLine();
    expectError(await post(id, "locks", { simChange: true }, side.viewer), 403, "forbidden");
  });

  it("a lock call that names no lock is refused with 422", async () => {
    const id = await freshLine();
    expectError(await post(id, "locks", {}), 422, "validationFailed");
  });

  it("unlock answers 202 with a lockRemoval consent request and leaves the lock on until approved", async () => {
    const id = await freshLine();
    await post(id, "locks", { simChange: true });
    const res = await post(id, "unlock", { simChange: true, deliveryMethod: "sms" });
    expect(res.statusCode, res.body).toBe(202);
    expectApiObject(res.json(), "consentRequest");
    expect(res.json()).toMatchObject({
      type: "lockRemoval",
      status: "pending",
      deliveryMethod: "sms",
      details: { simChange: true, portOut: false },
    });
    expectError(await post(id, "simReplacements", { sim: "auto" }), 409, "lineLocked");
  });

  it("only an owner overrides, and only with a reason; the override removes the lock at once", async () => {
    const id = await freshLine();
    await post(id, "locks", { portOut: true });
    const payload = { portOut: true, override: true, reason: "ID checked in store" };
    expectError(await post(id, "unlock", payload, side.support), 403, "forbidden");
    expectError(
      await post(id, "unlock", { portOut: true, override: true }, side.owner),
      422,
      "validationFailed",
      "reason",
    );
    const res = await post(id, "unlock", payload, side.owner);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().locks).toEqual({ simChange: false, portOut: false });
    const unlocked = await eventsOf(api(), side.projectId, "subscription.unlocked");
    expect(JSON.parse(unlocked.find((e) => e.subject === id)?.data ?? "{}")).toMatchObject({
      override: true,
      reason: "ID checked in store",
    });
  });

  it("port-out right after a SIM replacement answers 409 cooldownActive naming when the cooldown ends", async () => {
    const side2 = await makeSide(api(), {
      consent: {
        deliveryMethods: ["email"],
        linkTtlSeconds: 10800,
        whenUnavailable: "performDirectly",
      },
    });
    await call(api(), {
      method: "PATCH",
      url: `/api/projects/${side2.projectId}`,
      as: asMember(side2.owner),
      payload: { consent: null },
    });
    const direct = await call(api(), {
      method: "POST",
      url: `/api/projects/${side2.projectId}/subscriptions/${side2.line.subscription.id}/simReplacements`,
      as: { apiKey: side2.apiKey },
      payload: { sim: "auto" },
    });
    expect(direct.statusCode, direct.body).toBe(200);
    const res = await call(api(), {
      method: "POST",
      url: `/api/projects/${side2.projectId}/subscriptions/${side2.line.subscription.id}/portOutCredentials`,
      as: { apiKey: side2.apiKey },
      payload: {},
    });
    expectError(res, 409, "cooldownActive", "cooldownEndsAt");
    expect(res.json().details[0].message).toBe(
      new Date(api().deps.clock.now() + 86_400_000).toISOString(),
    );
  });

  it("the cooldown is a consent setting from 0 to 30 days, 24 hours unless set", async () => {
    const url = `/api/projects/${side.projectId}`;
    const consent = { deliveryMethods: ["email", "sms"] };
    const set = (portOutCooldownSeconds?: number) =>
      call(api(), {
        method: "PATCH",
        url,
        as: asMember(side.owner),
        payload: { consent: { ...consent, portOutCooldownSeconds } },
      });
    expect((await set()).json().consent.portOutCooldownSeconds).toBe(86400);
    expect((await set(0)).json().consent.portOutCooldownSeconds).toBe(0);
    expectError(await set(2592001), 422, "validationFailed");
    expectError(await set(-1), 422, "validationFailed");
    expect((await set(2592000)).json().consent.portOutCooldownSeconds).toBe(2592000);
  });
});
