import { describe, expect, it } from "vitest";
import { decideByToken } from "../../src/services/consent-decisions.js";
import { followUpConsentRequest } from "../../src/services/consent-requests.js";
import { getSubscription } from "../../src/services/inventory.js";
import { lockLine } from "../../src/services/line-locks.js";
import { invalidateExpiredPins, verifyPortOutPin } from "../../src/services/pin-verification.js";
import { testDatabaseKinds } from "../support/databases.js";
import { defaultConsent } from "../support/factories.js";
import { askConsent, eventsAbout, projectWithLine, withDatabase } from "./use-case-support.js";

/** F4: the receiving carrier checks a transfer PIN; it is used once, and wrong guesses end it. */
describe.each(testDatabaseKinds)("port-out PIN verification on %s", (kind) => {
  const database = withDatabase(kind);
  const day = 24 * 60 * 60 * 1000;

  async function setup() {
    const { deps, project, line } = await projectWithLine(database(), {
      consent: { ...defaultConsent, portOutCooldownSeconds: 0 },
    });
    const subscriptionId = line.subscription.id;
    const phoneNumber = line.subscription.phone_number;
    const issue = async () => {
      const { request, token } = await askConsent(deps, project, subscriptionId, {
        type: "portOutCredentials",
      });
      await decideByToken(deps, token, "approve");
      const { outcome } = await followUpConsentRequest(
        deps,
        project.actor,
        project.projectId,
        request.id,
      );
      if (!outcome.ok || !outcome.credentials) throw new Error("not issued");
      return outcome.credentials;
    };
    const verify = (accountNumber: string, pin: string, number = phoneNumber) =>
      verifyPortOutPin(deps, project.actor, project.projectId, {
        phoneNumber: number,
        accountNumber,
        pin,
      }).then((r) => r.valid);
    const events = async (type: string) =>
      (await eventsAbout(deps.db, project.projectId, subscriptionId)).filter(
        (e) => e.type === type,
      );
    return { deps, project, subscriptionId, issue, verify, events };
  }

  const wrong = (pin: string) => String((Number(pin) + 1) % 1_000_000).padStart(6, "0");

  it("the right number, account number and PIN verify once; the PIN is used up (portOutCredentials.used)", async () => {
    const { issue, verify, events } = await setup();
    const credentials = await issue();
    expect(await verify(credentials.accountNumber, credentials.pin)).toBe(true);
    expect(await verify(credentials.accountNumber, credentials.pin)).toBe(false);
    expect(await events("portOutCredentials.used")).toHaveLength(1);
  });

  it("a wrong PIN, a wrong account number or an unknown number do not verify", async () => {
    const { issue, verify } = await setup();
    const credentials = await issue();
    expect(await verify(credentials.accountNumber, wrong(credentials.pin))).toBe(false);
    expect(await verify("999999999", credentials.pin)).toBe(false);
    expect(await verify(credentials.accountNumber, credentials.pin, "+15559999999")).toBe(false);
    expect(await verify(credentials.accountNumber, credentials.pin)).toBe(true);
  });

  it("five wrong PINs end the line's PIN (portOutCredentials.invalidated); the right one then fails", async () => {
    const { issue, verify, events } = await setup();
    const credentials = await issue();
    for (let i = 0; i < 5; i++) {
      expect(await verify(credentials.accountNumber, wrong(credentials.pin))).toBe(false);
    }
    expect(await verify(credentials.accountNumber, credentials.pin)).toBe(false);
    expect((await events("portOutCredentials.verificationFailed")).length).toBe(5);
    expect((await events("portOutCredentials.invalidated")).map((e) => e.data)).toEqual([
      { reason: "tooManyFailures" },
    ]);
  });

  it("four wrong PINs leave it valid, and new credentials start the count again", async () => {
    const { issue, verify } = await setup();
    const first = await issue();
    for (let i = 0; i < 4; i++) await verify(first.accountNumber, wrong(first.pin));
    const second = await issue();
    for (let i = 0; i < 4; i++) await verify(second.accountNumber, wrong(second.pin));
    expect(await verify(second.accountNumber, second.pin)).toBe(true);
  });

  it("an expired PIN does not verify, and its end is recorded", async () => {
    const { deps, issue, verify, events } = await setup();
    const credentials = await issue();
    deps.clock.advance(4 * day);
    expect(await verify(credentials.accountNumber, credentials.pin)).toBe(false);
    expect((await events("portOutCredentials.invalidated")).map((e) => e.data)).toEqual([
      { reason: "expired" },
    ]);
  });

  it("the sweep records an expired PIN's end without waiting for a check", async () => {
    const { deps, issue, verify, events } = await setup();
    const credentials = await issue();
    deps.clock.advance(4 * day - 1);
    expect(await invalidateExpiredPins(deps)).toBe(0);
    deps.clock.advance(1);
    expect(await invalidateExpiredPins(deps)).toBeGreaterThanOrEqual(1);
    expect((await events("portOutCredentials.invalidated")).map((e) => e.data)).toEqual([
      { reason: "expired" },
    ]);
    expect(await verify(credentials.accountNumber, credentials.pin)).toBe(false);
  });

  it("reissuing ends the old PIN with an event", async () => {
    const { issue, verify, events } = await setup();
    const first = await issue();
    const second = await issue();
    if (first.pin !== second.pin) expect(await verify(first.accountNumber, first.pin)).toBe(false);
    expect((await events("portOutCredentials.invalidated")).map((e) => e.data)).toEqual([
      { reason: "reissued" },
    ]);
    expect(await verify(second.accountNumber, second.pin)).toBe(true);
  });

  it("a SIM change ends the PIN", async () => {
    const { deps, project, subscriptionId, issue, verify, events } = await setup();
    const credentials = await issue();
    const { token } = await askConsent(deps, project, subscriptionId);
    await decideByToken(deps, token, "approve");
    expect(await verify(credentials.accountNumber, credentials.pin)).toBe(false);
    expect((await events("portOutCredentials.invalidated")).map((e) => e.data)).toEqual([
      { reason: "simChanged" },
    ]);
  });

  it("a port-out lock ends the PIN", async () => {
    const { deps, project, subscriptionId, issue, verify, events } = await setup();
    const credentials = await issue();
    await lockLine(deps, project.actor, project.projectId, subscriptionId, { portOut: true });
    expect(await verify(credentials.accountNumber, credentials.pin)).toBe(false);
    expect((await events("portOutCredentials.invalidated")).map((e) => e.data)).toEqual([
      { reason: "portOutLocked" },
    ]);
    const line = await getSubscription(deps.db, project.projectId, subscriptionId);
    expect(line.port_out_pin_hash).toBeNull();
  });

  it("two checks of the right PIN at once: exactly one verifies", async () => {
    const { issue, verify } = await setup();
    const credentials = await issue();
    const results = await Promise.all([
      verify(credentials.accountNumber, credentials.pin),
      verify(credentials.accountNumber, credentials.pin),
      verify(credentials.accountNumber, credentials.pin),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it("no event holds the PIN or the full phone number", async () => {
    const { deps, project, subscriptionId, issue, verify } = await setup();
    const credentials = await issue();
    await verify(credentials.accountNumber, wrong(credentials.pin));
    await verify(credentials.accountNumber, credentials.pin);
    const line = await getSubscription(deps.db, project.projectId, subscriptionId);
    for (const event of await eventsAbout(deps.db, project.projectId, subscriptionId)) {
      const text = JSON.stringify(event.data);
      expect(text).not.toContain(credentials.pin);
      expect(text).not.toContain(line.phone_number);
    }
  });
});
