import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cancelConsentRequest } from "../../src/services/consent-requests.js";
import { freshDatabase, testDatabaseKinds } from "../support/databases.js";
import { makeSim, testDeps } from "../support/factories.js";
import {
  decide,
  eventTypesOf,
  formTokenOf,
  freshAddress,
  pendingLink,
  postDecision,
  requestRow,
  reviewApp,
  textOf,
} from "./support.js";

describe.each(testDatabaseKinds)("decisions on the review page on %s", (kind) => {
  let handle: Awaited<ReturnType<typeof freshDatabase>>;
  beforeAll(async () => {
    handle = await freshDatabase(kind);
  });
  afterAll(async () => handle.close());

  it("approving a SIM replacement carries it out and confirms it is done", async () => {
    const deps = testDeps(handle);
    const app = await reviewApp(deps);
    const link = await pendingLink(deps, { type: "simReplacement", sim: "auto" });

    const res = await decide(app, link.token, "approve");

    expect(res.statusCode).toBe(200);
    const text = textOf(res.body);
    expect(text).toContain("Thank you");
    expect(text).toContain("Your SIM card has been replaced.");
    expect((await requestRow(deps, link.requestId)).status).toBe("fulfilled");
    expect(await eventTypesOf(deps, link.requestId)).toEqual([
      "consentRequest.approved",
      "consentRequest.created",
      "consentRequest.fulfilled",
      "consentRequest.opened",
    ]);
    await app.close();
  });

  it("approving a provider change moves the line and confirms it", async () => {
    const deps = testDeps(handle);
    const app = await reviewApp(deps);
    const link = await pendingLink(deps, { type: "providerChange", provider: "p9", sim: "auto" });

    const res = await decide(app, link.token, "approve");

    expect(textOf(res.body)).toContain("Your line has moved to the new network.");
    const subscription = await deps.db
      .selectFrom("subscriptions")
      .select("provider")
      .where("id", "=", link.subscriptionId)
      .executeTakeFirstOrThrow();
    expect(subscription.provider).toBe("p9");
    expect((await requestRow(deps, link.requestId)).status).toBe("fulfilled");
    await app.close();
  });

  it("approving port-out credentials waits for support, who will share the account number and PIN", async () => {
    const deps = testDeps(handle);
    const app = await reviewApp(deps);
    const link = await pendingLink(deps, { type: "portOutCredentials" });

    const res = await decide(app, link.token, "approve");

    expect(textOf(res.body)).toContain(
      "Our support team will share your account number and PIN with you.",
    );
    expect((await requestRow(deps, link.requestId)).status).toBe("approved");
    const subscription = await deps.db
      .selectFrom("subscriptions")
      .select("port_out_pin_hash")
      .where("id", "=", link.subscriptionId)
      .executeTakeFirstOrThrow();
    expect(subscription.port_out_pin_hash).toBeNull();
    await app.close();
  });

  it("an approval that cannot be carried out stays approved and says support will finish it", async () => {
    const deps = testDeps(handle);
    const app = await reviewApp(deps);
    const first = await pendingLink(deps);
    const sim = await makeSim(deps, first.project);
    const link = await pendingLink(
      deps,
      { type: "simReplacement", sim: sim.id },
      { project: first.project },
    );
    await deps.db.updateTable("sims").set({ status: "retired" }).where("id", "=", sim.id).execute();

    const res = await decide(app, link.token, "approve");

    expect(textOf(res.body)).toContain("Our support team will finish it and contact you.");
    const row = await requestRow(deps, link.requestId);
    expect(row.status).toBe("approved");
    expect(row.fulfillment_error).not.toBeNull();
    await app.close();
  });

  it("declining records the decline and tells the user to contact the brand", async () => {
    const deps = testDeps(handle);
    const app = await reviewApp(deps);
    const link = await pendingLink(deps);

    const res = await decide(app, link.token, "decline");

    expect(res.statusCode).toBe(200);
    const text = textOf(res.body);
    expect(text).toContain("Thank you for telling us");
    expect(text).toContain("Please contact Acme Mobile support");
    expect((await requestRow(deps, link.requestId)).status).toBe("declined");
    const declined = await deps.db
      .selectFrom("events")
      .selectAll()
      .where("subject", "=", link.requestId)
      .where("type", "=", "consentRequest.declined")
      .execute();
    expect(declined).toHaveLength(1);
    expect(declined[0]).toMatchObject({ actor_type: "user", actor_id: link.userId });
    await app.close();
  });

  it("posting the form again after approving changes nothing and says it was already approved", async () => {
    const deps = testDeps(handle);
    const app = await reviewApp(deps);
    const link = await pendingLink(deps);
    const page = await app.inject({ method: "GET", url: `/consent/${link.token}` });
    const fields = { decision: "approve", formToken: formTokenOf(page.body) };

    await postDecision(app, link.token, fields);
    const again = await postDecision(app, link.token, fields);
    const decline = await postDecision(app, link.token, { ...fields, decision: "decline" });

    expect(textOf(again.body)).toContain("You already approved this request");
    expect(textOf(decline.body)).toContain("You already approved this request");
    expect((await requestRow(deps, link.requestId)).status).toBe("fulfilled");
    const types = await eventTypesOf(deps, link.requestId);
    expect(types.filter((t) => t === "consentRequest.approved")).toHaveLength(1);
    expect(types.filter((t) => t === "consentRequest.fulfilled")).toHaveLength(1);
    await app.close();
  });

  it("two approvals at once carry the action out once", async () => {
    const deps = testDeps(handle);
    const app = await reviewApp(deps);
    const link = await pendingLink(deps);
    const page = await app.inject({ method: "GET", url: `/consent/${link.token}` });
    const fields = { decision: "approve", formToken: formTokenOf(page.body) };

    const answers = await Promise.all(
      Array.from({ length: 4 }, () => postDecision(app, link.token, fields)),
    );

    const texts = answers.map((answer) => textOf(answer.body));
    expect(texts.filter((t) => t.includes("You approved this request."))).toHaveLength(1);
    expect(texts.filter((t) => t.includes("You already approved this request"))).toHaveLength(3);
    const replaced = await deps.db
      .selectFrom("events")
      .select("id")
      .where("subject", "=", link.subscriptionId)
      .where("type", "=", "subscription.simReplaced")
      .execute();
    expect(replaced).toHaveLength(1);
    await app.close();
  });

  describe("a post that did not come from the page is refused and changes nothing", () => {
    const cases: {
      name: string;
      fields: (own: string, other: string) => Record<string, string>;
      headers?: Record<string, string>;
    }[] = [
      { name: "without the anti-forgery value", fields: () => ({ decision: "approve" }) },
      {
        name: "with a made-up anti-forgery value",
        fields: () => ({ decision: "approve", formToken: "abc.def.ghi" }),
      },
      {
        name: "with the anti-forgery value of another link's page",
        fields: (_own, other) => ({ decision: "approve", formToken: other }),
      },
      {
        name: "from another site",
        fields: (own) => ({ decision: "approve", formToken: own }),
        headers: { "sec-fetch-site": "cross-site", origin: "https://evil.example" },
      },
      {
        name: "from a sibling site",
        fields: (own) => ({ decision: "approve", formToken: own }),
        headers: { "sec-fetch-site": "same-site", origin: "https://other.assent.test" },
      },
      {
        name: "from another origin, by a browser without Sec-Fetch-Site",
        fields: (own) => ({ decision: "approve", formToken: own }),
        headers: { origin: "https://evil.example" },
      },
      {
        name: "with an unknown decision",
        fields: (own) => ({ decision: "maybe", formToken: own }),
      },
    ];

    it.each(cases)("$name", async ({ fields, headers }) => {
      const deps = testDeps(handle);
      const app = await reviewApp(deps);
      const link = await pendingLink(deps);
      const other = await pendingLink(deps, undefined, { project: link.project });
      const own = formTokenOf(
        (await app.inject({ method: "GET", url: `/consent/${link.token}` })).body,
      );
      const foreign = formTokenOf(
        (await app.inject({ method: "GET", url: `/consent/${other.token}` })).body,
      );

      const res = await postDecision(
        app,
        link.token,
        fields(own, foreign),
        headers ? { headers } : {},
      );

      expect(res.statusCode).toBe(403);
      expect(textOf(res.body)).toContain("We could not accept your answer");
      expect((await requestRow(deps, link.requestId)).status).toBe("pending");
      expect(await eventTypesOf(deps, link.requestId)).toEqual([
        "consentRequest.created",
        "consentRequest.opened",
      ]);
      await app.close();
    });
  });

  it("a browser without Sec-Fetch-Site that names our own origin may post", async () => {
    const deps = testDeps(handle);
    const app = await reviewApp(deps);
    const link = await pendingLink(deps);
    const page = await app.inject({ method: "GET", url: `/consent/${link.token}` });

    const res = await postDecision(
      app,
      link.token,
      { decision: "decline", formToken: formTokenOf(page.body) },
      { headers: { origin: "http://assent.test" } },
    );

    expect(res.statusCode).toBe(200);
    expect((await requestRow(deps, link.requestId)).status).toBe("declined");
    await app.close();
  });

  it("a decision after the link expired shows the expired page and approves nothing", async () => {
    const deps = testDeps(handle);
    const app = await reviewApp(deps);
    const link = await pendingLink(deps);
    const page = await app.inject({ method: "GET", url: `/consent/${link.token}` });
    deps.clock.advance(3 * 60 * 60 * 1000);

    const res = await postDecision(app, link.token, {
      decision: "approve",
      formToken: formTokenOf(page.body),
    });

    expect(res.statusCode).toBe(404);
    expect(textOf(res.body)).toContain("This link has expired");
    const row = await requestRow(deps, link.requestId);
    expect(row.approved_at).toBeNull();
    expect(row.status).not.toBe("approved");
    await app.close();
  });

  it("a decision on a request the agent canceled meanwhile says it was canceled", async () => {
    const deps = testDeps(handle);
    const app = await reviewApp(deps);
    const link = await pendingLink(deps);
    const page = await app.inject({ method: "GET", url: `/consent/${link.token}` });
    await cancelConsentRequest(deps, link.project.actor, link.project.projectId, link.requestId);

    const res = await postDecision(
      app,
      link.token,
      { decision: "approve", formToken: formTokenOf(page.body) },
      { address: freshAddress() },
    );

    expect(textOf(res.body)).toContain("This request was canceled");
    expect((await requestRow(deps, link.requestId)).status).toBe("canceled");
    await app.close();
  });
});
