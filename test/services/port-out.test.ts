import { describe, expect, it } from "vitest";
import { decideByToken } from "../../src/services/consent-decisions.js";
import { followUpConsentRequest, performAction } from "../../src/services/consent-requests.js";
import { endSubscription, getSubscription } from "../../src/services/inventory.js";
import { testDatabaseKinds } from "../support/databases.js";
import { makeProject, makeSubscription } from "../support/factories.js";
import {
  askConsent,
  expectRefusal,
  projectWithLine,
  requestRow,
  whereStored,
  withDatabase,
} from "./use-case-support.js";

/** Port-out credentials and their follow-up (C4, C8), on each database. */
describe.each(testDatabaseKinds)("port-out credentials on %s", (kind) => {
  const database = withDatabase(kind);
  const day = 24 * 60 * 60 * 1000;
  // Columns that hold digits or hex by nature, where a 6-digit PIN may appear by chance.
  const digitColumns = [
    "sims.iccid",
    "subscriptions.phone_number",
    "subscriptions.account_number",
    "consent_requests.recipient",
    "consent_requests.token_hash",
    "api_keys.key_hash",
  ];

  async function setup(settings: Parameters<typeof makeProject>[1] = {}) {
    const { deps, project, line } = await projectWithLine(database(), settings);
    /** Asks, approves and follows up: the credentials a member would share with the user. */
    const issue = async () => {
      const { request, token } = await askConsent(deps, project, line.subscription.id, {
        type: "portOutCredentials",
      });
      await decideByToken(deps, token, "approve");
      const result = await followUpConsentRequest(
        deps,
        project.actor,
        project.projectId,
        request.id,
      );
      if (!result.outcome.ok || !result.outcome.credentials) throw new Error("not issued");
      return { request: result.request, credentials: result.outcome.credentials };
    };
    const lineNow = () => getSubscription(deps.db, project.projectId, line.subscription.id);
    /** Whether the line's stored PIN hash verifies `pin`. */
    const pinMatches = (pin: string, stored: string) =>
      deps.sealer.pinMatches(line.subscription.id, pin, stored);
    return { deps, project, issue, lineNow, pinMatches, ...line };
  }

  it("an approved port-out request stays approved until a member follows up", async () => {
    const { deps, project, subscription, lineNow } = await setup();
    const { request, token } = await askConsent(deps, project, subscription.id, {
      type: "portOutCredentials",
    });
    const result = await decideByToken(deps, token, "approve");
    expect(result?.outcome).toBe("approved");
    expect(result?.credentials).toBeNull();
    expect((await requestRow(deps.db, project.projectId, request.id)).status).toBe("approved");
    expect((await lineNow()).port_out_pin_hash).toBeNull();
  });

  it("the follow-up issues an account number of 9 to 12 digits and a 6-digit PIN valid 4 days, and fulfils the request", async () => {
    const { deps, issue, subscription } = await setup();
    const { request, credentials } = await issue();
    expect(credentials).toEqual({
      object: "portOutCredentials",
      subscription: subscription.id,
      accountNumber: expect.stringMatching(/^\d{9,12}$/),
      pin: expect.stringMatching(/^\d{6}$/),
      pinExpiresAt: new Date(deps.clock.now() + 4 * day).toISOString(),
    });
    expect(request).toMatchObject({ status: "fulfilled", fulfilled_at: deps.clock.now() });
  });

  it("the PIN is valid for the project's setting", async () => {
    const { deps, issue } = await setup({ portOutPinTtlSeconds: 7 * 24 * 60 * 60 });
    const { credentials } = await issue();
    expect(credentials.pinExpiresAt).toBe(new Date(deps.clock.now() + 7 * day).toISOString());
  });

  it("the PIN is stored only as a keyed hash of the line that verifies it", async () => {
    const { deps, issue, lineNow } = await setup();
    const { credentials } = await issue();
    const line = await lineNow();
    expect(line.port_out_pin_hash).not.toBeNull();
    const stored = line.port_out_pin_hash as string;
    expect(await deps.sealer.pinMatches(line.id, credentials.pin, stored)).toBe(true);
    expect(await whereStored(deps.db, credentials.pin, digitColumns)).toEqual([]);
  });

  it("the PIN is never in an event, nor in the notice to the user", async () => {
    const { deps, project, issue } = await setup();
    const { credentials } = await issue();
    const events = await deps.db
      .selectFrom("events")
      .select(["type", "data"])
      .where("project_id", "=", project.projectId)
      .execute();
    expect(events.map((e) => e.type)).toContain("portOutCredentials.issued");
    for (const event of events) expect(event.data).not.toContain(credentials.pin);
    const notices = await deps.db
      .selectFrom("jobs")
      .select("payload")
      .where("project_id", "=", project.projectId)
      .where("kind", "=", "notice.deliver")
      .execute();
    expect(notices.map((n) => JSON.parse(n.payload).notice)).toEqual(["portOutCredentialsIssued"]);
    for (const notice of notices) expect(notice.payload).not.toContain(credentials.pin);
  });

  it("the account number is stable per line and not derived from the phone number", async () => {
    const { deps, project, issue, subscription } = await setup();
    const first = await issue();
    const second = await issue();
    expect(second.credentials.accountNumber).toBe(first.credentials.accountNumber);
    const other = await makeSubscription(deps, project);
    expect(other.subscription.account_number).not.toBe(first.credentials.accountNumber);
    const phoneDigits = subscription.phone_number.replace(/\D/g, "");
    expect(phoneDigits).not.toContain(first.credentials.accountNumber);
    expect(first.credentials.accountNumber).not.toContain(phoneDigits.slice(-7));
  });

  it("new credentials invalidate the old PIN", async () => {
    const { issue, lineNow, pinMatches } = await setup();
    const first = await issue();
    const second = await issue();
    const hash = (await lineNow()).port_out_pin_hash as string;
    expect(await pinMatches(second.credentials.pin, hash)).toBe(true);
    if (second.credentials.pin !== first.credentials.pin) {
      expect(await pinMatches(first.credentials.pin, hash)).toBe(false);
    }
    const third = await issue();
    const latest = (await lineNow()).port_out_pin_hash as string;
    expect(latest).not.toBe(hash);
    expect(await pinMatches(third.credentials.pin, latest)).toBe(true);
  });

  it("following up a request that is not approved is refused", async () => {
    const { deps, project, subscription, issue } = await setup();
    const pending = await askConsent(deps, project, subscription.id, {
      type: "portOutCredentials",
    });
    await expectRefusal(
      followUpConsentRequest(deps, project.actor, project.projectId, pending.request.id),
      "consentRequestNotFulfillable",
    );
    const { request } = await issue();
    await expectRefusal(
      followUpConsentRequest(deps, project.actor, project.projectId, request.id),
      "consentRequestNotFulfillable",
    );
  });

  it("another project cannot follow up the request: it is not found", async () => {
    const { deps, project, subscription } = await setup();
    const stranger = await makeProject(deps);
    const { request, token } = await askConsent(deps, project, subscription.id, {
      type: "portOutCredentials",
    });
    await decideByToken(deps, token, "approve");
    await expectRefusal(
      followUpConsentRequest(deps, stranger.actor, stranger.projectId, request.id),
      "notFound",
    );
    expect((await requestRow(deps.db, project.projectId, request.id)).status).toBe("approved");
  });

  it("without consent, credentials are issued at once", async () => {
    const { deps, project, subscription, lineNow, pinMatches } = await setup({ consent: null });
    const result = await performAction(deps, project.actor, project.projectId, subscription.id, {
      type: "portOutCredentials",
    });
    expect(result.kind).toBe("performed");
    const credentials = result.kind === "performed" ? result.credentials : null;
    expect(credentials?.pin).toMatch(/^\d{6}$/);
    expect(
      await pinMatches(credentials?.pin ?? "", (await lineNow()).port_out_pin_hash ?? ""),
    ).toBe(true);
  });

  it("ending the line forgets its PIN", async () => {
    const { deps, project, subscription, issue, lineNow } = await setup();
    await issue();
    await endSubscription(deps, project.actor, project.projectId, subscription.id);
    expect((await lineNow()).port_out_pin_hash).toBeNull();
  });
});
