import { describe, expect, it } from "vitest";
import { decideByToken } from "../../src/services/consent-decisions.js";
import { cancelConsentRequest, performAction } from "../../src/services/consent-requests.js";
import { getSubscription } from "../../src/services/inventory.js";
import { updateProjectSettings } from "../../src/services/projects.js";
import { testDatabaseKinds } from "../support/databases.js";
import { makeProject, makeSubscription, testDeps } from "../support/factories.js";
import {
  askConsent,
  eventsAbout,
  expectRefusal,
  projectWithLine,
  requestRow,
  stateChanges,
  withDatabase,
} from "./use-case-support.js";

/** Performing an action (C1, C2), superseding (C6) and canceling (C5), on each database. */
describe.each(testDatabaseKinds)("consent requests on %s", (kind) => {
  const database = withDatabase(kind);
  const hour = 60 * 60 * 1000;

  async function setup(settings: Parameters<typeof makeProject>[1] = {}) {
    const { deps, project, line } = await projectWithLine(database(), settings);
    return { deps, project, ...line };
  }

  describe("performing an action", () => {
    it("creates a pending request valid for the project's link validity, with one created event and one delivery job", async () => {
      const { deps, project, subscription, user } = await setup();
      const { request } = await askConsent(deps, project, subscription.id);
      expect(request).toMatchObject({
        status: "pending",
        type: "simReplacement",
        delivery_method: "email",
        recipient: user.email,
        expires_at: deps.clock.now() + 3 * hour,
        resent_from: null,
      });
      const events = await eventsAbout(deps.db, project.projectId, request.id);
      expect(events.map((e) => e.type)).toEqual(["consentRequest.created"]);
      const jobs = await deps.db
        .selectFrom("jobs")
        .select("payload")
        .where("project_id", "=", project.projectId)
        .where("kind", "=", "consentRequest.deliver")
        .execute();
      expect(jobs.filter((j) => j.payload.includes(request.id))).toHaveLength(1);
    });

    it("freezes the details the agent asked for in the request", async () => {
      const { deps, project, subscription } = await setup();
      const { request } = await askConsent(deps, project, subscription.id, {
        type: "providerChange",
        provider: "p9",
      });
      expect(JSON.parse(request.details)).toEqual({ provider: "p9", sim: "auto" });
    });

    it("again while one is pending supersedes it: canceled as superseded, with one event", async () => {
      const { deps, project, subscription } = await setup();
      const first = await askConsent(deps, project, subscription.id);
      deps.clock.advance(60_000);
      const second = await askConsent(deps, project, subscription.id);
      expect(await requestRow(deps.db, project.projectId, first.request.id)).toMatchObject({
        status: "canceled",
        cancellation_reason: "superseded",
        canceled_at: deps.clock.now(),
      });
      expect(second.request.status).toBe("pending");
      expect(await stateChanges(deps.db, project.projectId, first.request.id)).toEqual([
        "consentRequest.canceled",
      ]);
    });

    it("after the pending one's validity passed records that one expired, not superseded", async () => {
      const { deps, project, subscription } = await setup();
      const first = await askConsent(deps, project, subscription.id);
      deps.clock.advance(3 * hour);
      await askConsent(deps, project, subscription.id);
      expect(await requestRow(deps.db, project.projectId, first.request.id)).toMatchObject({
        status: "expired",
        cancellation_reason: null,
      });
      expect(await stateChanges(deps.db, project.projectId, first.request.id)).toEqual([
        "consentRequest.expired",
      ]);
    });

    it("does not displace a pending request of another type or of another line", async () => {
      const { deps, project, subscription } = await setup();
      const other = await makeSubscription(deps, project);
      const replacement = await askConsent(deps, project, subscription.id);
      await askConsent(deps, project, subscription.id, { type: "portOutCredentials" });
      await askConsent(deps, project, other.subscription.id);
      const row = await requestRow(deps.db, project.projectId, replacement.request.id);
      expect(row.status).toBe("pending");
    });

    it("while a request of that type is approved is refused, and nothing is written", async () => {
      const { deps, project, subscription } = await setup();
      const { request, token } = await askConsent(deps, project, subscription.id, {
        type: "portOutCredentials",
      });
      await decideByToken(deps, token, "approve");
      const before = await deps.db.selectFrom("consent_requests").select("id").execute();
      await expectRefusal(
        performAction(deps, project.actor, project.projectId, subscription.id, {
          type: "portOutCredentials",
        }),
        "approvedConsentRequestExists",
      );
      const after = await deps.db.selectFrom("consent_requests").select("id").execute();
      expect(after).toHaveLength(before.length);
      expect((await requestRow(deps.db, project.projectId, request.id)).status).toBe("approved");
    });

    it("without consent settings runs at once and records no request", async () => {
      const { deps, project, subscription } = await setup({ consent: null });
      const result = await performAction(deps, project.actor, project.projectId, subscription.id, {
        type: "providerChange",
        provider: "p9",
      });
      expect(result.kind).toBe("performed");
      expect((await getSubscription(deps.db, project.projectId, subscription.id)).provider).toBe(
        "p9",
      );
      const requests = await deps.db
        .selectFrom("consent_requests")
        .where("project_id", "=", project.projectId)
        .select("id")
        .execute();
      expect(requests).toEqual([]);
      const events = await eventsAbout(deps.db, project.projectId, subscription.id);
      expect(events.filter((e) => e.type === "subscription.providerChanged")).toEqual([
        expect.objectContaining({ data: expect.objectContaining({ consentRequest: null }) }),
      ]);
    });

    it("run directly while a request is pending, supersedes it, so its link cannot do the action again", async () => {
      const { deps, project, subscription } = await setup();
      const { request, token } = await askConsent(deps, project, subscription.id);
      await updateProjectSettings(deps, project.actor, project.projectId, { consent: null });

      const result = await performAction(deps, project.actor, project.projectId, subscription.id, {
        type: "simReplacement",
        sim: "auto",
      });
      expect(result.kind).toBe("performed");
      expect(await requestRow(deps.db, project.projectId, request.id)).toMatchObject({
        status: "canceled",
        cancellation_reason: "superseded",
      });
      const simAfterAction = (await getSubscription(deps.db, project.projectId, subscription.id))
        .sim_id;

      const late = await decideByToken(deps, token, "approve");
      expect(late?.outcome).toBe("none");
      expect((await getSubscription(deps.db, project.projectId, subscription.id)).sim_id).toBe(
        simAfterAction,
      );
    });

    it("when no method reaches the user and the project says refuse, is refused with consentUnavailable", async () => {
      const deps = testDeps(database());
      const project = await makeProject(deps, {
        smsEnabled: false,
        consent: { deliveryMethods: ["email"], linkTtlSeconds: 600, whenUnavailable: "refuse" },
      });
      const { subscription, sim } = await makeSubscription(deps, project, { email: null });
      await expectRefusal(
        performAction(deps, project.actor, project.projectId, subscription.id, {
          type: "simReplacement",
          sim: "auto",
        }),
        "consentUnavailable",
      );
      expect((await getSubscription(deps.db, project.projectId, subscription.id)).sim_id).toBe(
        sim.id,
      );
    });

    it("when no method reaches the user and the project says perform directly, runs at once", async () => {
      const deps = testDeps(database());
      const project = await makeProject(deps, { smsEnabled: false });
      const { subscription, sim } = await makeSubscription(deps, project, { email: null });
      const result = await performAction(deps, project.actor, project.projectId, subscription.id, {
        type: "simReplacement",
        sim: "auto",
      });
      expect(result.kind).toBe("performed");
      expect((await getSubscription(deps.db, project.projectId, subscription.id)).sim_id).not.toBe(
        sim.id,
      );
    });

    it("by a delivery method the project does not enable is refused as invalid", async () => {
      const { deps, project, subscription } = await setup({
        consent: {
          deliveryMethods: ["email"],
          linkTtlSeconds: 600,
          whenUnavailable: "performDirectly",
        },
      });
      const error = await expectRefusal(
        askConsent(deps, project, subscription.id, undefined, "sms"),
        "validationFailed",
      );
      expect(error.details?.[0]?.path).toBe("deliveryMethod");
    });

    it("on another project's subscription is not found", async () => {
      const { deps, subscription } = await setup();
      const stranger = await makeProject(deps);
      await expectRefusal(askConsent(deps, stranger, subscription.id), "notFound");
    });
  });

  describe("canceling (C5)", () => {
    it("a pending request becomes canceled by the member, with one event", async () => {
      const { deps, project, subscription } = await setup();
      const { request } = await askConsent(deps, project, subscription.id);
      const canceled = await cancelConsentRequest(
        deps,
        project.actor,
        project.projectId,
        request.id,
      );
      expect(canceled).toMatchObject({
        status: "canceled",
        cancellation_reason: "canceledByMember",
        canceled_at: deps.clock.now(),
      });
      const events = await eventsAbout(deps.db, project.projectId, request.id);
      expect(events.filter((e) => e.type === "consentRequest.canceled")).toEqual([
        expect.objectContaining({
          actor_type: "apiKey",
          actor_id: project.actor.id,
          data: { reason: "canceledByMember" },
        }),
      ]);
    });

    it("an approved request can be canceled", async () => {
      const { deps, project, subscription } = await setup();
      const { request, token } = await askConsent(deps, project, subscription.id, {
        type: "portOutCredentials",
      });
      await decideByToken(deps, token, "approve");
      const canceled = await cancelConsentRequest(
        deps,
        project.actor,
        project.projectId,
        request.id,
      );
      expect(canceled.status).toBe("canceled");
    });

    it.each(["declined", "fulfilled", "canceled", "expired"] as const)(
      "a %s request cannot be canceled, and stays as it was",
      async (final) => {
        const { deps, project, subscription } = await setup();
        const { request, token } = await askConsent(deps, project, subscription.id);
        if (final === "declined") await decideByToken(deps, token, "decline");
        if (final === "fulfilled") await decideByToken(deps, token, "approve");
        if (final === "canceled") {
          await cancelConsentRequest(deps, project.actor, project.projectId, request.id);
        }
        // An expired request is one whose validity passed, recorded by a sweeper or not.
        if (final === "expired") deps.clock.advance(3 * hour);
        const before = await requestRow(deps.db, project.projectId, request.id);
        await expectRefusal(
          cancelConsentRequest(deps, project.actor, project.projectId, request.id),
          "consentRequestNotCancelable",
        );
        expect(await requestRow(deps.db, project.projectId, request.id)).toEqual(before);
      },
    );

    it("a canceled request's link decides nothing any more", async () => {
      const { deps, project, subscription, sim } = await setup();
      const { request, token } = await askConsent(deps, project, subscription.id);
      await cancelConsentRequest(deps, project.actor, project.projectId, request.id);
      const result = await decideByToken(deps, token, "approve");
      expect(result?.outcome).toBe("none");
      expect(result?.view.status).toBe("canceled");
      expect((await getSubscription(deps.db, project.projectId, subscription.id)).sim_id).toBe(
        sim.id,
      );
    });

    it("another project cannot cancel the request: it is not found", async () => {
      const { deps, project, subscription } = await setup();
      const stranger = await makeProject(deps);
      const { request } = await askConsent(deps, project, subscription.id);
      await expectRefusal(
        cancelConsentRequest(deps, stranger.actor, stranger.projectId, request.id),
        "notFound",
      );
      expect((await requestRow(deps.db, project.projectId, request.id)).status).toBe("pending");
    });
  });
});
