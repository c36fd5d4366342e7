import { describe, expect, it } from "vitest";
import { decideByToken } from "../../src/services/consent-decisions.js";
import { cancelConsentRequest, resendConsentRequest } from "../../src/services/consent-requests.js";
import { endSubscription } from "../../src/services/inventory.js";
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

/** Resending a request (C6), on each database. */
describe.each(testDatabaseKinds)("resending on %s", (kind) => {
  const database = withDatabase(kind);
  const hour = 60 * 60 * 1000;

  async function setup() {
    const { deps, project, line } = await projectWithLine(database());
    const resend = (requestId: string, deliveryMethod?: "email" | "sms") =>
      resendConsentRequest(deps, project.actor, project.projectId, requestId, { deliveryMethod });
    return { deps, project, resend, ...line };
  }

  it("a pending request gets a new pending one with the same details, a new link and validity; the previous is superseded", async () => {
    const { deps, project, subscription, resend } = await setup();
    const first = await askConsent(deps, project, subscription.id, {
      type: "providerChange",
      provider: "p9",
    });
    deps.clock.advance(hour);
    const second = await resend(first.request.id);
    expect(second.request).toMatchObject({
      status: "pending",
      type: "providerChange",
      details: first.request.details,
      resent_from: first.request.id,
      created_at: deps.clock.now(),
      expires_at: deps.clock.now() + 3 * hour,
    });
    expect(second.linkToken).not.toBe(first.token);
    expect(second.request.token_hash).not.toBe(first.request.token_hash);
    expect(await requestRow(deps.db, project.projectId, first.request.id)).toMatchObject({
      status: "canceled",
      cancellation_reason: "superseded",
    });
    expect(await stateChanges(deps.db, project.projectId, first.request.id)).toEqual([
      "consentRequest.canceled",
    ]);
    const created = await eventsAbout(deps.db, project.projectId, second.request.id);
    expect(created).toEqual([
      expect.objectContaining({
        type: "consentRequest.created",
        data: expect.objectContaining({ resentFrom: first.request.id }),
      }),
    ]);
  });

  it("the superseded link decides nothing and says a newer link was sent", async () => {
    const { deps, project, subscription, resend } = await setup();
    const first = await askConsent(deps, project, subscription.id);
    await resend(first.request.id);
    const result = await decideByToken(deps, first.token, "approve");
    expect(result?.outcome).toBe("none");
    expect(result?.view).toMatchObject({ status: "canceled", superseded: true });
  });

  it("a canceled request can be resent", async () => {
    const { deps, project, subscription, resend } = await setup();
    const first = await askConsent(deps, project, subscription.id);
    await cancelConsentRequest(deps, project.actor, project.projectId, first.request.id);
    const second = await resend(first.request.id);
    expect(second.request).toMatchObject({ status: "pending", resent_from: first.request.id });
    // The canceled one stays canceled by the member: a final state never changes.
    expect(await requestRow(deps.db, project.projectId, first.request.id)).toMatchObject({
      status: "canceled",
      cancellation_reason: "canceledByMember",
    });
  });

  it("a request whose validity passed can be resent, and is recorded expired, not superseded", async () => {
    const { deps, project, subscription, resend } = await setup();
    const first = await askConsent(deps, project, subscription.id);
    deps.clock.advance(3 * hour);
    const second = await resend(first.request.id);
    expect(second.request.status).toBe("pending");
    expect(await requestRow(deps.db, project.projectId, first.request.id)).toMatchObject({
      status: "expired",
      cancellation_reason: null,
    });
    expect(await stateChanges(deps.db, project.projectId, first.request.id)).toEqual([
      "consentRequest.expired",
    ]);
  });

  it("an old canceled request resent supersedes the newer pending one of the same type", async () => {
    const { deps, project, subscription, resend } = await setup();
    const old = await askConsent(deps, project, subscription.id);
    const newer = await askConsent(deps, project, subscription.id);
    await resend(old.request.id);
    expect(await requestRow(deps.db, project.projectId, newer.request.id)).toMatchObject({
      status: "canceled",
      cancellation_reason: "superseded",
    });
    const pending = await deps.db
      .selectFrom("consent_requests")
      .select("id")
      .where("subscription_id", "=", subscription.id)
      .where("status", "=", "pending")
      .execute();
    expect(pending).toHaveLength(1);
  });

  it("can go by another delivery method, to that method's recipient", async () => {
    const { deps, project, subscription, resend } = await setup();
    const first = await askConsent(deps, project, subscription.id);
    const second = await resend(first.request.id, "sms");
    expect(second.request).toMatchObject({
      delivery_method: "sms",
      recipient: subscription.phone_number,
    });
  });

  it("keeps the previous delivery method when none is given", async () => {
    const { deps, project, subscription, resend } = await setup();
    const first = await askConsent(deps, project, subscription.id, undefined, "sms");
    const second = await resend(first.request.id);
    expect(second.request.delivery_method).toBe("sms");
  });

  it.each(["declined", "fulfilled", "approved"] as const)(
    "a %s request cannot be resent",
    async (status) => {
      const { deps, project, subscription, resend } = await setup();
      const type = status === "approved" ? "portOutCredentials" : "simReplacement";
      const first = await askConsent(deps, project, subscription.id, { type, sim: "auto" });
      await decideByToken(deps, first.token, status === "declined" ? "decline" : "approve");
      expect((await requestRow(deps.db, project.projectId, first.request.id)).status).toBe(status);
      await expectRefusal(resend(first.request.id), "consentRequestNotResendable");
    },
  );

  it("resend is refused while an approved request of the same type exists", async () => {
    const { deps, project, subscription, resend } = await setup();
    const old = await askConsent(deps, project, subscription.id, { type: "portOutCredentials" });
    await cancelConsentRequest(deps, project.actor, project.projectId, old.request.id);
    const approved = await askConsent(deps, project, subscription.id, {
      type: "portOutCredentials",
    });
    await decideByToken(deps, approved.token, "approve");
    const requestsBefore = await deps.db.selectFrom("consent_requests").select("id").execute();
    await expectRefusal(resend(old.request.id), "approvedConsentRequestExists");
    const requestsAfter = await deps.db.selectFrom("consent_requests").select("id").execute();
    expect(requestsAfter).toHaveLength(requestsBefore.length);
  });

  it("an approved request of another type does not prevent a resend", async () => {
    const { deps, project, subscription, resend } = await setup();
    const portOut = await askConsent(deps, project, subscription.id, {
      type: "portOutCredentials",
    });
    await decideByToken(deps, portOut.token, "approve");
    const replacement = await askConsent(deps, project, subscription.id);
    await expect(resend(replacement.request.id)).resolves.toBeDefined();
  });

  it("resend is refused once the subscription has ended", async () => {
    const { deps, project, subscription, resend } = await setup();
    const first = await askConsent(deps, project, subscription.id);
    await endSubscription(deps, project.actor, project.projectId, subscription.id);
    await expectRefusal(resend(first.request.id), "subscriptionNotActive");
  });

  it("resend by a method that cannot reach the user is refused", async () => {
    const deps = testDeps(database());
    const project = await makeProject(deps);
    const { subscription } = await makeSubscription(deps, project, { email: null });
    const first = await askConsent(deps, project, subscription.id);
    expect(first.request.delivery_method).toBe("sms");
    await expectRefusal(
      resendConsentRequest(deps, project.actor, project.projectId, first.request.id, {
        deliveryMethod: "email",
      }),
      "consentUnavailable",
    );
    expect((await requestRow(deps.db, project.projectId, first.request.id)).status).toBe("pending");
  });

  it("another project cannot resend the request: it is not found", async () => {
    const { deps, project, subscription } = await setup();
    const stranger = await makeProject(deps);
    const first = await askConsent(deps, project, subscription.id);
    await expectRefusal(
      resendConsentRequest(deps, stranger.actor, stranger.projectId, first.request.id, {}),
      "notFound",
    );
  });
});
