import { beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../support/databases.js";
import { makeSim, makeSubscription } from "../support/factories.js";
import { type Call, call, useApi } from "./support/harness.js";
import { expectRefusedWithoutWrites } from "./support/refusals.js";
import { a7Fields, expectApiObject, expectError } from "./support/shapes.js";
import { approvedPortOut, eventsOf, makeSide, type Side } from "./support/world.js";

/** A6 and C1/C2/C6: the three actions through the API, with consent and without it. */
describe.each(testDatabaseKinds)("the three actions on %s", (kind) => {
  const api = useApi(kind);
  let withConsent: Side;
  let withoutConsent: Side;

  beforeAll(async () => {
    withConsent = await makeSide(api());
    withoutConsent = await makeSide(api(), { consent: null });
  });

  const act = (side: Side, subscriptionId: string, action: string, payload: unknown): Call => ({
    method: "POST",
    url: `/api/projects/${side.projectId}/subscriptions/${subscriptionId}/${action}`,
    as: { apiKey: side.apiKey },
    payload,
  });

  const getJson = async (side: Side, path: string) =>
    (
      await call(api(), {
        method: "GET",
        url: `/api/projects/${side.projectId}/${path}`,
        as: { apiKey: side.apiKey },
      })
    ).json();

  describe("when consent applies", () => {
    it("a SIM replacement answers 202 with a pending consent request carrying every A7 field, the email recipient masked", async () => {
      const { subscription, user } = await makeSubscription(api().deps, withConsent.project);
      const res = await call(
        api(),
        act(withConsent, subscription.id, "simReplacements", { sim: "auto" }),
      );
      expect(res.statusCode).toBe(202);
      const body = res.json();
      expectApiObject(body, "consentRequest");
      expect(Object.keys(body)).toEqual(expect.arrayContaining(a7Fields));
      const now = api().deps.clock.now();
      expect(body).toMatchObject({
        project: withConsent.projectId,
        type: "simReplacement",
        status: "pending",
        subscription: subscription.id,
        user: user.id,
        details: { sim: "auto", simType: "eSIM" },
        deliveryMethod: "email",
        requestedBy: { type: "apiKey", id: withConsent.project.actor.id },
        resentFrom: null,
        cancellationReason: null,
        fulfillmentError: null,
        createdAt: new Date(now).toISOString(),
        expiresAt: new Date(now + 10800 * 1000).toISOString(),
        approvedAt: null,
        expiredAt: null,
      });
      expect(body.recipient).toBe(`j•••@example.com`);
      expect(res.body).not.toContain(user.email as string);
    });

    it("an action by SMS masks the phone number, keeping the country prefix and the last four digits", async () => {
      const { subscription } = await makeSubscription(api().deps, withConsent.project);
      const res = await call(
        api(),
        act(withConsent, subscription.id, "portOutCredentials", { deliveryMethod: "sms" }),
      );
      expect(res.statusCode).toBe(202);
      expect(res.json()).toMatchObject({
        type: "portOutCredentials",
        deliveryMethod: "sms",
        details: {},
      });
      expect(res.json().recipient).toBe(`+1•••••${subscription.phone_number.slice(-4)}`);
      expect(res.body).not.toContain(subscription.phone_number);
    });

    it("a provider change freezes the provider and SIM asked for in details", async () => {
      const { subscription } = await makeSubscription(api().deps, withConsent.project);
      const sim = await makeSim(api().deps, withConsent.project, { provider: "p9" });
      const res = await call(
        api(),
        act(withConsent, subscription.id, "providerChanges", { provider: "p9", sim: sim.iccid }),
      );
      expect(res.statusCode).toBe(202);
      expect(res.json()).toMatchObject({
        type: "providerChange",
        details: { provider: "p9", sim: sim.id },
      });
    });

    it("a member's action records the member as requestedBy", async () => {
      const { subscription } = await makeSubscription(api().deps, withConsent.project);
      const res = await call(api(), {
        ...act(withConsent, subscription.id, "simReplacements", { sim: "auto" }),
        as: { session: withConsent.support.session, csrf: withConsent.support.csrf },
      });
      expect(res.json().requestedBy).toEqual({ type: "member", id: withConsent.support.memberId });
    });

    it("performing the action again while one is pending supersedes the pending one", async () => {
      const { subscription } = await makeSubscription(api().deps, withConsent.project);
      const first = await call(
        api(),
        act(withConsent, subscription.id, "simReplacements", { sim: "auto" }),
      );
      const second = await call(
        api(),
        act(withConsent, subscription.id, "simReplacements", { sim: "auto" }),
      );
      expect(second.statusCode).toBe(202);
      expect(await getJson(withConsent, `consentRequests/${first.json().id}`)).toMatchObject({
        status: "canceled",
        cancellationReason: "superseded",
      });
    });

    it("an action while an approved request of that type exists answers 409 approvedConsentRequestExists and writes nothing", async () => {
      const { line } = await approvedPortOut(api(), withConsent.project);
      await expectRefusedWithoutWrites(
        api(),
        withConsent.projectId,
        () => call(api(), act(withConsent, line.subscription.id, "portOutCredentials", {})),
        { status: 409, type: "approvedConsentRequestExists" },
      );
    });

    it("an action on an ended line answers 409 subscriptionNotActive and writes nothing", async () => {
      const { subscription } = await makeSubscription(api().deps, withConsent.project);
      await call(api(), act(withConsent, subscription.id, "end", undefined));
      await expectRefusedWithoutWrites(
        api(),
        withConsent.projectId,
        () => call(api(), act(withConsent, subscription.id, "simReplacements", { sim: "auto" })),
        { status: 409, type: "subscriptionNotActive" },
      );
    });

    it("a given SIM that is not available answers 409 simNotAvailable naming sim", async () => {
      const { subscription } = await makeSubscription(api().deps, withConsent.project);
      const res = await call(
        api(),
        act(withConsent, subscription.id, "simReplacements", { sim: withConsent.line.sim.id }),
      );
      expectError(res, 409, "simNotAvailable", "sim");
    });
  });

  describe("when consent is null", () => {
    it("a SIM replacement answers 200 with the line on its new SIM; the old SIM is retired", async () => {
      const { subscription, sim } = await makeSubscription(api().deps, withoutConsent.project);
      const res = await call(
        api(),
        act(withoutConsent, subscription.id, "simReplacements", { sim: "auto" }),
      );
      expect(res.statusCode).toBe(200);
      expectApiObject(res.json(), "subscription");
      expect(res.json().sim).not.toBe(sim.id);
      expect((await getJson(withoutConsent, `sims/${sim.id}`)).status).toBe("retired");
      expect(await getJson(withoutConsent, `sims/${res.json().sim}`)).toMatchObject({
        status: "active",
        type: "eSIM",
        provider: "p7",
      });
    });

    it("a provider change answers 200 with the line on the new provider", async () => {
      const { subscription } = await makeSubscription(api().deps, withoutConsent.project);
      const res = await call(
        api(),
        act(withoutConsent, subscription.id, "providerChanges", { provider: "p9" }),
      );
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ object: "subscription", provider: "p9" });
    });

    it("port-out credentials answer 200 with an account number of 9–12 digits and a 6-digit PIN valid 4 days", async () => {
      const { subscription } = await makeSubscription(api().deps, withoutConsent.project);
      const res = await call(api(), act(withoutConsent, subscription.id, "portOutCredentials", {}));
      expect(res.statusCode).toBe(200);
      expectApiObject(res.json(), "portOutCredentials");
      const { accountNumber, pin, pinExpiresAt } = res.json();
      expect(accountNumber).toMatch(/^\d{9,12}$/);
      expect(subscription.phone_number).not.toContain(accountNumber);
      expect(pin).toMatch(/^\d{6}$/);
      expect(pinExpiresAt).toBe(new Date(api().deps.clock.now() + 4 * 86400 * 1000).toISOString());
      const issued = await eventsOf(api(), withoutConsent.projectId, "portOutCredentials.issued");
      expect(JSON.stringify(issued)).not.toContain(pin);
    });

    it("an action run at once records that it ran without a consent request", async () => {
      const { subscription } = await makeSubscription(api().deps, withoutConsent.project);
      await call(api(), act(withoutConsent, subscription.id, "simReplacements", { sim: "auto" }));
      const events = await eventsOf(api(), withoutConsent.projectId, "subscription.simReplaced");
      const event = events.find((e) => e.subject === subscription.id);
      expect(JSON.parse(event?.data ?? "{}")).toMatchObject({ consentRequest: null });
    });
  });

  describe("when no delivery method can reach the user", () => {
    it("whenUnavailable refuse answers 409 consentUnavailable and writes nothing", async () => {
      const side = await makeSide(api(), {
        smsEnabled: false,
        consent: {
          deliveryMethods: ["email", "sms"],
          linkTtlSeconds: 3600,
          whenUnavailable: "refuse",
        },
      });
      const { subscription } = await makeSubscription(api().deps, side.project, { email: null });
      await expectRefusedWithoutWrites(
        api(),
        side.projectId,
        () => call(api(), act(side, subscription.id, "simReplacements", { sim: "auto" })),
        { status: 409, type: "consentUnavailable" },
      );
    });

    it("whenUnavailable performDirectly runs the action and answers 200", async () => {
      const side = await makeSide(api(), {
        smsEnabled: false,
        consent: {
          deliveryMethods: ["email"],
          linkTtlSeconds: 3600,
          whenUnavailable: "performDirectly",
        },
      });
      const { subscription } = await makeSubscription(api().deps, side.project, { email: null });
      const res = await call(
        api(),
        act(side, subscription.id, "providerChanges", { provider: "p9" }),
      );
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ object: "subscription", provider: "p9" });
    });

    it("a delivery method the project enables but that cannot reach this user answers 409 consentUnavailable", async () => {
      const { subscription } = await makeSubscription(api().deps, withConsent.project, {
        email: null,
      });
      const res = await call(
        api(),
        act(withConsent, subscription.id, "simReplacements", {
          sim: "auto",
          deliveryMethod: "email",
        }),
      );
      expectError(res, 409, "consentUnavailable");
    });
  });
});
