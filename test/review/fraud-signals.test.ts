import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { supportedLocales } from "../../src/domain/formats.js";
import { messagesFor } from "../../src/review/messages.js";
import { lockLine } from "../../src/services/line-locks.js";
import { runUntilIdle, transportsFor, workerFor } from "../delivery/support.js";
import { freshDatabase, testDatabaseKinds } from "../support/databases.js";
import { makeMember, testDeps } from "../support/factories.js";
import {
  decide,
  formTokenOf,
  freshAddress,
  pendingLink,
  postDecision,
  requestRow,
  reviewApp,
  textOf,
} from "./support.js";

/**
 * F2: "I did not ask for this" flags the line, tells the owners, and offers the subscriber to
 * lock the line on the page that confirms it; F1: a lock removal has its own words on the page.
 */
describe.each(testDatabaseKinds)("fraud signals on the review page on %s", (kind) => {
  let handle: Awaited<ReturnType<typeof freshDatabase>>;
  beforeAll(async () => {
    handle = await freshDatabase(kind);
  });
  afterAll(async () => handle.close());

  const lineOf = (deps: ReturnType<typeof testDeps>, id: string) =>
    deps.db.selectFrom("subscriptions").selectAll().where("id", "=", id).executeTakeFirstOrThrow();

  it("a decline flags the line and records fraud.suspected naming the request and who asked", async () => {
    const deps = testDeps(handle);
    const app = await reviewApp(deps);
    const link = await pendingLink(deps);
    await decide(app, link.token, "decline");

    expect((await lineOf(deps, link.subscriptionId)).flagged_at).toBe(deps.clock.now());
    const events = await deps.db
      .selectFrom("events")
      .selectAll()
      .where("subject", "=", link.subscriptionId)
      .where("type", "=", "fraud.suspected")
      .execute();
    expect(events.map((e) => ({ actor: e.actor_type, data: JSON.parse(e.data) }))).toEqual([
      {
        actor: "user",
        data: {
          consentRequest: link.requestId,
          type: "simReplacement",
          requestedBy: { type: "apiKey", id: link.project.actor.id },
        },
      },
    ]);
    await app.close();
  });

  it("a decline enqueues a notice by email to each owner of the project, and to nobody else", async () => {
    const deps = testDeps(handle);
    const app = await reviewApp(deps);
    const link = await pendingLink(deps);
    const owner = await makeMember(deps, link.project.projectId, "owner");
    await makeMember(deps, link.project.projectId, "support");
    await decide(app, link.token, "decline");
    const jobs = await deps.db
      .selectFrom("jobs")
      .select(["payload"])
      .where("project_id", "=", link.project.projectId)
      .where("kind", "=", "fraud.declinedNotice")
      .execute();
    expect(jobs.map((j) => JSON.parse(j.payload))).toEqual([
      { consentRequestId: link.requestId, memberId: owner.memberId },
    ]);
    await app.close();
  });

  it("the owners' notice goes out by email through the worker, naming the request and the masked line", async () => {
    const deps = testDeps(handle);
    const app = await reviewApp(deps);
    const link = await pendingLink(deps, { type: "simReplacement", sim: "auto" });
    const owner = await makeMember(deps, link.project.projectId, "owner");
    await decide(app, link.token, "decline");
    const worker = workerFor(deps, transportsFor(deps));
    await runUntilIdle(worker);
    const notice = await deps.db
      .selectFrom("jobs")
      .select(["status"])
      .where("project_id", "=", link.project.projectId)
      .where("kind", "=", "fraud.declinedNotice")
      .executeTakeFirstOrThrow();
    expect(notice.status).toBe("done");
    const mail = await deps.db
      .selectFrom("outbox_messages")
      .select(["recipient"])
      .where("project_id", "=", link.project.projectId)
      .where("consent_request_id", "is", null)
      .execute();
    expect(mail.map((m) => m.recipient)).toEqual([owner.email]);
    await worker.stop();
    await app.close();
  });

  it("an approval neither flags the line nor tells the owners", async () => {
    const deps = testDeps(handle);
    const app = await reviewApp(deps);
    const link = await pendingLink(deps);
    await decide(app, link.token, "approve");
    expect((await lineOf(deps, link.subscriptionId)).flagged_at).toBeNull();
    await app.close();
  });

  it("the decline confirmation offers to lock the line; the form post locks it against SIM changes and port-out, as the user", async () => {
    const deps = testDeps(handle);
    const app = await reviewApp(deps);
    const link = await pendingLink(deps);
    const address = freshAddress();
    const declined = await decide(app, link.token, "decline", address);
    expect(textOf(declined.body)).toContain(messagesFor("en").lockOffer.text);
    expect(declined.body).toContain('name="decision" value="lock"');

    const res = await postDecision(
      app,
      link.token,
      { decision: "lock", formToken: formTokenOf(declined.body) },
      { address },
    );
    expect(res.statusCode).toBe(200);
    expect(textOf(res.body)).toContain("Your line is locked");
    expect(await lineOf(deps, link.subscriptionId)).toMatchObject({
      lock_sim_change: 1,
      lock_port_out: 1,
    });
    const locked = await deps.db
      .selectFrom("events")
      .selectAll()
      .where("subject", "=", link.subscriptionId)
      .where("type", "=", "subscription.locked")
      .executeTakeFirstOrThrow();
    expect(locked.actor_type).toBe("user");
    expect(JSON.parse(locked.data)).toMatchObject({ consentRequest: link.requestId });
    await app.close();
  });

  it("the lock post needs the page's anti-forgery value", async () => {
    const deps = testDeps(handle);
    const app = await reviewApp(deps);
    const link = await pendingLink(deps);
    await decide(app, link.token, "decline");
    const res = await postDecision(app, link.token, { decision: "lock", formToken: "forged" });
    expect(res.statusCode).toBe(403);
    expect((await lineOf(deps, link.subscriptionId)).lock_sim_change).toBe(0);
    await app.close();
  });

  it("a link that was not declined cannot lock the line", async () => {
    const deps = testDeps(handle);
    const app = await reviewApp(deps);
    const link = await pendingLink(deps);
    const page = await app.inject({ method: "GET", url: `/consent/${link.token}` });
    const res = await postDecision(app, link.token, {
      decision: "lock",
      formToken: formTokenOf(page.body),
    });
    expect(res.statusCode).toBe(409);
    expect((await lineOf(deps, link.subscriptionId)).lock_sim_change).toBe(0);
    expect((await requestRow(deps, link.requestId)).status).toBe("pending");
    await app.close();
  });

  it("coming back to a declined link offers the lock again until the line is locked", async () => {
    const deps = testDeps(handle);
    const app = await reviewApp(deps);
    const link = await pendingLink(deps);
    await decide(app, link.token, "decline");
    const again = await app.inject({ method: "GET", url: `/consent/${link.token}` });
    expect(again.body).toContain('value="lock"');
    await lockLine(deps, link.project.actor, link.project.projectId, link.subscriptionId, {
      simChange: true,
      portOut: true,
    });
    const locked = await app.inject({ method: "GET", url: `/consent/${link.token}` });
    expect(locked.body).not.toContain('value="lock"');
    await app.close();
  });

  it.each(supportedLocales)(
    "in %s, a lock removal request describes itself on the page, and the decline page offers the lock in the same language",
    async (locale) => {
      const deps = testDeps(handle);
      const app = await reviewApp(deps);
      const m = messagesFor(locale);
      const seed = await pendingLink(deps, { type: "portOutCredentials" }, { locale });
      await lockLine(deps, seed.project.actor, seed.project.projectId, seed.subscriptionId, {
        portOut: true,
      });
      const { performAction } = await import("../../src/services/consent-requests.js");
      const removal = await performAction(
        deps,
        seed.project.actor,
        seed.project.projectId,
        seed.subscriptionId,
        { type: "lockRemoval", simChange: false, portOut: true, deliveryMethod: "email" },
      );
      if (removal.kind !== "consentRequest") throw new Error("expected a request");
      const page = await app.inject({ method: "GET", url: `/consent/${removal.linkToken}` });
      const text = textOf(page.body);
      expect(text).toContain(textOf(m.pending.intro.lockRemoval("Acme Mobile")));
      expect(text).toContain(textOf(m.pending.effect.lockRemoval));

      const declined = await decide(app, removal.linkToken, "decline");
      expect(textOf(declined.body)).toContain(textOf(m.lockOffer.button));
      await app.close();
    },
  );
});
