import { Writable } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import { sessionCookie } from "../../src/http/auth.js";
import { createLogger } from "../../src/logger.js";
import { hashSecret } from "../../src/secrets.js";
import { addMembership, createMember } from "../../src/services/access.js";
import { testDatabaseKinds } from "../support/databases.js";
import { makeMember } from "../support/factories.js";
import { type Api, call, startApi, useApi } from "./support/harness.js";
import { expectError } from "./support/shapes.js";
import { eventsOf, logIn, makeSide, type Side } from "./support/world.js";

/** D1 and A1: dashboard sessions through POST /api/session. */
describe.each(testDatabaseKinds)("session login on %s", (kind) => {
  const api = useApi(kind);
  let side: Side;

  beforeAll(async () => {
    side = await makeSide(api());
  });

  const login = (target: Api, email: string, password: string) =>
    call(target, { method: "POST", url: "/api/session", payload: { email, password } });

  it("the right password answers 201 and sets an http-only, same-site cookie; the body carries the CSRF value", async () => {
    const member = await makeMember(api().deps, side.projectId, "support");
    const res = await login(api(), member.email, member.password);
    expect(res.statusCode).toBe(201);
    const now = api().deps.clock.now();
    expect(res.json()).toEqual({
      object: "session",
      member: member.memberId,
      csrfToken: expect.any(String),
      expiresAt: new Date(now + 12 * 3600 * 1000).toISOString(),
    });
    const cookie = res.cookies.find((c) => c.name === sessionCookie);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Strict", path: "/" });
    expect(cookie?.value.length).toBeGreaterThanOrEqual(43);
    expect(cookie?.value).not.toBe(res.json().csrfToken);
  });

  it("on an https PUBLIC_URL the session cookie is Secure", async () => {
    const secureApi = await startApi(kind, { publicUrl: "https://assent.example" });
    const other = await makeSide(secureApi);
    const res = await login(secureApi, other.owner.email, other.owner.password);
    expect(res.cookies.find((c) => c.name === sessionCookie)?.secure).toBe(true);
    await secureApi.close();
  });

  it("the session id and CSRF value are stored only as hashes", async () => {
    const member = await logIn(
      api(),
      await makeMember(api().deps, side.projectId, "viewer"),
      "viewer",
    );
    const rows = await api()
      .deps.db.selectFrom("sessions")
      .selectAll()
      .where("member_id", "=", member.memberId)
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.id_hash).toBe(hashSecret(member.session));
    expect(JSON.stringify(rows)).not.toContain(member.session);
    expect(JSON.stringify(rows)).not.toContain(member.csrf);
  });

  it("logging in records member.loggedIn in every project of the member, by the member", async () => {
    const second = await makeSide(api());
    const member = await makeMember(api().deps, side.projectId, "support");
    await addMembership(
      api().deps,
      { type: "system", id: null },
      second.projectId,
      member.memberId,
      "viewer",
    );
    await login(api(), member.email, member.password);
    for (const projectId of [side.projectId, second.projectId]) {
      const events = (await eventsOf(api(), projectId, "member.loggedIn")).filter(
        (e) => e.subject === member.memberId,
      );
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ actor_type: "member", actor_id: member.memberId });
    }
  });

  it("the email is matched whatever its case", async () => {
    const member = await makeMember(api().deps, side.projectId, "viewer");
    expect((await login(api(), member.email.toUpperCase(), member.password)).statusCode).toBe(201);
  });

  it("a wrong password and an unknown email answer alike 401 unauthenticated, set no cookie and record only the member's failure", async () => {
    const member = await makeMember(api().deps, side.projectId, "owner");
    const eventsBefore = (await eventsOf(api(), side.projectId)).length;
    const wrong = await login(api(), member.email, "wrong password");
    const unknown = await login(api(), "nobody@example.com", member.password);
    for (const res of [wrong, unknown]) {
      expectError(res, 401, "unauthenticated");
      expect(res.cookies).toHaveLength(0);
    }
    expect(wrong.json()).toEqual(unknown.json());
    const events = await eventsOf(api(), side.projectId);
    expect(events.length).toBe(eventsBefore + 1);
    expect(events.at(-1)).toMatchObject({ type: "member.loginFailed", subject: member.memberId });
    expect(events.at(-1)?.data).not.toContain("wrong password");
  });

  it("a login body with unknown fields is refused naming the field", async () => {
    const res = await call(api(), {
      method: "POST",
      url: "/api/session",
      payload: { email: side.owner.email, password: side.owner.password, remember: true },
    });
    expectError(res, 422, "validationFailed", "remember");
  });

  it("a session reads without the CSRF header; logging out ends it", async () => {
    const member = await logIn(
      api(),
      await makeMember(api().deps, side.projectId, "viewer"),
      "viewer",
    );
    const url = `/api/projects/${side.projectId}`;
    expect(
      (await call(api(), { method: "GET", url, as: { session: member.session } })).statusCode,
    ).toBe(200);
    const out = await call(api(), {
      method: "DELETE",
      url: "/api/session",
      as: { session: member.session, csrf: member.csrf },
    });
    expect(out.statusCode).toBe(204);
    expect(out.cookies.find((c) => c.name === sessionCookie)?.value).toBe("");
    expectError(
      await call(api(), { method: "GET", url, as: { session: member.session } }),
      401,
      "unauthenticated",
    );
  });

  it("a session stops working 12 hours after login", async () => {
    const member = await logIn(
      api(),
      await makeMember(api().deps, side.projectId, "viewer"),
      "viewer",
    );
    const url = `/api/projects/${side.projectId}`;
    api().deps.clock.advance(12 * 3600 * 1000 - 1);
    expect(
      (await call(api(), { method: "GET", url, as: { session: member.session } })).statusCode,
    ).toBe(200);
    api().deps.clock.advance(1);
    expectError(
      await call(api(), { method: "GET", url, as: { session: member.session } }),
      401,
      "unauthenticated",
    );
  });

  it("a member without a membership of the project gets 404 notFound, as for a project that does not exist", async () => {
    const email = `outsider-${kind}@example.com`;
    const password = "outsider password";
    const memberId = await createMember(api().deps, { email, password });
    const outsider = await logIn(api(), { memberId, email, password }, "viewer");
    const res = await call(api(), {
      method: "GET",
      url: `/api/projects/${side.projectId}`,
      as: { session: outsider.session },
    });
    expectError(res, 404, "notFound");
  });

  it("no log line carries the password, the session id, the CSRF value or the API key", async () => {
    const lines: string[] = [];
    const logger = createLogger({
      level: "trace",
      destination: new Writable({
        write(chunk, _encoding, done) {
          lines.push(String(chunk));
          done();
        },
      }),
    });
    const logged = await startApi(kind, { logger });
    const other = await makeSide(logged);
    await login(logged, other.owner.email, "a wrong password");
    await call(logged, {
      method: "GET",
      url: `/api/projects/${other.projectId}/users`,
      as: { session: other.owner.session },
    });
    await call(logged, {
      method: "POST",
      url: `/api/projects/${other.projectId}/users`,
      as: { apiKey: other.apiKey },
      payload: { fullName: "Logged Person", email: "logged@example.com" },
    });
    await logged.close();
    const text = lines.join("");
    expect(text.length).toBeGreaterThan(0);
    for (const secret of [
      other.owner.password,
      other.owner.session,
      other.owner.csrf,
      other.apiKey,
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(text).not.toContain("a wrong password");
    expect(text).not.toContain("logged@example.com");
  });
});
