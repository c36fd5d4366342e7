import { describe, expect, it } from "vitest";
import { isIccid } from "../../src/domain/formats.js";
import { decideByToken } from "../../src/services/consent-decisions.js";
import {
  cancelConsentRequest,
  followUpConsentRequest,
} from "../../src/services/consent-requests.js";
import {
  createSubscription,
  createUser,
  getSim,
  getSubscription,
} from "../../src/services/inventory.js";
import { testDatabaseKinds } from "../support/databases.js";
import { makeProject, makeSim, makeSubscription, testPhoneNumber } from "../support/factories.js";
import {
  askConsent,
  eventsAbout,
  expectRefusal,
  projectWithLine,
  requestRow,
  stateChanges,
  withDatabase,
} from "./use-case-support.js";

/** Fulfilment against the SIM inventory (C1, C4) and its failures (C7), on each database. */
describe.each(testDatabaseKinds)("fulfilment on %s", (kind) => {
  const database = withDatabase(kind);

  async function setup() {
    const { deps, project, line } = await projectWithLine(database());
    const lineNow = () => getSubscription(deps.db, project.projectId, line.subscription.id);
    return { deps, project, lineNow, ...line };
  }

  it("approving an auto SIM replacement gives the line a new active eSIM of its provider and retires the old SIM", async () => {
    const { deps, project, subscription, sim, lineNow } = await setup();
    const { request, token } = await askConsent(deps, project, subscription.id);
    const result = await decideByToken(deps, token, "approve");
    expect(result?.outcome).toBe("fulfilled");
    const line = await lineNow();
    expect(line.sim_id).not.toBe(sim.id);
    const newSim = await getSim(deps.db, project.projectId, line.sim_id);
    expect(newSim).toMatchObject({ type: "eSIM", provider: "p7", status: "active" });
    expect(isIccid(newSim.iccid)).toBe(true);
    expect((await getSim(deps.db, project.projectId, sim.id)).status).toBe("retired");
    // The number and the plan stay as they were.
    expect(line).toMatchObject({
      phone_number: subscription.phone_number,
      plan: subscription.plan,
      provider: "p7",
    });
    expect(await requestRow(deps.db, project.projectId, request.id)).toMatchObject({
      status: "fulfilled",
      fulfilled_at: deps.clock.now(),
    });
    expect(await stateChanges(deps.db, project.projectId, request.id)).toEqual([
      "consentRequest.approved",
      "consentRequest.fulfilled",
    ]);
    const replaced = (await eventsAbout(deps.db, project.projectId, subscription.id)).filter(
      (e) => e.type === "subscription.simReplaced",
    );
    expect(replaced).toEqual([
      expect.objectContaining({
        data: { consentRequest: request.id, previousSim: sim.id, sim: newSim.id },
      }),
    ]);
  });

  it.each(["id", "iccid"] as const)(
    "a SIM replacement with a SIM named by %s uses exactly that SIM",
    async (reference) => {
      const { deps, project, subscription, lineNow } = await setup();
      const chosen = await makeSim(deps, project, { type: "pSIM" });
      const { token } = await askConsent(deps, project, subscription.id, {
        type: "simReplacement",
        sim: chosen[reference],
      });
      await decideByToken(deps, token, "approve");
      expect((await lineNow()).sim_id).toBe(chosen.id);
      expect((await getSim(deps.db, project.projectId, chosen.id)).status).toBe("active");
    },
  );

  it("an auto provider change moves the line to a new eSIM of the new provider", async () => {
    const { deps, project, subscription, sim, lineNow } = await setup();
    const { token } = await askConsent(deps, project, subscription.id, {
      type: "providerChange",
      provider: "p9",
    });
    await decideByToken(deps, token, "approve");
    const line = await lineNow();
    expect(line.provider).toBe("p9");
    expect(await getSim(deps.db, project.projectId, line.sim_id)).toMatchObject({
      type: "eSIM",
      provider: "p9",
      status: "active",
    });
    expect((await getSim(deps.db, project.projectId, sim.id)).status).toBe("retired");
  });

  it("a provider change with a given SIM of the new provider uses that SIM", async () => {
    const { deps, project, subscription, lineNow } = await setup();
    const chosen = await makeSim(deps, project, { provider: "p9" });
    const { token } = await askConsent(deps, project, subscription.id, {
      type: "providerChange",
      provider: "p9",
      sim: chosen.id,
    });
    await decideByToken(deps, token, "approve");
    expect(await lineNow()).toMatchObject({ provider: "p9", sim_id: chosen.id });
  });

  it("fulfilment does what was approved, even after the line changed in between", async () => {
    const { deps, project, subscription, lineNow } = await setup();
    const move = await askConsent(deps, project, subscription.id, {
      type: "providerChange",
      provider: "p9",
    });
    const swap = await askConsent(deps, project, subscription.id);
    await decideByToken(deps, swap.token, "approve");
    const swapped = await lineNow();
    await decideByToken(deps, move.token, "approve");
    const moved = await lineNow();
    expect(moved.provider).toBe("p9");
    expect((await getSim(deps.db, project.projectId, moved.sim_id)).provider).toBe("p9");
    // The SIM retired is the one the line had at fulfilment.
    expect((await getSim(deps.db, project.projectId, swapped.sim_id)).status).toBe("retired");
  });

  describe("what the agent may ask for", () => {
    it("a SIM of another provider is refused, for a replacement and for a provider change", async () => {
      const { deps, project, subscription } = await setup();
      const p9 = await makeSim(deps, project, { provider: "p9" });
      const p7 = await makeSim(deps, project, { provider: "p7" });
      for (const input of [
        { type: "simReplacement", sim: p9.id },
        { type: "providerChange", provider: "p9", sim: p7.id },
      ] as const) {
        const error = await expectRefusal(
          askConsent(deps, project, subscription.id, input),
          "validationFailed",
        );
        expect(error.details?.[0]?.path).toBe("sim");
      }
    });

    it("a SIM of another project is refused as unknown", async () => {
      const { deps, project, subscription } = await setup();
      const stranger = await makeProject(deps);
      const foreign = await makeSim(deps, stranger);
      for (const reference of [foreign.id, foreign.iccid]) {
        const error = await expectRefusal(
          askConsent(deps, project, subscription.id, { type: "simReplacement", sim: reference }),
          "validationFailed",
        );
        expect(error.details?.[0]).toEqual({ path: "sim", message: "no such SIM in this project" });
      }
    });

    it.each(["active", "retired"] as const)("a SIM that is %s is refused", async (status) => {
      const { deps, project, subscription } = await setup();
      const other = await makeSubscription(deps, project);
      if (status === "retired") {
        await askConsent(deps, project, other.subscription.id).then(({ token }) =>
          decideByToken(deps, token, "approve"),
        );
      }
      expect((await getSim(deps.db, project.projectId, other.sim.id)).status).toBe(status);
      await expectRefusal(
        askConsent(deps, project, subscription.id, { type: "simReplacement", sim: other.sim.id }),
        "simNotAvailable",
      );
    });

    it("a provider the project does not have, or the line's own provider, is refused", async () => {
      const { deps, project, subscription } = await setup();
      for (const provider of ["p404", "p7"]) {
        const error = await expectRefusal(
          askConsent(deps, project, subscription.id, { type: "providerChange", provider }),
          "validationFailed",
        );
        expect(error.details?.[0]?.path).toBe("provider");
      }
    });

    it("auto is an eSIM: asking for an auto pSIM, or a SIM of the other type, is refused", async () => {
      const { deps, project, subscription } = await setup();
      const esim = await makeSim(deps, project, { type: "eSIM" });
      for (const input of [
        { type: "simReplacement", sim: "auto", simType: "pSIM" },
        { type: "simReplacement", sim: esim.id, simType: "pSIM" },
      ] as const) {
        const error = await expectRefusal(
          askConsent(deps, project, subscription.id, input),
          "validationFailed",
        );
        expect(error.details?.[0]?.path).toBe("simType");
      }
      const requests = await deps.db
        .selectFrom("consent_requests")
        .select("id")
        .where("project_id", "=", project.projectId)
        .execute();
      expect(requests).toEqual([]);
    });
  });

  describe("when fulfilment fails (C7)", () => {
    /** A request for a given SIM, which another line then takes before the user approves. */
    async function takenBeforeApproval() {
      const context = await setup();
      const { deps, project, subscription } = context;
      const chosen = await makeSim(deps, project);
      const { request, token } = await askConsent(deps, project, subscription.id, {
        type: "simReplacement",
        sim: chosen.id,
      });
      const user = await createUser(deps, project.actor, project.projectId, { fullName: "Bo" });
      await createSubscription(deps, project.actor, project.projectId, {
        user: user.id,
        phoneNumber: testPhoneNumber(),
        provider: "p7",
        sim: chosen.id,
      });
      const result = await decideByToken(deps, token, "approve");
      return { ...context, chosen, request, result };
    }

    it("the request stays approved with a fulfillmentError and a fulfillmentFailed event; the line is unchanged", async () => {
      const { deps, project, subscription, sim, request, result, lineNow } =
        await takenBeforeApproval();
      expect(result?.outcome).toBe("fulfillmentFailed");
      const row = await requestRow(deps.db, project.projectId, request.id);
      expect(row.status).toBe("approved");
      expect(JSON.parse(row.fulfillment_error ?? "null")).toEqual({
        code: "simNotAvailable",
        message: expect.any(String),
      });
      const events = await eventsAbout(deps.db, project.projectId, request.id);
      expect(events.filter((e) => e.type === "consentRequest.fulfillmentFailed")).toEqual([
        expect.objectContaining({ data: { code: "simNotAvailable", message: expect.any(String) } }),
      ]);
      expect((await lineNow()).sim_id).toBe(sim.id);
      expect((await getSim(deps.db, project.projectId, sim.id)).status).toBe("active");
      const lineEvents = await eventsAbout(deps.db, project.projectId, subscription.id);
      expect(lineEvents.map((e) => e.type)).not.toContain("subscription.simReplaced");
    });

    it("a follow-up while the cause remains fails again and leaves the request approved", async () => {
      const { deps, project, request } = await takenBeforeApproval();
      const { outcome } = await followUpConsentRequest(
        deps,
        project.actor,
        project.projectId,
        request.id,
      );
      expect(outcome.ok).toBe(false);
      expect((await requestRow(deps.db, project.projectId, request.id)).status).toBe("approved");
      const failures = (await eventsAbout(deps.db, project.projectId, request.id)).filter(
        (e) => e.type === "consentRequest.fulfillmentFailed",
      );
      expect(failures).toHaveLength(2);
    });

    it("once the cause is fixed, the follow-up fulfils the request and clears the error", async () => {
      const { deps, project, chosen, request, lineNow } = await takenBeforeApproval();
      // The inventory has no operation that releases an active SIM; an operator's stock
      // correction is what puts the chosen SIM back.
      await deps.db
        .updateTable("sims")
        .set({ status: "available" })
        .where("id", "=", chosen.id)
        .execute();
      deps.clock.advance(60_000);
      const { request: after, outcome } = await followUpConsentRequest(
        deps,
        project.actor,
        project.projectId,
        request.id,
      );
      expect(outcome.ok).toBe(true);
      expect(after).toMatchObject({
        status: "fulfilled",
        fulfillment_error: null,
        fulfilled_at: deps.clock.now(),
      });
      expect((await lineNow()).sim_id).toBe(chosen.id);
    });

    it("an approved request whose fulfilment failed can be canceled", async () => {
      const { deps, project, request } = await takenBeforeApproval();
      const canceled = await cancelConsentRequest(
        deps,
        project.actor,
        project.projectId,
        request.id,
      );
      expect(canceled.status).toBe("canceled");
    });
  });
});
