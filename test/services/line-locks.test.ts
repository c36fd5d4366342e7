import { describe, expect, it } from "vitest";
import { decideByToken } from "../../src/services/consent-decisions.js";
import {
  followUpConsentRequest,
  performAction,
  resendConsentRequest,
} from "../../src/services/consent-requests.js";
import { getSubscription } from "../../src/services/inventory.js";
import { lockLine, overrideUnlock } from "../../src/services/line-locks.js";
import { testDatabaseKinds } from "../support/databases.js";
import type { makeProject } from "../support/factories.js";
import {
  askConsent,
  eventsAbout,
  expectRefusal,
  projectWithLine,
  requestRow,
  withDatabase,
} from "./use-case-support.js";

/** F1: line locks refuse the locked actions, consent or not, and come off only with consent. */
describe.each(testDatabaseKinds)("line locks on %s", (kind) => {
  const database = withDatabase(kind);

  async function setup(settings: Parameters<typeof makeProject>[1] = {}) {
    const { deps, project, line } = await projectWithLine(database(), settings);
    const subscriptionId = line.subscription.id;
    const lineNow = () => getSubscription(deps.db, project.projectId, subscriptionId);
    const lock = (change: { simChange?: boolean; portOut?: boolean }) =>
      lockLine(deps, project.actor, project.projectId, subscriptionId, change);
    return { deps, project, subscriptionId, lineNow, lock };
  }

  it("a new line has no locks", async () => {
    const { lineNow } = await setup();
    expect(await lineNow()).toMatchObject({ lock_sim_change: 0, lock_port_out: 0 });
  });

  it("a SIM change lock refuses SIM replacements and provider changes with lineLocked, with consent or without", async () => {
    for (const consent of [undefined, null]) {
      const { deps, project, subscriptionId, lineNow, lock } = await setup(
        consent === null ? { consent: null } : {},
      );
      await lock({ simChange: true });
      const before = await lineNow();
      for (const input of [
        { type: "simReplacement", sim: "auto" } as const,
        { type: "providerChange", provider: "p9" } as const,
      ]) {
        await expectRefusal(
          performAction(deps, project.actor, project.projectId, subscriptionId, input),
          "lineLocked",
        );
      }
      expect(await lineNow()).toEqual(before);
    }
  });

  it("a SIM change lock leaves port-out alone, and a port-out lock refuses port-out only", async () => {
    const { deps, project, subscriptionId, lock } = await setup();
    await lock({ simChange: true });
    await askConsent(deps, project, subscriptionId, { type: "portOutCredentials" });
    await lock({ portOut: true });
    await expectRefusal(
      performAction(deps, project.actor, project.projectId, subscriptionId, {
        type: "portOutCredentials",
      }),
      "lineLocked",
    );
  });

  it("locking records subscription.locked with the locks it set", async () => {
    const { deps, project, subscriptionId, lock } = await setup();
    await lock({ portOut: true });
    const events = await eventsAbout(deps.db, project.projectId, subscriptionId);
    expect(events.filter((e) => e.type === "subscription.locked").map((e) => e.data)).toEqual([
      { simChange: false, portOut: true },
    ]);
  });

  it("an approval given after the lock was set does not change the line; the request stays approved with lineLocked", async () => {
    const { deps, project, subscriptionId, lineNow, lock } = await setup();
    const { request, token } = await askConsent(deps, project, subscriptionId);
    await lock({ simChange: true });
    const before = await lineNow();
    const result = await decideByToken(deps, token, "approve");
    expect(result?.outcome).toBe("fulfillmentFailed");
    expect(await lineNow()).toEqual(before);
    const row = await requestRow(deps.db, project.projectId, request.id);
    expect(row.status).toBe("approved");
    expect(JSON.parse(row.fulfillment_error as string)).toMatchObject({ code: "lineLocked" });
  });

  it("a port-out approved before a port-out lock issues no credentials at follow-up", async () => {
    const { deps, project, subscriptionId, lineNow, lock } = await setup();
    const { request, token } = await askConsent(deps, project, subscriptionId, {
      type: "portOutCredentials",
    });
    await decideByToken(deps, token, "approve");
    await lock({ portOut: true });
    const { outcome } = await followUpConsentRequest(
      deps,
      project.actor,
      project.projectId,
      request.id,
    );
    expect(outcome).toMatchObject({ ok: false, code: "lineLocked" });
    expect((await lineNow()).port_out_pin_hash).toBeNull();
  });

  it("a resend of a request of a locked type is refused with lineLocked", async () => {
    const { deps, project, subscriptionId, lock } = await setup();
    const { request } = await askConsent(deps, project, subscriptionId);
    await lock({ simChange: true });
    await expectRefusal(
      resendConsentRequest(deps, project.actor, project.projectId, request.id, {}),
      "lineLocked",
    );
  });

  it("removing a lock asks the subscriber with a lockRemoval request; approving it removes the named locks", async () => {
    const { deps, project, subscriptionId, lineNow, lock } = await setup();
    await lock({ simChange: true, portOut: true });
    const { request, token } = await askConsent(deps, project, subscriptionId, {
      type: "lockRemoval",
      simChange: true,
      portOut: false,
    });
    expect(request).toMatchObject({ type: "lockRemoval", status: "pending" });
    expect(JSON.parse(request.details)).toEqual({ simChange: true, portOut: false });
    expect(await lineNow()).toMatchObject({ lock_sim_change: 1, lock_port_out: 1 });

    const result = await decideByToken(deps, token, "approve");
    expect(result?.outcome).toBe("fulfilled");
    expect(await lineNow()).toMatchObject({ lock_sim_change: 0, lock_port_out: 1 });
    const unlocked = (await eventsAbout(deps.db, project.projectId, subscriptionId)).filter(
      (e) => e.type === "subscription.unlocked",
    );
    expect(unlocked.map((e) => e.data)).toEqual([
      { simChange: true, portOut: false, consentRequest: request.id },
    ]);
  });

  it("a declined lockRemoval leaves the locks on", async () => {
    const { deps, project, subscriptionId, lineNow, lock } = await setup();
    await lock({ portOut: true });
    const { token } = await askConsent(deps, project, subscriptionId, {
      type: "lockRemoval",
      simChange: false,
      portOut: true,
    });
    await decideByToken(deps, token, "decline");
    expect((await lineNow()).lock_port_out).toBe(1);
  });

  it("asking to remove a lock the line does not have is refused", async () => {
    const { deps, project, subscriptionId } = await setup();
    await expectRefusal(
      performAction(deps, project.actor, project.projectId, subscriptionId, {
        type: "lockRemoval",
        simChange: true,
        portOut: false,
      }),
      "conflict",
    );
  });

  it("without consent a lock is not removed directly, even when actions run at once", async () => {
    const { deps, project, subscriptionId, lineNow, lock } = await setup({ consent: null });
    await lock({ simChange: true });
    await expectRefusal(
      performAction(deps, project.actor, project.projectId, subscriptionId, {
        type: "lockRemoval",
        simChange: true,
        portOut: false,
      }),
      "consentUnavailable",
    );
    expect((await lineNow()).lock_sim_change).toBe(1);
  });

  it("an override removes the locks at once and records its reason", async () => {
    const { deps, project, subscriptionId, lineNow, lock } = await setup();
    await lock({ simChange: true, portOut: true });
    await overrideUnlock(deps, project.actor, project.projectId, subscriptionId, {
      simChange: true,
      portOut: true,
      reason: "Customer verified in store with ID",
    });
    expect(await lineNow()).toMatchObject({ lock_sim_change: 0, lock_port_out: 0 });
    const events = await eventsAbout(deps.db, project.projectId, subscriptionId);
    expect(events.find((e) => e.type === "subscription.unlocked")?.data).toEqual({
      simChange: true,
      portOut: true,
      override: true,
      reason: "Customer verified in store with ID",
    });
  });
});
