import { beforeAll, describe, expect, it } from "vitest";
import { luhnCheckDigit } from "../../src/domain/formats.js";
import { testDatabaseKinds } from "../support/databases.js";
import { makeSim, testIccid, testPhoneNumber } from "../support/factories.js";
import { type Call, call, useApi } from "./support/harness.js";
import { expectRefusedWithoutWrites } from "./support/refusals.js";
import { changesState, fillPath, prepare, servedApiRoutes } from "./support/routes.js";
import { makeSide, pendingRequest, type Side } from "./support/world.js";

/**
 * Issue 2, "Bad input": every body, query and path parameter is validated; each refusal is A4's
 * error naming the field, and nothing is written.
 */
const routes = await servedApiRoutes();

describe.each(testDatabaseKinds)("bad input on %s", (kind) => {
  const api = useApi(kind);
  let mine: Side;
  let theirs: Side;
  let base: string;

  beforeAll(async () => {
    mine = await makeSide(api());
    theirs = await makeSide(api());
    base = `/api/projects/${mine.projectId}`;
  });

  const refused = (request: Omit<Call, "as">, field: string, projectId = mine.projectId) =>
    expectRefusedWithoutWrites(
      api(),
      projectId,
      () => call(api(), { ...request, as: { apiKey: mine.apiKey } }),
      { field },
    );

  describe.each(routes)("$method $path", (route) => {
    if (changesState(route)) {
      it("refuses a body field it does not know, naming it", async () => {
        const { ids, payload } = await prepare(api(), mine, route);
        await refused(
          {
            method: route.method,
            url: fillPath(route.path, ids),
            payload: { ...(payload as object | undefined), unexpected: 1 },
          },
          "unexpected",
        );
      });
    }

    it("refuses a query parameter it does not know, naming it", async () => {
      const { ids, payload } = await prepare(api(), mine, route);
      await refused(
        {
          method: route.method,
          url: fillPath(route.path, ids),
          query: { unexpected: "1" },
          payload,
        },
        "unexpected",
      );
    });
  });

  it("a POST with the JSON content type and an empty body is read as no body: a revoke answers, a create names the missing field", async () => {
    const json = { "content-type": "application/json" };
    const key = await call(api(), {
      method: "POST",
      url: `${base}/apiKeys`,
      as: { apiKey: mine.apiKey },
      payload: { name: "to revoke" },
    });
    const revoked = await call(api(), {
      method: "POST",
      url: `${base}/apiKeys/${key.json().id}/revoke`,
      as: { apiKey: mine.apiKey },
      headers: json,
      payload: "",
    });
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(revoked.json().revokedAt).not.toBeNull();

    const created = await call(api(), {
      method: "POST",
      url: `${base}/users`,
      as: { apiKey: mine.apiKey },
      headers: json,
      payload: "",
    });
    expect(created.statusCode).toBe(422);
    expect(created.json()).toMatchObject({ object: "error", type: "validationFailed" });
  });

  describe("formats", () => {
    it.each([
      ["5550100123", "no plus sign"],
      ["+05550100123", "a country code cannot start with 0"],
      ["+1 555 0100 123", "spaces"],
      ["+1555010012345678", "more than 15 digits"],
    ])("a phone number that is not E.164 (%s: %s) is refused naming phoneNumber", async (phone) => {
      const sim = await makeSim(api().deps, mine.project);
      await refused(
        {
          method: "POST",
          url: `${base}/subscriptions`,
          payload: { user: mine.line.user.id, phoneNumber: phone, provider: "p7", sim: sim.id },
        },
        "phoneNumber",
      );
    });

    it("a phone number filter that is not E.164 is refused naming phoneNumber", async () => {
      await refused(
        { method: "GET", url: `${base}/subscriptions`, query: { phoneNumber: "0100123" } },
        "phoneNumber",
      );
    });

    it("an ICCID whose last digit is not its Luhn check digit is refused naming iccid", async () => {
      const good = testIccid();
      const wrong = `${good.slice(0, -1)}${(Number(good.at(-1)) + 1) % 10}`;
      await refused(
        {
          method: "POST",
          url: `${base}/sims`,
          payload: { iccid: wrong, type: "pSIM", provider: "p7" },
        },
        "iccid",
      );
    });

    it.each([
      ["17 digits", 17],
      ["23 digits", 23],
    ])(
      "an ICCID of %s, even with a valid check digit, is refused naming iccid",
      async (_, length) => {
        const payload = "8".repeat(length - 1);
        await refused(
          {
            method: "POST",
            url: `${base}/sims`,
            payload: {
              iccid: `${payload}${luhnCheckDigit(payload)}`,
              type: "pSIM",
              provider: "p7",
            },
          },
          "iccid",
        );
      },
    );

    it("an ICCID of 18 and of 22 digits with a valid check digit is accepted", async () => {
      for (const length of [18, 22]) {
        const payload = `89${String(Date.now()).padStart(length - 3, "7")}`.slice(0, length - 1);
        const res = await call(api(), {
          method: "POST",
          url: `${base}/sims`,
          as: { apiKey: mine.apiKey },
          payload: { iccid: `${payload}${luhnCheckDigit(payload)}`, type: "eSIM", provider: "p7" },
        });
        expect(res.statusCode, res.body).toBe(201);
      }
    });

    it("a path id longer than any id is refused naming the parameter", async () => {
      await refused({ method: "GET", url: `${base}/users/usr_${"x".repeat(80)}` }, "userId");
    });
  });

  describe("providers the project has", () => {
    it("a SIM of a provider the project does not have is refused naming provider", async () => {
      await refused(
        {
          method: "POST",
          url: `${base}/sims`,
          payload: { iccid: testIccid(), type: "pSIM", provider: "p8" },
        },
        "provider",
      );
    });

    it("a line on a provider the project does not have is refused naming provider", async () => {
      const sim = await makeSim(api().deps, mine.project);
      await refused(
        {
          method: "POST",
          url: `${base}/subscriptions`,
          payload: {
            user: mine.line.user.id,
            phoneNumber: testPhoneNumber(),
            provider: "p8",
            sim: sim.id,
          },
        },
        "provider",
      );
    });

    it("a provider change to a provider the project does not have, or to the line's own, is refused naming provider", async () => {
      const url = `${base}/subscriptions/${mine.line.subscription.id}/providerChanges`;
      await refused({ method: "POST", url, payload: { provider: "p8" } }, "provider");
      await refused({ method: "POST", url, payload: { provider: "p7" } }, "provider");
    });

    it("a SIM of another provider than the line's is refused naming sim", async () => {
      const sim = await makeSim(api().deps, mine.project, { provider: "p9" });
      await refused(
        {
          method: "POST",
          url: `${base}/subscriptions/${mine.line.subscription.id}/simReplacements`,
          payload: { sim: sim.id },
        },
        "sim",
      );
    });

    it("a settings change repeating a provider is refused naming providers", async () => {
      await refused(
        { method: "PATCH", url: base, payload: { providers: ["p7", "p7"] } },
        "providers",
      );
    });
  });

  describe("delivery methods the project enables", () => {
    it("an action by a delivery method the project does not enable is refused naming deliveryMethod", async () => {
      const emailOnly = await makeSide(api(), {
        consent: { deliveryMethods: ["email"], linkTtlSeconds: 3600, whenUnavailable: "refuse" },
      });
      await expectRefusedWithoutWrites(
        api(),
        emailOnly.projectId,
        () =>
          call(api(), {
            method: "POST",
            url: `/api/projects/${emailOnly.projectId}/subscriptions/${emailOnly.line.subscription.id}/portOutCredentials`,
            as: { apiKey: emailOnly.apiKey },
            payload: { deliveryMethod: "sms" },
          }),
        { field: "deliveryMethod" },
      );
    });

    it("a resend by a delivery method the project does not enable is refused naming deliveryMethod", async () => {
      const emailOnly = await makeSide(api(), {
        consent: { deliveryMethods: ["email"], linkTtlSeconds: 3600, whenUnavailable: "refuse" },
      });
      await expectRefusedWithoutWrites(
        api(),
        emailOnly.projectId,
        () =>
          call(api(), {
            method: "POST",
            url: `/api/projects/${emailOnly.projectId}/consentRequests/${emailOnly.pendingRequestId}/resend`,
            as: { apiKey: emailOnly.apiKey },
            payload: { deliveryMethod: "sms" },
          }),
        { field: "deliveryMethod" },
      );
    });

    it("a delivery method that does not exist is refused naming deliveryMethod", async () => {
      await refused(
        {
          method: "POST",
          url: `${base}/subscriptions/${mine.line.subscription.id}/simReplacements`,
          payload: { sim: "auto", deliveryMethod: "pigeon" },
        },
        "deliveryMethod",
      );
    });

    it("consent settings with no method, a repeated one or a link validity outside 60 s–72 h are refused naming the field", async () => {
      const cases: [unknown, string][] = [
        [{ deliveryMethods: [] }, "consent.deliveryMethods"],
        [{ deliveryMethods: ["email", "email"] }, "consent.deliveryMethods"],
        [{ deliveryMethods: ["email"], linkTtlSeconds: 59 }, "consent.linkTtlSeconds"],
        [{ deliveryMethods: ["email"], linkTtlSeconds: 72 * 3600 + 1 }, "consent.linkTtlSeconds"],
        [{ deliveryMethods: ["email"], whenUnavailable: "ask" }, "consent.whenUnavailable"],
        [{ deliveryMethods: ["email"], extra: true }, "consent.extra"],
      ];
      for (const [consent, field] of cases) {
        await refused({ method: "PATCH", url: base, payload: { consent } }, field);
      }
    });
  });

  describe("references to objects of the project", () => {
    it("a line for another project's user or SIM is refused alike with one for a user or SIM that does not exist", async () => {
      const sim = await makeSim(api().deps, mine.project);
      const payload = {
        user: mine.line.user.id,
        phoneNumber: testPhoneNumber(),
        provider: "p7",
        sim: sim.id,
      };
      const url = `${base}/subscriptions`;
      const foreignUser = await refused(
        { method: "POST", url, payload: { ...payload, user: theirs.line.user.id } },
        "user",
      );
      const absentUser = await refused(
        { method: "POST", url, payload: { ...payload, user: "usr_0000000000aaaaaaaaaaaaaaaa" } },
        "user",
      );
      expect(foreignUser.json()).toEqual(absentUser.json());
      const foreignSim = await refused(
        { method: "POST", url, payload: { ...payload, sim: theirs.availableSim.id } },
        "sim",
      );
      const absentSim = await refused(
        { method: "POST", url, payload: { ...payload, sim: "sim_0000000000aaaaaaaaaaaaaaaa" } },
        "sim",
      );
      expect(foreignSim.json()).toEqual(absentSim.json());
    });

    it("a SIM replacement with another project's SIM, by id or ICCID, is refused naming sim", async () => {
      const url = `${base}/subscriptions/${mine.line.subscription.id}/simReplacements`;
      await refused({ method: "POST", url, payload: { sim: theirs.availableSim.id } }, "sim");
      await refused({ method: "POST", url, payload: { sim: theirs.availableSim.iccid } }, "sim");
    });
  });

  describe("paging parameters", () => {
    it.each(["0", "201", "-1", "ten", "1.5", ""])(
      "limit=%s is refused naming limit",
      async (limit) => {
        await refused({ method: "GET", url: `${base}/events`, query: { limit } }, "limit");
      },
    );

    it("limit=1 and limit=200 are accepted", async () => {
      for (const limit of ["1", "200"]) {
        const res = await call(api(), {
          method: "GET",
          url: `${base}/events`,
          query: { limit },
          as: { apiKey: mine.apiKey },
        });
        expect(res.statusCode).toBe(200);
      }
    });

    it("a cursor that names nothing, another project's item or an item of another list is refused naming the cursor", async () => {
      const other = await pendingRequest(api(), theirs.project);
      for (const cursor of [
        "csr_0000000000aaaaaaaaaaaaaaaa",
        other.request.id,
        mine.line.user.id,
      ]) {
        await refused(
          { method: "GET", url: `${base}/consentRequests`, query: { after: cursor } },
          "after",
        );
        await refused(
          { method: "GET", url: `${base}/consentRequests`, query: { before: cursor } },
          "before",
        );
      }
    });

    it("after and before together are refused", async () => {
      await refused(
        {
          method: "GET",
          url: `${base}/consentRequests`,
          query: {
            after: mine.pendingRequestId as string,
            before: mine.pendingRequestId as string,
          },
        },
        "after",
      );
    });

    it("filters outside their values are refused naming the filter", async () => {
      await refused(
        { method: "GET", url: `${base}/consentRequests`, query: { status: "done" } },
        "status",
      );
      await refused(
        { method: "GET", url: `${base}/consentRequests`, query: { type: "simSwap" } },
        "type",
      );
      await refused(
        { method: "GET", url: `${base}/events`, query: { type: "nothing.happened" } },
        "type",
      );
    });
  });
});
