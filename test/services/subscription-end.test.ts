import { describe, expect, it } from "vitest";
import { decideByToken } from "../../src/services/consent-decisions.js";
import { followUpConsentRequest, performAction } from "../../src/services/consent-requests.js";
import { endSubscription, getSim } from "../../src/services/inventory.js";
import { testDatabaseKinds } from "../support/databases.js";
import { makeProject } from "../support/factories.js";
import {
  askConsent,
  eventsAbout,
  expectRefusal,
  projectWithLine,
  requestRow,
  stateChanges,
  withDatabase,
} from "./use-case-support.js";

/** Ending a line (C7), on each database. */
describe.each(testDatabaseKinds)("ending a subscription on %s", (kind) => {
  const database = withDatabase(kind);
  const hour = 60 * 60 * 1000;

  async function setup() {
    const { deps, project, line } = await projectWithLine(database());
    const end = () => endSubscription(deps, project.actor, project.projectId, line.subscription.id);
    return { deps, project, end, ...line };
  }

  it("cancels its pending and approved requests as subscriptionEnded, with one event each", async () => {
    const { deps, project, subscription, end } = await setup();
    const pending = await askConsent(deps, project, subscription.id);
    const approved = await askConsent(deps, project, subscription.id, {
      type: "portOutCredentials",
    });
    await decideByToken(deps, approved.token, "approve");
    deps.clock.advance(60_000);
    await end();
    for (const { request } of [pending, approved]) {
      expect(await requestRow(deps.db, project.projectId, request.id)).toMatchObject({
        status: "canceled",
        cancellation_reason: "subscriptionEnded",
        canceled_at: deps.clock.now(),
      });
      const events = await eventsAbout(deps.db, project.projectId, request.id);
      expect(events.filter((e) => e.type === "consentRequest.canceled")).toEqual([
        expect.objectContaining({ data: { reason: "subscriptionEnded" } }),
      ]);
    }
  });

  it("leaves final requests as they were", async () => {
    const { deps, project, subscription, end } = await setup();
    const declined = await askConsent(deps, project, subscription.id);
    await decideByToken(deps, declined.token, "decline");
    const fulfilled = await askConsent(deps, project, subscription.id, {
      type: "providerChange",
      provider: "p9",
    });
    await decideByToken(deps, fulfilled.token, "approve");
    const before = await Promise.all(
      [declined, fulfilled].map((r) => requestRow(deps.db, project.projectId, r.request.id)),
    );
    await end();
    const after = await Promise.all(
      [declined, fulfilled].map((r) => requestRow(deps.db, project.projectId, r.request.id)),
    );
    expect(after).toEqual(before);
    expect(before.map((r) => r.status)).toEqual(["declined", "fulfilled"]);
  });

  it("records a pending request whose validity passed as expired, not canceled", async () => {
    const { deps, project, subscription, end } = await setup();
    const { request } = await askConsent(deps, project, subscription.id);
    deps.clock.advance(3 * hour);
    await end();
    expect(await requestRow(deps.db, project.projectId, request.id)).toMatchObject({
      status: "expired",
      cancellation_reason: null,
    });
    expect(await stateChanges(deps.db, project.projectId, request.id)).toEqual([
      "consentRequest.expired",
    ]);
  });

  it("retires the line's SIM and records the end", async () => {
    const { deps, project, subscription, sim, end } = await setup();
    const ended = await end();
    expect(ended).toMatchObject({ status: "ended", ended_at: deps.clock.now() });
    expect((await getSim(deps.db, project.projectId, sim.id)).status).toBe("retired");
    const events = await eventsAbout(deps.db, project.projectId, subscription.id);
    expect(events.filter((e) => e.type === "subscription.ended")).toHaveLength(1);
  });

  it("an ended line takes no new action and cannot be ended twice", async () => {
    const { deps, project, subscription, end } = await setup();
    await end();
    await expectRefusal(
      performAction(deps, project.actor, project.projectId, subscription.id, {
        type: "portOutCredentials",
      }),
      "subscriptionNotActive",
    );
    await expectRefusal(end(), "subscriptionNotActive");
  });

  it("a link of an ended line decides nothing", async () => {
    const { deps, project, subscription, end } = await setup();
    const { token } = await askConsent(deps, project, subscription.id);
    await end();
    const result = await decideByToken(deps, token, "approve");
    expect(result?.outcome).toBe("none");
    expect(result?.view.status).toBe("canceled");
  });

  it("a canceled approved request cannot be followed up after the end", async () => {
    const { deps, project, subscription, end } = await setup();
    const { request, token } = await askConsent(deps, project, subscription.id, {
      type: "portOutCredentials",
    });
    await decideByToken(deps, token, "approve");
    await end();
    await expectRefusal(
      followUpConsentRequest(deps, project.actor, project.projectId, request.id),
      "consentRequestNotFulfillable",
    );
  });

  it("another project cannot end the line: it is not found", async () => {
    const { deps, project, subscription } = await setup();
    const stranger = await makeProject(deps);
    await expectRefusal(
      endSubscription(deps, stranger.actor, stranger.projectId, subscription.id),
      "notFound",
    );
    const row = await deps.db
      .selectFrom("subscriptions")
      .select("status")
      .where("project_id", "=", project.projectId)
      .where("id", "=", subscription.id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe("active");
  });
});
