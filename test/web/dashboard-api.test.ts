import { describe, expect, it } from "vitest";
import { decideByToken } from "../../src/services/consent-decisions.js";
import { performAction } from "../../src/services/consent-requests.js";
import { createSubscription, createUser } from "../../src/services/inventory.js";
import { call, useApi } from "../api/support/harness.js";
import { loggedInMember } from "../api/support/world.js";
import { testDatabaseKinds } from "../support/databases.js";
import { makeProject, makeSim, makeSubscription, type TestProject } from "../support/factories.js";

/** The server pieces the dashboard relies on: search, filters, the member's projects, figures. */
describe.each(testDatabaseKinds)("the dashboard's API on %s", (kind) => {
  const api = useApi(kind);

  async function get(project: TestProject, url: string, query: Record<string, string> = {}) {
    const res = await call(api(), { method: "GET", url, query, as: { apiKey: project.apiKey } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  }

  async function lineOf(
    project: TestProject,
    fullName: string,
    email: string | null,
    phone: string,
  ) {
    const { deps } = api();
    const user = await createUser(deps, project.actor, project.projectId, {
      fullName,
      email,
      preferredLocale: "en",
    });
    const sim = await makeSim(deps, project);
    return createSubscription(deps, project.actor, project.projectId, {
      user: user.id,
      phoneNumber: phone,
      provider: "p7",
      sim: sim.id,
    });
  }

  it("the subscriptions search finds lines by part of the number, name or email, in the project only", async () => {
    const project = await makeProject(api().deps);
    const other = await makeProject(api().deps);
    const ada = await lineOf(project, "Ada Lovelace", "ada@analytical.example", "+15557770101");
    const bob = await lineOf(project, "Bob 100% Real_Name", null, "+15558880202");
    await lineOf(other, "Ada Elsewhere", "ada@elsewhere.example", "+15557770199");
    const url = `/api/projects/${project.projectId}/subscriptions`;
    const found = async (q: string) =>
      ((await get(project, url, { q })).items as { id: string }[]).map((s) => s.id);

    expect(await found("777")).toEqual([ada.id]);
    expect(await found("+1 555 888")).toEqual([bob.id]);
    expect(await found("LOVELACE")).toEqual([ada.id]);
    expect(await found("analytical.EXAMPLE")).toEqual([ada.id]);
    // Wildcards typed into the search are taken literally.
    expect(await found("100%")).toEqual([bob.id]);
    expect(await found("real_name")).toEqual([bob.id]);
    expect(await found("_")).toEqual([bob.id]);
    expect(await found("nobody")).toEqual([]);
  });

  it("consent requests filter by delivery method", async () => {
    const project = await makeProject(api().deps);
    const { deps } = api();
    const byEmail = await makeSubscription(deps, project);
    const bySms = await makeSubscription(deps, project);
    for (const [line, deliveryMethod] of [
      [byEmail, "email"],
      [bySms, "sms"],
    ] as const) {
      await performAction(deps, project.actor, project.projectId, line.subscription.id, {
        type: "simReplacement",
        sim: "auto",
        deliveryMethod,
      });
    }
    const url = `/api/projects/${project.projectId}/consentRequests`;
    const sms = (await get(project, url, { deliveryMethod: "sms" })).items;
    expect(sms.map((r: { subscription: string }) => r.subscription)).toEqual([
      bySms.subscription.id,
    ]);
  });

  it("GET /api/me names the logged-in member's projects and role, and nothing without a session", async () => {
    const project = await makeProject(api().deps, { name: "Zeta Mobile" });
    await makeProject(api().deps, { name: "Not mine" });
    const support = await loggedInMember(api(), project.projectId, "support");
    const me = await call(api(), {
      method: "GET",
      url: "/api/me",
      as: { session: support.session },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      object: "caller",
      type: "member",
      id: support.memberId,
      email: support.email,
      projects: [{ id: project.projectId, name: "Zeta Mobile", role: "support" }],
    });
    const anonymous = await call(api(), { method: "GET", url: "/api/me" });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().type).toBe("unauthenticated");
  });

  it("GET /api/me names an API key's one project and its role", async () => {
    const project = await makeProject(api().deps, { name: "Keyed Mobile" });
    const me = await call(api(), { method: "GET", url: "/api/me", as: { apiKey: project.apiKey } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      object: "caller",
      type: "apiKey",
      id: project.actor.id,
      email: null,
      projects: [{ id: project.projectId, name: "Keyed Mobile", role: "owner" }],
    });
  });

  it("the figures count today's requests by outcome and method, with the median time to a decision", async () => {
    const { deps } = api();
    const project = await makeProject(deps);
    const ask = async (deliveryMethod: "email" | "sms") => {
      const line = await makeSubscription(deps, project);
      const result = await performAction(
        deps,
        project.actor,
        project.projectId,
        line.subscription.id,
        {
          type: "simReplacement",
          sim: "auto",
          deliveryMethod,
        },
      );
      if (result.kind !== "consentRequest") throw new Error("expected a consent request");
      return result.linkToken;
    };
    // Start of a UTC day, so that every request below falls on it.
    deps.clock.set(Math.ceil(deps.clock.now() / 86_400_000) * 86_400_000 + 3600_000);
    const approvedFast = await ask("email");
    const approvedSlow = await ask("email");
    const declined = await ask("sms");
    await ask("sms"); // left to expire
    deps.clock.advance(60_000);
    await decideByToken(deps, approvedFast, "approve");
    deps.clock.advance(120_000);
    await decideByToken(deps, declined, "decline");
    deps.clock.advance(120_000);
    await decideByToken(deps, approvedSlow, "approve");
    deps.clock.advance(3 * 3600_000);
    await ask("email"); // still pending

    const stats = await get(project, `/api/projects/${project.projectId}/stats/consentRequests`, {
      days: "7",
    });
    expect(stats.days).toHaveLength(7);
    expect(stats.days[6]).toMatchObject({
      date: new Date(deps.clock.now()).toISOString().slice(0, 10),
      fulfilled: 2,
      declined: 1,
      expired: 1,
      pending: 1,
      approved: 0,
      medianDecisionSeconds: 180,
    });
    expect(stats.days[0]).toMatchObject({ fulfilled: 0, medianDecisionSeconds: null });
    expect(stats.byDeliveryMethod).toEqual([
      { deliveryMethod: "email", total: 3, approved: 2, declined: 0, expired: 0 },
      { deliveryMethod: "sms", total: 2, approved: 0, declined: 1, expired: 1 },
    ]);
    expect(stats.medianDecisionSeconds).toBe(180);
  });

  it("the figures are the project's own: another project's member is told it does not exist", async () => {
    const project = await makeProject(api().deps);
    const other = await makeProject(api().deps);
    const res = await call(api(), {
      method: "GET",
      url: `/api/projects/${project.projectId}/stats/consentRequests`,
      as: { apiKey: other.apiKey },
    });
    expect(res.statusCode).toBe(404);
  });
});
