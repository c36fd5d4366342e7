import { describe, expect, it } from "vitest";
import { decideByToken } from "../../src/services/consent-decisions.js";
import { followUpConsentRequest, performAction } from "../../src/services/consent-requests.js";
import { updateUser } from "../../src/services/inventory.js";
import { testDatabaseKinds } from "../support/databases.js";
import { defaultConsent, type makeProject } from "../support/factories.js";
import { askConsent, expectRefusal, projectWithLine, withDatabase } from "./use-case-support.js";

/** F3: no port-out credentials for a while after the line's SIM, provider or contact changed. */
describe.each(testDatabaseKinds)("the port-out cooldown on %s", (kind) => {
  const database = withDatabase(kind);
  const hour = 60 * 60 * 1000;

  async function setup(settings: Parameters<typeof makeProject>[1] = {}) {
    const { deps, project, line } = await projectWithLine(database(), settings);
    const subscriptionId = line.subscription.id;
    const askPortOut = () =>
      performAction(deps, project.actor, project.projectId, subscriptionId, {
        type: "portOutCredentials",
      });
    /** A SIM replacement the subscriber approves, carried out now. */
    const replaceSim = async () => {
      const { token } = await askConsent(deps, project, subscriptionId);
      expect((await decideByToken(deps, token, "approve"))?.outcome).toBe("fulfilled");
    };
    return { deps, project, line, subscriptionId, askPortOut, replaceSim };
  }

  it("port-out is refused for 24 hours after a SIM replacement, with cooldownActive and the time it ends", async () => {
    const { deps, askPortOut, replaceSim } = await setup();
    await replaceSim();
    const endsAt = new Date(deps.clock.now() + 24 * hour).toISOString();
    deps.clock.advance(23 * hour);
    const error = await expectRefusal(askPortOut(), "cooldownActive");
    expect(error.details).toEqual([{ path: "cooldownEndsAt", message: endsAt }]);
    expect(error.message).toContain(endsAt);
    deps.clock.advance(hour);
    expect((await askPortOut()).kind).toBe("consentRequest");
  });

  it("a provider change starts the cooldown too", async () => {
    const { deps, project, subscriptionId, askPortOut } = await setup();
    const { token } = await askConsent(deps, project, subscriptionId, {
      type: "providerChange",
      provider: "p9",
    });
    await decideByToken(deps, token, "approve");
    await expectRefusal(askPortOut(), "cooldownActive");
  });

  it("a change of the user's email starts the cooldown too", async () => {
    const { deps, project, line, askPortOut } = await setup();
    await updateUser(deps, project.actor, project.projectId, line.user.id, {
      email: "someone.else@example.com",
    });
    await expectRefusal(askPortOut(), "cooldownActive");
  });

  it("the project sets the cooldown; 0 turns it off", async () => {
    const short = await setup({ consent: { ...defaultConsent, portOutCooldownSeconds: 3600 } });
    await short.replaceSim();
    short.deps.clock.advance(hour);
    expect((await short.askPortOut()).kind).toBe("consentRequest");

    const none = await setup({ consent: { ...defaultConsent, portOutCooldownSeconds: 0 } });
    await none.replaceSim();
    expect((await none.askPortOut()).kind).toBe("consentRequest");
  });

  it("a port-out approved before a SIM change issues no credentials during the cooldown", async () => {
    const { deps, project, subscriptionId, replaceSim } = await setup();
    const { request, token } = await askConsent(deps, project, subscriptionId, {
      type: "portOutCredentials",
    });
    await decideByToken(deps, token, "approve");
    await replaceSim();
    const { outcome } = await followUpConsentRequest(
      deps,
      project.actor,
      project.projectId,
      request.id,
    );
    expect(outcome).toMatchObject({ ok: false, code: "cooldownActive" });
  });

  it("without consent the cooldown holds as well", async () => {
    const { deps, project, subscriptionId, askPortOut } = await setup({ consent: null });
    await performAction(deps, project.actor, project.projectId, subscriptionId, {
      type: "simReplacement",
      sim: "auto",
    });
    await expectRefusal(askPortOut(), "cooldownActive");
  });
});
