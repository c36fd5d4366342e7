import { describe, expect, it } from "vitest";
import { listOutboxMessages } from "../../src/delivery/outbox.js";
import { performAction, resendConsentRequest } from "../../src/services/consent-requests.js";
import { createUser, getSubscription, updateUser } from "../../src/services/inventory.js";
import { jobsOf, runUntilIdle, transportsFor, workerFor } from "../delivery/support.js";
import { testDatabaseKinds } from "../support/databases.js";
import { defaultConsent, makeProject, makeSubscription } from "../support/factories.js";
import {
  askConsent,
  eventsAbout,
  expectRefusal,
  projectWithLine,
  withDatabase,
} from "./use-case-support.js";

/**
 * T1: a contact change is recorded and told to the previous address, and for a while the changed
 * contact gets no consent link — the SIM-swap fraud that starts with "please update my email".
 */
describe.each(testDatabaseKinds)("contact changes on %s", (kind) => {
  const database = withDatabase(kind);
  const hour = 60 * 60 * 1000;

  async function setup(settings: Parameters<typeof makeProject>[1] = {}) {
    const { deps, project, line } = await projectWithLine(database(), settings);
    return { deps, project, ...line };
  }

  /** Runs the delivery worker on the demo transports and answers every message kept. */
  async function keptMessages(deps: Awaited<ReturnType<typeof setup>>["deps"], projectId: string) {
    const transports = transportsFor(deps);
    await runUntilIdle(workerFor(deps, transports));
    await transports.close();
    const page = await listOutboxMessages(
      deps.db,
      deps.sealer,
      [projectId],
      ["email", "sms"],
      { limit: 200 },
      (row) => row,
    );
    return page.items.reverse();
  }

  it("changing the email records user.contactChanged with both values masked", async () => {
    const { deps, project, user } = await setup();
    const previous = user.email as string;
    await updateUser(deps, project.actor, project.projectId, user.id, {
      email: "mallory@evil.example",
    });

    const changes = (await eventsAbout(deps.db, project.projectId, user.id)).filter(
      (e) => e.type === "user.contactChanged",
    );
    expect(changes).toHaveLength(1);
    expect(changes[0]?.data).toEqual({
      field: "email",
      previous: `${previous[0]}•••@example.com`,
      new: "m•••@evil.example",
    });
    expect(JSON.stringify(changes[0])).not.toContain(previous);
    expect(JSON.stringify(changes[0])).not.toContain("mallory@evil.example");
  });

  it("tells the previous address what changed and whom to contact, and forgets that address once told", async () => {
    const { deps, project, user } = await setup();
    const previous = user.email as string;
    await updateUser(deps, project.actor, project.projectId, user.id, {
      email: "mallory@evil.example",
    });

    const messages = await keptMessages(deps, project.projectId);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({
      recipient: previous,
      subject: "The email address of your account was changed",
      link: null,
    });
    expect(messages[0]?.text).toContain("from j•••@example.com to m•••@evil.example");
    expect(messages[0]?.text).toContain("If this was not you, contact Acme Mobile support");
    const [job] = await jobsOf(deps, "notice.deliver");
    expect(job?.status).toBe("done");
    expect(job?.payload).not.toContain(previous);
  });

  it("tells the previous address in the user's language when the address is removed", async () => {
    const deps = (await setup()).deps;
    const project = await makeProject(deps);
    const { user } = await makeSubscription(deps, project, { locale: "de" });
    await updateUser(deps, project.actor, project.projectId, user.id, { email: null });

    const [message] = (await keptMessages(deps, project.projectId)).filter(
      (m) => m.recipient === user.email,
    );
    expect(message?.subject).toBe("Die E-Mail-Adresse Ihres Kontos wurde geändert");
    expect(message?.text).toContain("entfernt");
  });

  it("a project that sends no email records the change but sends no email about it", async () => {
    const { deps, project, user } = await setup({ emailEnabled: false });
    await updateUser(deps, project.actor, project.projectId, user.id, { email: "new@example.com" });

    const types = (await eventsAbout(deps.db, project.projectId, user.id)).map((e) => e.type);
    expect(types).toContain("user.contactChanged");
    const notices = (await jobsOf(deps, "notice.deliver")).filter(
      (job) => job.project_id === project.projectId,
    );
    expect(notices).toEqual([]);
  });

  it("setting an email where there was none is a change, with no one to tell", async () => {
    const { deps, project } = await setup();
    const { user } = await makeSubscription(deps, project, { email: null });
    const before = await jobsOf(deps, "notice.deliver");
    await updateUser(deps, project.actor, project.projectId, user.id, { email: "new@example.com" });

    const changes = (await eventsAbout(deps.db, project.projectId, user.id)).filter(
      (e) => e.type === "user.contactChanged",
    );
    expect(changes.map((e) => e.data)).toEqual([
      { field: "email", previous: null, new: "n•••@example.com" },
    ]);
    expect(await jobsOf(deps, "notice.deliver")).toHaveLength(before.length);
  });

  it("an email given at creation, or patched to the same value, is not a change", async () => {
    const { deps, project } = await setup();
    const user = await createUser(deps, project.actor, project.projectId, {
      fullName: "Ann Lee",
      email: "ann@example.com",
    });
    await updateUser(deps, project.actor, project.projectId, user.id, {
      email: "ann@example.com",
      fullName: "Ann Lee-Smith",
    });
    const types = (await eventsAbout(deps.db, project.projectId, user.id)).map((e) => e.type);
    expect(types).not.toContain("user.contactChanged");
    const row = await deps.db
      .selectFrom("users")
      .select("email_changed_at")
      .where("id", "=", user.id)
      .executeTakeFirstOrThrow();
    expect(row.email_changed_at).toBeNull();
  });

  describe("the attack, step by step", () => {
    it("support changes the email and asks for a SIM replacement: the link does not go to the new address", async () => {
      const { deps, project, user, subscription } = await setup();
      // 1. A caller talks support into changing the account's email to theirs.
      await updateUser(deps, project.actor, project.projectId, user.id, {
        email: "mallory@evil.example",
      });
      // 2. Support asks for a SIM replacement without naming a delivery method.
      const { request } = await askConsent(deps, project, subscription.id);
      // 3. The link goes by SMS to the line itself, not to the new address.
      expect(request).toMatchObject({
        delivery_method: "sms",
        recipient: subscription.phone_number,
      });
      const messages = await keptMessages(deps, project.projectId);
      expect(messages.filter((m) => m.recipient === "mallory@evil.example")).toEqual([]);
      expect(messages.find((m) => m.link !== null)?.recipient).toBe(subscription.phone_number);
    });

    it("naming email while the change is recent is refused with consentUnavailable, saying why", async () => {
      const { deps, project, user, subscription } = await setup();
      await updateUser(deps, project.actor, project.projectId, user.id, {
        email: "mallory@evil.example",
      });
      const error = await expectRefusal(
        askConsent(deps, project, subscription.id, undefined, "email"),
        "consentUnavailable",
      );
      expect(error.message).toMatch(/changed recently/);
      expect(error.details).toEqual([
        {
          path: "user.email",
          message: expect.stringContaining(new Date(deps.clock.now() + 24 * hour).toISOString()),
        },
      ]);
    });

    it("with email the only method, the request is refused rather than sent to the new address", async () => {
      const { deps, project, user, subscription } = await setup({
        consent: { ...defaultConsent, deliveryMethods: ["email"], whenUnavailable: "refuse" },
      });
      await updateUser(deps, project.actor, project.projectId, user.id, {
        email: "mallory@evil.example",
      });
      await expectRefusal(askConsent(deps, project, subscription.id), "consentUnavailable");
    });

    it("email set to null under performDirectly: 409, and nothing runs", async () => {
      const { deps, project, user, subscription } = await setup({
        consent: {
          ...defaultConsent,
          deliveryMethods: ["email"],
          whenUnavailable: "performDirectly",
        },
      });
      await updateUser(deps, project.actor, project.projectId, user.id, { email: null });
      await expectRefusal(
        performAction(deps, project.actor, project.projectId, subscription.id, {
          type: "simReplacement",
          sim: "auto",
        }),
        "consentUnavailable",
      );
      const line = await getSubscription(deps.db, project.projectId, subscription.id);
      expect(line.sim_id).toBe(subscription.sim_id);
      const types = (await eventsAbout(deps.db, project.projectId, subscription.id)).map(
        (e) => e.type,
      );
      expect(types).not.toContain("subscription.simReplaced");
      const requests = await deps.db
        .selectFrom("consent_requests")
        .select("id")
        .where("subscription_id", "=", subscription.id)
        .execute();
      expect(requests).toEqual([]);
    });

    it("resending an earlier request by email after the change is refused", async () => {
      const { deps, project, user, subscription } = await setup();
      const { request } = await askConsent(deps, project, subscription.id);
      await updateUser(deps, project.actor, project.projectId, user.id, {
        email: "mallory@evil.example",
      });
      await expectRefusal(
        resendConsentRequest(deps, project.actor, project.projectId, request.id, {
          deliveryMethod: "email",
        }),
        "consentUnavailable",
      );
    });
  });

  it("once the project's hold has passed, the new address receives links again", async () => {
    const { deps, project, user, subscription } = await setup({
      consent: { ...defaultConsent, contactChangeHoldSeconds: 3600 },
    });
    await updateUser(deps, project.actor, project.projectId, user.id, { email: "new@example.com" });
    deps.clock.advance(hour - 1);
    expect((await askConsent(deps, project, subscription.id)).request.delivery_method).toBe("sms");
    deps.clock.advance(1);
    const { request } = await askConsent(deps, project, subscription.id);
    expect(request).toMatchObject({ delivery_method: "email", recipient: "new@example.com" });
  });

  it("a project without consent tells the line by SMS, not the new address, what was done right after a change", async () => {
    const { deps, project, user, subscription } = await setup({ consent: null });
    await updateUser(deps, project.actor, project.projectId, user.id, {
      email: "mallory@evil.example",
    });
    await performAction(deps, project.actor, project.projectId, subscription.id, {
      type: "simReplacement",
      sim: "auto",
    });
    const notices = (await jobsOf(deps, "notice.deliver"))
      .filter((job) => job.project_id === project.projectId)
      .map((job) => JSON.parse(job.payload) as { notice: string; deliveryMethod: string });
    expect(notices.find((n) => n.notice === "simReplaced")?.deliveryMethod).toBe("sms");
  });

  it("a project without consent still runs actions at once after a change", async () => {
    const { deps, project, user, subscription } = await setup({ consent: null });
    await updateUser(deps, project.actor, project.projectId, user.id, { email: null });
    const result = await performAction(deps, project.actor, project.projectId, subscription.id, {
      type: "simReplacement",
      sim: "auto",
    });
    expect(result.kind).toBe("performed");
  });
});
