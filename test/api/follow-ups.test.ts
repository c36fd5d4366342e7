import { beforeAll, describe, expect, it } from "vitest";
import { decideByToken } from "../../src/services/consent-decisions.js";
import { testDatabaseKinds } from "../support/databases.js";
import { makeSim } from "../support/factories.js";
import { call, useApi } from "./support/harness.js";
import { expectRefusedWithoutWrites } from "./support/refusals.js";
import { expectApiObject, expectError } from "./support/shapes.js";
import { approvedPortOut, eventsOf, makeSide, pendingRequest, type Side } from "./support/world.js";

/** A6 and C5–C8: cancel, resend and fulfill a consent request through the API. */
describe.each(testDatabaseKinds)("cancel, resend and fulfill on %s", (kind) => {
  const api = useApi(kind);
  let side: Side;

  beforeAll(async () => {
    side = await makeSide(api());
  });

  const post = (requestId: string, what: "cancel" | "resend" | "fulfill", payload?: unknown) =>
    call(api(), {
      method: "POST",
      url: `/api/projects/${side.projectId}/consentRequests/${requestId}/${what}`,
      as: { apiKey: side.apiKey },
      payload,
    });

  const get = async (requestId: string) =>
    (
      await call(api(), {
        method: "GET",
        url: `/api/projects/${side.projectId}/consentRequests/${requestId}`,
        as: { apiKey: side.apiKey },
      })
    ).json();

  describe("cancel", () => {
    it("a pending request answers 200, canceled by member at this instant", async () => {
      const { request } = await pendingRequest(api(), side.project);
      const res = await post(request.id, "cancel");
      expect(res.statusCode).toBe(200);
      expectApiObject(res.json(), "consentRequest");
      expect(res.json()).toMatchObject({
        status: "canceled",
        cancellationReason: "canceledByMember",
        canceledAt: new Date(api().deps.clock.now()).toISOString(),
      });
    });

    it("an approved request can be canceled too", async () => {
      const { request } = await approvedPortOut(api(), side.project);
      expect((await post(request.id, "cancel")).json().status).toBe("canceled");
    });

    it("a canceled, a declined or an expired request answers 409 consentRequestNotCancelable and changes nothing", async () => {
      const canceled = await pendingRequest(api(), side.project);
      await post(canceled.request.id, "cancel");
      const declined = await pendingRequest(api(), side.project);
      await decideByToken(api().deps, declined.linkToken, "decline");
      for (const id of [canceled.request.id, declined.request.id]) {
        await expectRefusedWithoutWrites(api(), side.projectId, () => post(id, "cancel"), {
          status: 409,
          type: "consentRequestNotCancelable",
        });
      }
    });

    it("a pending request past its validity is expired, not cancelable, even before the sweep records it", async () => {
      const other = await makeSide(api(), {
        consent: { deliveryMethods: ["email"], linkTtlSeconds: 60, whenUnavailable: "refuse" },
      });
      const { request } = await pendingRequest(api(), other.project);
      api().deps.clock.advance(60_000);
      const res = await call(api(), {
        method: "POST",
        url: `/api/projects/${other.projectId}/consentRequests/${request.id}/cancel`,
        as: { apiKey: other.apiKey },
      });
      expectError(res, 409, "consentRequestNotCancelable");
      expect(res.json().message).toMatch(/expired/);
    });
  });

  describe("resend", () => {
    it("a pending request answers 201 with a new pending request pointing back; the old one is superseded", async () => {
      const { request } = await pendingRequest(api(), side.project);
      api().deps.clock.advance(5000);
      const res = await post(request.id, "resend", { deliveryMethod: "sms" });
      expect(res.statusCode).toBe(201);
      expectApiObject(res.json(), "consentRequest");
      const now = api().deps.clock.now();
      expect(res.json()).toMatchObject({
        status: "pending",
        type: request.type,
        details: JSON.parse(request.details),
        resentFrom: request.id,
        deliveryMethod: "sms",
        createdAt: new Date(now).toISOString(),
        expiresAt: new Date(now + 10800 * 1000).toISOString(),
      });
      expect(res.json().id).not.toBe(request.id);
      expect(await get(request.id)).toMatchObject({
        status: "canceled",
        cancellationReason: "superseded",
      });
    });

    it("without a delivery method, a resend goes by the previous request's method", async () => {
      const { request } = await pendingRequest(api(), side.project, { deliveryMethod: "sms" });
      const res = await post(request.id, "resend");
      expect(res.statusCode).toBe(201);
      expect(res.json().deliveryMethod).toBe("sms");
    });

    it("a canceled request can be resent", async () => {
      const { request } = await pendingRequest(api(), side.project);
      await post(request.id, "cancel");
      expect((await post(request.id, "resend", {})).statusCode).toBe(201);
    });

    it("a fulfilled or declined request answers 409 consentRequestNotResendable and writes nothing", async () => {
      const declined = await pendingRequest(api(), side.project);
      await decideByToken(api().deps, declined.linkToken, "decline");
      const fulfilled = await pendingRequest(api(), side.project);
      await decideByToken(api().deps, fulfilled.linkToken, "approve");
      for (const id of [declined.request.id, fulfilled.request.id]) {
        await expectRefusedWithoutWrites(api(), side.projectId, () => post(id, "resend", {}), {
          status: 409,
          type: "consentRequestNotResendable",
        });
      }
    });

    it("a resend while an approved request of the same type exists answers 409 approvedConsentRequestExists", async () => {
      const portOut = { type: "portOutCredentials" } as const;
      const first = await pendingRequest(api(), side.project, { action: portOut });
      await post(first.request.id, "cancel");
      const second = await pendingRequest(api(), side.project, {
        action: portOut,
        subscription: first.line,
      });
      await decideByToken(api().deps, second.linkToken, "approve");
      await expectRefusedWithoutWrites(
        api(),
        side.projectId,
        () => post(first.request.id, "resend", {}),
        { status: 409, type: "approvedConsentRequestExists" },
      );
    });

    it("a resend on an ended line answers 409 subscriptionNotActive", async () => {
      const { line, request } = await pendingRequest(api(), side.project);
      await call(api(), {
        method: "POST",
        url: `/api/projects/${side.projectId}/subscriptions/${line.subscription.id}/end`,
        as: { apiKey: side.apiKey },
      });
      await expectRefusedWithoutWrites(api(), side.projectId, () => post(request.id, "resend"), {
        status: 409,
        type: "subscriptionNotActive",
      });
    });
  });

  describe("fulfill", () => {
    it("an approved port-out answers 200 with the fulfilled request and the credentials, which no later read shows", async () => {
      const { request, line } = await approvedPortOut(api(), side.project);
      const res = await post(request.id, "fulfill");
      expect(res.statusCode).toBe(200);
      expectApiObject(res.json());
      expect(res.json()).toMatchObject({
        object: "consentRequest",
        status: "fulfilled",
        credentials: { object: "portOutCredentials", subscription: line.subscription.id },
      });
      const { pin } = res.json().credentials;
      expect(pin).toMatch(/^\d{6}$/);
      expect(JSON.stringify(await get(request.id))).not.toContain(pin);
      const events = await eventsOf(api(), side.projectId);
      expect(JSON.stringify(events)).not.toContain(`"${pin}"`);
    });

    it("a pending or already fulfilled request answers 409 consentRequestNotFulfillable", async () => {
      const pending = await pendingRequest(api(), side.project);
      expectError(await post(pending.request.id, "fulfill"), 409, "consentRequestNotFulfillable");
      const { request } = await approvedPortOut(api(), side.project);
      await post(request.id, "fulfill");
      await expectRefusedWithoutWrites(api(), side.projectId, () => post(request.id, "fulfill"), {
        status: 409,
        type: "consentRequestNotFulfillable",
      });
    });

    it("a fulfilment that fails answers 409 fulfillmentFailed; the request stays approved with its fulfillmentError", async () => {
      const sim = await makeSim(api().deps, side.project);
      const { request, linkToken } = await pendingRequest(api(), side.project, {
        action: { type: "simReplacement", sim: sim.id },
      });
      // The chosen SIM goes to another line before the user approves (C7).
      await api()
        .deps.db.updateTable("sims")
        .set({ status: "active" })
        .where("id", "=", sim.id)
        .execute();
      expect((await decideByToken(api().deps, linkToken, "approve"))?.outcome).toBe(
        "fulfillmentFailed",
      );
      const res = await post(request.id, "fulfill");
      expectError(res, 409, "fulfillmentFailed");
      expect(await get(request.id)).toMatchObject({
        status: "approved",
        fulfillmentError: { code: "simNotAvailable", message: expect.any(String) },
      });
    });
  });
});
