import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, buildApp } from "../../src/http/app.js";
import { freshDatabase, testDatabaseKinds } from "../support/databases.js";
import { makeProject, makeSubscription, type TestDeps, testDeps } from "../support/factories.js";

/** T1 over HTTP: PATCH users records a contact change; the API says why email is held back. */
describe.each(testDatabaseKinds)("contact changes through the API on %s", (kind) => {
  let handle: Awaited<ReturnType<typeof freshDatabase>>;
  let deps: TestDeps;
  let app: App;

  beforeAll(async () => {
    handle = await freshDatabase(kind);
    deps = testDeps(handle);
    app = await buildApp(deps);
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it("support changes a user's email, then a SIM replacement by email is refused and one by default goes by SMS", async () => {
    const project = await makeProject(deps);
    const { user, subscription } = await makeSubscription(deps, project);
    const headers = { authorization: `Bearer ${project.apiKey}` };
    const base = `/api/projects/${project.projectId}`;

    const patched = await app.inject({
      method: "PATCH",
      url: `${base}/users/${user.id}`,
      headers,
      payload: { email: "Mallory@Evil.Example" },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({
      email: "mallory@evil.example",
      emailChangedAt: new Date(deps.clock.now()).toISOString(),
    });

    const byEmail = await app.inject({
      method: "POST",
      url: `${base}/subscriptions/${subscription.id}/simReplacements`,
      headers,
      payload: { sim: "auto", deliveryMethod: "email" },
    });
    expect(byEmail.statusCode).toBe(409);
    expect(byEmail.json()).toMatchObject({
      object: "error",
      type: "consentUnavailable",
      details: [{ path: "user.email", message: expect.stringContaining("changed recently") }],
    });

    const byDefault = await app.inject({
      method: "POST",
      url: `${base}/subscriptions/${subscription.id}/simReplacements`,
      headers,
      payload: { sim: "auto" },
    });
    expect(byDefault.statusCode).toBe(202);
    expect(byDefault.json()).toMatchObject({ deliveryMethod: "sms" });

    const events = await app.inject({
      method: "GET",
      url: `${base}/events?type=user.contactChanged`,
      headers,
    });
    expect(events.json().items).toMatchObject([
      { subject: user.id, data: { field: "email", new: "m•••@evil.example" } },
    ]);
  });

  it("a resend that names no delivery method goes by SMS once the email of the previous link changed", async () => {
    const project = await makeProject(deps);
    const { user, subscription } = await makeSubscription(deps, project);
    const headers = { authorization: `Bearer ${project.apiKey}` };
    const base = `/api/projects/${project.projectId}`;
    const first = await app.inject({
      method: "POST",
      url: `${base}/subscriptions/${subscription.id}/simReplacements`,
      headers,
      payload: { sim: "auto", deliveryMethod: "email" },
    });
    expect(first.json()).toMatchObject({ deliveryMethod: "email" });
    await app.inject({
      method: "PATCH",
      url: `${base}/users/${user.id}`,
      headers,
      payload: { email: "mallory@evil.example" },
    });

    const resent = await app.inject({
      method: "POST",
      url: `${base}/consentRequests/${first.json().id}/resend`,
      headers,
      payload: {},
    });
    expect(resent.statusCode, resent.body).toBe(201);
    expect(resent.json()).toMatchObject({ deliveryMethod: "sms", resentFrom: first.json().id });

    const byEmail = await app.inject({
      method: "POST",
      url: `${base}/consentRequests/${resent.json().id}/resend`,
      headers,
      payload: { deliveryMethod: "email" },
    });
    expect(byEmail.statusCode).toBe(409);
    expect(byEmail.json()).toMatchObject({ type: "consentUnavailable" });
  });

  it("a user created with an email is not held back", async () => {
    const project = await makeProject(deps);
    const created = await app.inject({
      method: "POST",
      url: `/api/projects/${project.projectId}/users`,
      headers: { authorization: `Bearer ${project.apiKey}` },
      payload: { fullName: "Ann Lee", email: "ann@example.com" },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().emailChangedAt).toBeNull();
  });
});
