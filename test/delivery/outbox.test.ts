import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { outboxRoutes } from "../../src/delivery/outbox-page.js";
import { outboxEmailTransport } from "../../src/delivery/outbox-transport.js";
import { type App, buildApp } from "../../src/http/app.js";
import { sessionCookie } from "../../src/http/auth.js";
import { freshDatabase, testDatabaseKinds } from "../support/databases.js";
import { makeMember, makeProject, type TestDeps, testDeps } from "../support/factories.js";
import { requestConsent, runUntilIdle, transportsFor, workerFor } from "./support.js";

describe.each(testDatabaseKinds)("the Outbox on %s", (kind) => {
  let handle: Awaited<ReturnType<typeof freshDatabase>>;
  let deps: TestDeps;
  let app: App;

  async function startApp(env: NodeJS.ProcessEnv = {}) {
    app = await buildApp(deps, { plugins: [outboxRoutes(deps, env)] });
  }

  beforeEach(async () => {
    handle = await freshDatabase(kind);
    deps = testDeps(handle);
    await startApp();
  });
  afterEach(async () => {
    await app.close();
    await handle.close();
  });

  /** Two requests by email, delivered to the Outbox one minute apart. */
  async function twoKeptMessages() {
    const project = await makeProject(deps, { name: "Acme Mobile" });
    const worker = workerFor(deps, transportsFor(deps));
    const first = await requestConsent(deps, project);
    await runUntilIdle(worker);
    deps.clock.advance(60_000);
    const second = await requestConsent(deps, project);
    await runUntilIdle(worker);
    return { project, first, second };
  }

  async function logIn(email: string, password: string): Promise<string> {
    const res = await app.inject({
      method: "POST",
      url: "/outbox/session",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: new URLSearchParams({ email, password }).toString(),
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe("/outbox");
    const cookie = res.cookies.find((c) => c.name === sessionCookie);
    expect(cookie?.httpOnly).toBe(true);
    return cookie?.value ?? "";
  }

  async function outboxPage(session: string | null) {
    return app.inject({
      method: "GET",
      url: "/outbox",
      cookies: session ? { [sessionCookie]: session } : {},
    });
  }

  it("without any transport, keeps every message and lists it for an owner, newest first, with recipient, subject, text and the link", async () => {
    const { project, first, second } = await twoKeptMessages();
    const member = await makeMember(deps, project.projectId, "owner");
    const res = await outboxPage(await logIn(member.email, member.password));

    expect(res.statusCode).toBe(200);
    const html = res.body;
    const firstLink = `${deps.publicUrl}/consent/${first.token}`;
    const secondLink = `${deps.publicUrl}/consent/${second.token}`;
    expect(html).toContain(`<a href="${secondLink}" rel="noreferrer">`);
    expect(html.indexOf(secondLink)).toBeLessThan(html.indexOf(firstLink));
    expect(html).toContain(first.user.email ?? "");
    expect(html).toContain("<h2>Approve your SIM replacement</h2>");
    expect(html).toContain("Hello Jane Doe,");
    expect(html).toContain("Email: kept here");
    expect(res.headers["cache-control"]).toBe("no-store");
    expect(res.headers["referrer-policy"]).toBe("no-referrer");
  });

  it("shows nothing to visitors who are not logged in: the links would let anyone decide", async () => {
    const { first } = await twoKeptMessages();
    const res = await outboxPage(null);

    expect(res.statusCode).toBe(401);
    expect(res.body).toContain('<form method="post" action="/outbox/session">');
    expect(res.body).not.toContain(first.token);
  });

  it("refuses a wrong password on its login form", async () => {
    const { project } = await twoKeptMessages();
    const member = await makeMember(deps, project.projectId, "owner");
    const res = await app.inject({
      method: "POST",
      url: "/outbox/session",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: new URLSearchParams({ email: member.email, password: "wrong" }).toString(),
    });
    expect(res.statusCode).toBe(401);
    expect(res.body).toContain("Wrong email or password.");
    expect(res.cookies).toHaveLength(0);
  });

  it("lists only the projects a member owns: support members, who ask for actions, never see live links", async () => {
    const { project, first } = await twoKeptMessages();
    const support = await makeMember(deps, project.projectId, "support");
    const viewer = await makeMember(deps, project.projectId, "viewer");
    const other = await makeProject(deps, { name: "Other Mobile" });
    const outsider = await makeMember(deps, other.projectId, "owner");

    for (const who of [support, viewer, outsider]) {
      const res = await outboxPage(await logIn(who.email, who.password));
      expect(res.statusCode).toBe(200);
      expect(res.body).not.toContain(first.token);
      expect(res.body).toContain("No messages yet.");
    }
  });

  it("keeps the link sealed at rest: no column of a kept message holds the link token", async () => {
    const { first } = await twoKeptMessages();
    const rows = await deps.db.selectFrom("outbox_messages").selectAll().execute();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(JSON.stringify(row)).not.toContain(first.token);
  });

  it("shows the email as sent, to a member of its project only", async () => {
    const { project } = await twoKeptMessages();
    const member = await makeMember(deps, project.projectId, "owner");
    const message = await deps.db
      .selectFrom("outbox_messages")
      .select("id")
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    const session = await logIn(member.email, member.password);
    const res = await app.inject({
      method: "GET",
      url: `/outbox/${message.id}/email`,
      cookies: { [sessionCookie]: session },
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/^<!DOCTYPE html/);
    expect(res.headers["content-security-policy"]).toContain("default-src 'none'");

    const other = await makeProject(deps);
    const outsider = await makeMember(deps, other.projectId, "owner");
    const denied = await app.inject({
      method: "GET",
      url: `/outbox/${message.id}/email`,
      cookies: { [sessionCookie]: await logIn(outsider.email, outsider.password) },
    });
    expect(denied.statusCode).toBe(404);
  });

  it("GET /api/projects/{p}/outbox lists the project's kept messages, newest first", async () => {
    const { project, first, second } = await twoKeptMessages();
    const res = await app.inject({
      method: "GET",
      url: `/api/projects/${project.projectId}/outbox?limit=1`,
      headers: { authorization: `Bearer ${project.apiKey}` },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      object: "list",
      items: [
        {
          object: "outboxMessage",
          project: project.projectId,
          channel: "email",
          recipient: second.user.email,
          subject: "Approve your SIM replacement",
          link: `${deps.publicUrl}/consent/${second.token}`,
          consentRequest: second.request.id,
        },
      ],
      moreItemsBefore: null,
    });
    const older = await app.inject({
      method: "GET",
      url: `/api/projects/${project.projectId}/outbox?after=${body.moreItemsAfter}`,
      headers: { authorization: `Bearer ${project.apiKey}` },
    });
    expect(older.json().items.map((m: { consentRequest: string }) => m.consentRequest)).toEqual([
      first.request.id,
    ]);
  });

  it("GET /api/projects/{p}/outbox is authenticated and scoped like every project route", async () => {
    const { project } = await twoKeptMessages();
    const other = await makeProject(deps);
    const url = `/api/projects/${project.projectId}/outbox`;

    const anonymous = await app.inject({ method: "GET", url });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json()).toMatchObject({ object: "error", type: "unauthenticated" });
    const otherKey = await app.inject({
      method: "GET",
      url,
      headers: { authorization: `Bearer ${other.apiKey}` },
    });
    expect(otherKey.statusCode).toBe(404);
    expect(otherKey.json()).toMatchObject({ type: "notFound" });
  });

  it("with SMTP configured, says email is really sent and lists no email", async () => {
    const { project, first } = await twoKeptMessages();
    await app.close();
    await startApp({ SMTP_URL: "smtp://127.0.0.1:2525", SMTP_FROM: "no-reply@assent.test" });
    const member = await makeMember(deps, project.projectId, "owner");
    const res = await outboxPage(await logIn(member.email, member.password));

    expect(res.body).toContain("Email: sent over SMTP");
    expect(res.body).toContain("SMS: not available");
    expect(res.body).not.toContain(first.token);
    const api = await app.inject({
      method: "GET",
      url: `/api/projects/${project.projectId}/outbox`,
      headers: { authorization: `Bearer ${project.apiKey}` },
    });
    expect(api.json().items).toEqual([]);
  });

  it("keeps one message when a job's delivery runs twice", async () => {
    const project = await makeProject(deps);
    const transport = outboxEmailTransport(deps.db, deps.sealer);
    const email = {
      key: "job_01kdvdna00ak178dhax4zrtg0v",
      projectId: project.projectId,
      consentRequestId: null,
      to: "jane@example.com",
      text: "Hello",
      link: null,
      createdAt: deps.clock.now(),
      fromName: "Acme Mobile",
      subject: "Hello",
      html: "<p>Hello</p>",
    };
    await transport.send(email);
    await transport.send(email);
    const rows = await deps.db.selectFrom("outbox_messages").selectAll().execute();
    expect(rows).toHaveLength(1);
  });
});
