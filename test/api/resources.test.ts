import { beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../support/databases.js";
import { makeSim, testIccid, testPhoneNumber } from "../support/factories.js";
import { call, useApi } from "./support/harness.js";
import { expectApiObject, expectError } from "./support/shapes.js";
import { eventsOf, makeSide, pendingRequest, type Side } from "./support/world.js";

/** A6: projects, users, SIMs and subscriptions through the API. */
describe.each(testDatabaseKinds)("resources on %s", (kind) => {
  const api = useApi(kind);
  let mine: Side;
  let base: string;
  const asKey = () => ({ apiKey: mine.apiKey });

  beforeAll(async () => {
    mine = await makeSide(api());
    base = `/api/projects/${mine.projectId}`;
  });

  describe("projects", () => {
    it("GET answers the project with its providers and consent settings", async () => {
      const res = await call(api(), { method: "GET", url: base, as: asKey() });
      expect(res.statusCode).toBe(200);
      expectApiObject(res.json(), "project");
      expect(res.json()).toMatchObject({
        id: mine.projectId,
        providers: ["p7", "p9"],
        emailEnabled: true,
        smsEnabled: true,
        consent: { deliveryMethods: ["email", "sms"], linkTtlSeconds: 10800 },
      });
    });

    it("PATCH consent fills in the defaults of C2 (3 h link, perform directly), T1 and F3 (24 h) and records project.updated", async () => {
      const side = await makeSide(api());
      const res = await call(api(), {
        method: "PATCH",
        url: `/api/projects/${side.projectId}`,
        as: { apiKey: side.apiKey },
        payload: { consent: { deliveryMethods: ["sms"] } },
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().consent).toEqual({
        deliveryMethods: ["sms"],
        linkTtlSeconds: 10800,
        whenUnavailable: "performDirectly",
        contactChangeHoldSeconds: 86400,
        portOutCooldownSeconds: 86400,
      });
      expect(await eventsOf(api(), side.projectId, "project.updated")).toHaveLength(1);
      const again = await call(api(), {
        method: "GET",
        url: `/api/projects/${side.projectId}`,
        as: { apiKey: side.apiKey },
      });
      expect(again.json().consent).toEqual(res.json().consent);
    });

    it("PATCH consent takes a contact change hold from 0 to 30 days, and refuses one outside", async () => {
      const side = await makeSide(api());
      const patch = (contactChangeHoldSeconds: number) =>
        call(api(), {
          method: "PATCH",
          url: `/api/projects/${side.projectId}`,
          as: { apiKey: side.apiKey },
          payload: { consent: { deliveryMethods: ["email"], contactChangeHoldSeconds } },
        });
      for (const ok of [0, 2_592_000]) {
        const res = await patch(ok);
        expect(res.statusCode, res.body).toBe(200);
        expect(res.json().consent.contactChangeHoldSeconds).toBe(ok);
      }
      for (const bad of [-1, 2_592_001, 1.5]) {
        const res = await patch(bad);
        expect(res.statusCode).toBe(422);
        expect(res.json()).toMatchObject({ type: "validationFailed" });
      }
    });

    it("PATCH consent null turns consent off", async () => {
      const side = await makeSide(api());
      const res = await call(api(), {
        method: "PATCH",
        url: `/api/projects/${side.projectId}`,
        as: { apiKey: side.apiKey },
        payload: { consent: null },
      });
      expect(res.statusCode).toBe(200);
      expect(res.json().consent).toBeNull();
    });
  });

  describe("users", () => {
    it("POST creates a user answering 201; an unknown email is null and the locale defaults to en", async () => {
      const res = await call(api(), {
        method: "POST",
        url: `${base}/users`,
        as: asKey(),
        payload: { fullName: "Ana Ruiz" },
      });
      expect(res.statusCode).toBe(201);
      expectApiObject(res.json(), "user");
      expect(res.json()).toMatchObject({
        project: mine.projectId,
        fullName: "Ana Ruiz",
        email: null,
        preferredLocale: "en",
        createdAt: new Date(api().deps.clock.now()).toISOString(),
      });
      const got = await call(api(), {
        method: "GET",
        url: `${base}/users/${res.json().id}`,
        as: asKey(),
      });
      expect(got.json()).toEqual(res.json());
    });

    it("POST keeps emails lower-case, so one address is one user address", async () => {
      const res = await call(api(), {
        method: "POST",
        url: `${base}/users`,
        as: asKey(),
        payload: { fullName: "Bo", email: " Bo@Example.COM " },
      });
      expect(res.json().email).toBe("bo@example.com");
    });

    it("PATCH changes only the fields sent; email null forgets the address", async () => {
      const created = await call(api(), {
        method: "POST",
        url: `${base}/users`,
        as: asKey(),
        payload: { fullName: "Cy", email: "cy@example.com", preferredLocale: "de" },
      });
      const res = await call(api(), {
        method: "PATCH",
        url: `${base}/users/${created.json().id}`,
        as: asKey(),
        payload: { email: null },
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({
        ...created.json(),
        email: null,
        emailChangedAt: new Date(api().deps.clock.now()).toISOString(),
      });
    });
  });

  describe("SIMs", () => {
    it("POST adds a SIM to the inventory as available", async () => {
      const iccid = testIccid();
      const res = await call(api(), {
        method: "POST",
        url: `${base}/sims`,
        as: asKey(),
        payload: { iccid, type: "pSIM", provider: "p9" },
      });
      expect(res.statusCode).toBe(201);
      expectApiObject(res.json(), "sim");
      expect(res.json()).toMatchObject({
        iccid,
        type: "pSIM",
        provider: "p9",
        status: "available",
      });
    });

    it("an ICCID the project already has answers 409 duplicate naming iccid", async () => {
      const res = await call(api(), {
        method: "POST",
        url: `${base}/sims`,
        as: asKey(),
        payload: { iccid: mine.availableSim.iccid, type: "pSIM", provider: "p7" },
      });
      expectError(res, 409, "duplicate", "iccid");
    });
  });

  describe("subscriptions", () => {
    it("POST creates an active line whose SIM, named by ICCID, becomes active; its reference is the SIM id", async () => {
      const sim = await makeSim(api().deps, mine.project, { provider: "p9" });
      const phoneNumber = testPhoneNumber();
      const res = await call(api(), {
        method: "POST",
        url: `${base}/subscriptions`,
        as: asKey(),
        payload: { user: mine.line.user.id, phoneNumber, provider: "p9", sim: sim.iccid },
      });
      expect(res.statusCode, res.body).toBe(201);
      expectApiObject(res.json(), "subscription");
      expect(res.json()).toMatchObject({
        user: mine.line.user.id,
        phoneNumber,
        provider: "p9",
        sim: sim.id,
        status: "active",
        plan: null,
        endedAt: null,
      });
      const simNow = await call(api(), {
        method: "GET",
        url: `${base}/sims/${sim.id}`,
        as: asKey(),
      });
      expect(simNow.json().status).toBe("active");
    });

    it("a SIM already in use answers 409 simNotAvailable naming sim", async () => {
      const res = await call(api(), {
        method: "POST",
        url: `${base}/subscriptions`,
        as: asKey(),
        payload: {
          user: mine.line.user.id,
          phoneNumber: testPhoneNumber(),
          provider: "p7",
          sim: mine.line.sim.id,
        },
      });
      expectError(res, 409, "simNotAvailable", "sim");
    });

    it("a phone number of another active line answers 409 duplicate naming phoneNumber", async () => {
      const sim = await makeSim(api().deps, mine.project);
      const res = await call(api(), {
        method: "POST",
        url: `${base}/subscriptions`,
        as: asKey(),
        payload: {
          user: mine.line.user.id,
          phoneNumber: mine.line.subscription.phone_number,
          provider: "p7",
          sim: sim.id,
        },
      });
      expectError(res, 409, "duplicate", "phoneNumber");
    });

    it("end answers the ended line, retires its SIM and cancels its open requests as subscriptionEnded", async () => {
      const { line, request } = await pendingRequest(api(), mine.project);
      api().deps.clock.advance(1000);
      const res = await call(api(), {
        method: "POST",
        url: `${base}/subscriptions/${line.subscription.id}/end`,
        as: asKey(),
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        status: "ended",
        endedAt: new Date(api().deps.clock.now()).toISOString(),
      });
      const sim = await call(api(), {
        method: "GET",
        url: `${base}/sims/${line.sim.id}`,
        as: asKey(),
      });
      expect(sim.json().status).toBe("retired");
      const csr = await call(api(), {
        method: "GET",
        url: `${base}/consentRequests/${request.id}`,
        as: asKey(),
      });
      expect(csr.json()).toMatchObject({
        status: "canceled",
        cancellationReason: "subscriptionEnded",
      });
    });

    it("ending a line twice answers 409 subscriptionNotActive", async () => {
      const { line } = await pendingRequest(api(), mine.project);
      const url = `${base}/subscriptions/${line.subscription.id}/end`;
      expect((await call(api(), { method: "POST", url, as: asKey() })).statusCode).toBe(200);
      expectError(
        await call(api(), { method: "POST", url, as: asKey() }),
        409,
        "subscriptionNotActive",
      );
    });
  });
});
