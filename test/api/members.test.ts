import { beforeAll, describe, expect, it } from "vitest";
import { createMember } from "../../src/services/access.js";
import { testDatabaseKinds } from "../support/databases.js";
import { makeMember } from "../support/factories.js";
import { type Credential, call, useApi } from "./support/harness.js";
import { expectApiObject, expectError } from "./support/shapes.js";
import { eventsOf, type LoggedIn, logIn, makeSide, type Side } from "./support/world.js";

const memberFields = ["object", "id", "project", "email", "fullName", "role", "createdAt"];

const asSession = (member: LoggedIn): Credential => ({
  session: member.session,
  csrf: member.csrf,
});

/** T3: owners manage the project's members; a project always keeps an owner. */
describe.each(testDatabaseKinds)("members on %s", (kind) => {
  const api = useApi(kind);
  let side: Side;
  let base: string;

  beforeAll(async () => {
    side = await makeSide(api());
    base = `/api/projects/${side.projectId}/members`;
  });

  const add = (payload: unknown, as: Credential = asSession(side.owner)) =>
    call(api(), { method: "POST", url: base, as, payload });
  const setRole = (projectBase: string, memberId: string, role: string, as: Credential) =>
    call(api(), { method: "PATCH", url: `${projectBase}/${memberId}`, as, payload: { role } });
  const remove = (projectBase: string, memberId: string, as: Credential) =>
    call(api(), { method: "POST", url: `${projectBase}/${memberId}/remove`, as });
  const login = (email: string, password: string) =>
    call(api(), { method: "POST", url: "/api/session", payload: { email, password } });

  it("adding a new person answers a one-time password that logs them in, once, and records member.added", async () => {
    const res = await add({ email: "New.Agent@Example.com", role: "support", fullName: "Nia" });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(Object.keys(body).sort()).toEqual([...memberFields, "password"].sort());
    expectApiObject(body, "member");
    expect(body).toMatchObject({
      email: "new.agent@example.com",
      fullName: "Nia",
      role: "support",
      project: side.projectId,
    });
    expect(body.password).toEqual(expect.any(String));
    expect(body.password.length).toBeGreaterThanOrEqual(16);
    expect((await login("new.agent@example.com", body.password)).statusCode).toBe(201);

    const listed = await call(api(), { method: "GET", url: base, as: asSession(side.owner) });
    expectApiObject(listed.json(), "list");
    const item = listed.json().items.find((m: { id: string }) => m.id === body.id);
    expect(Object.keys(item).sort()).toEqual([...memberFields].sort());
    expect(listed.body).not.toContain(body.password);

    const [added] = (await eventsOf(api(), side.projectId, "member.added")).filter(
      (e) => e.subject === body.id,
    );
    expect(added).toMatchObject({ actor_type: "member", actor_id: side.owner.memberId });
    expect(JSON.parse(added?.data ?? "{}")).toMatchObject({ role: "support", newMember: true });
    expect(added?.data).not.toContain(body.password);
  });

  it("adding a member of another project gives a membership and keeps their password", async () => {
    const other = await makeSide(api());
    const res = await add({ email: other.viewer.email, role: "viewer" });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ id: other.viewer.memberId, password: null, role: "viewer" });
    const session = await logIn(api(), other.viewer, "viewer");
    const read = await call(api(), {
      method: "GET",
      url: `/api/projects/${side.projectId}`,
      as: asSession(session),
    });
    expect(read.statusCode).toBe(200);
  });

  it("adding someone who is already a member answers 409 memberExists and changes nothing", async () => {
    const res = await add({ email: side.support.email, role: "owner" });
    expectError(res, 409, "memberExists");
    const listed = await call(api(), { method: "GET", url: base, as: asSession(side.owner) });
    const item = listed.json().items.find((m: { id: string }) => m.id === side.support.memberId);
    expect(item.role).toBe("support");
  });

  it("creating a login for an email that has one is refused, and the old password keeps working", async () => {
    const existing = await makeMember(api().deps, side.projectId, "viewer");
    await expect(
      createMember(api().deps, {
        email: existing.email.toUpperCase(),
        password: "a password nobody will get",
      }),
    ).rejects.toMatchObject({ type: "memberExists" });
    expect((await login(existing.email, existing.password)).statusCode).toBe(201);
    expectError(await login(existing.email, "a password nobody will get"), 401, "unauthenticated");
  });

  it("refuses bad input naming the field", async () => {
    for (const [payload, field] of [
      [{ email: "not an email", role: "viewer" }, "email"],
      [{ email: "a@example.com", role: "simSwapCheck" }, "role"],
      [{ email: "a@example.com" }, "role"],
      [{ email: "a@example.com", role: "viewer", password: "mine" }, "password"],
    ] as const) {
      expectError(await add(payload), 422, "validationFailed", field);
    }
    const member = await makeMember(api().deps, side.projectId, "viewer");
    expectError(
      await setRole(base, member.memberId, "admin", asSession(side.owner)),
      422,
      "validationFailed",
      "role",
    );
  });

  it("a role change applies to the member's session at once and records before and after", async () => {
    const agent = await logIn(
      api(),
      await makeMember(api().deps, side.projectId, "viewer"),
      "viewer",
    );
    const createUser = () =>
      call(api(), {
        method: "POST",
        url: `/api/projects/${side.projectId}/users`,
        as: asSession(agent),
        payload: { fullName: "Ana Ruiz" },
      });
    expectError(await createUser(), 403, "forbidden");
    const res = await setRole(base, agent.memberId, "support", asSession(side.owner));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id: agent.memberId, role: "support" });
    expect((await createUser()).statusCode).toBe(201);
    const changes = (await eventsOf(api(), side.projectId, "member.roleChanged")).filter(
      (e) => e.subject === agent.memberId,
    );
    expect(changes.map((e) => JSON.parse(e.data))).toEqual([
      { before: "viewer", after: "support" },
    ]);
  });

  it("removing a member ends their sessions at once and records member.removed", async () => {
    const agent = await logIn(
      api(),
      await makeMember(api().deps, side.projectId, "support"),
      "support",
    );
    const read = () =>
      call(api(), {
        method: "GET",
        url: `/api/projects/${side.projectId}`,
        as: asSession(agent),
      });
    expect((await read()).statusCode).toBe(200);
    const res = await remove(base, agent.memberId, asSession(side.owner));
    expect(res.statusCode, res.body).toBe(200);
    expectError(await read(), 401, "unauthenticated");
    const removed = (await eventsOf(api(), side.projectId, "member.removed")).filter(
      (e) => e.subject === agent.memberId,
    );
    expect(removed).toHaveLength(1);
    expect(JSON.parse(removed[0]?.data ?? "{}")).toEqual({ role: "support" });
    expectError(await remove(base, agent.memberId, asSession(side.owner)), 404, "notFound");
  });

  it("the last owner can neither stop being owner nor be removed: 409 lastOwner; with a second owner both work", async () => {
    const project = await makeSide(api());
    const projectBase = `/api/projects/${project.projectId}/members`;
    const owner = asSession(project.owner);
    const eventsBefore = (await eventsOf(api(), project.projectId)).length;
    expectError(
      await setRole(projectBase, project.owner.memberId, "support", owner),
      409,
      "lastOwner",
    );
    expectError(await remove(projectBase, project.owner.memberId, owner), 409, "lastOwner");
    expect((await eventsOf(api(), project.projectId)).length).toBe(eventsBefore);

    expect((await setRole(projectBase, project.support.memberId, "owner", owner)).statusCode).toBe(
      200,
    );
    expect((await setRole(projectBase, project.owner.memberId, "viewer", owner)).statusCode).toBe(
      200,
    );
    const second = await logIn(api(), project.support, "support");
    expectError(
      await remove(projectBase, project.support.memberId, asSession(second)),
      409,
      "lastOwner",
    );
  });

  it("two owners demoting each other at the same time leave one owner", async () => {
    const project = await makeSide(api());
    const projectBase = `/api/projects/${project.projectId}/members`;
    await setRole(projectBase, project.support.memberId, "owner", asSession(project.owner));
    const other = await logIn(api(), project.support, "support");
    const answers = await Promise.all([
      setRole(projectBase, project.support.memberId, "viewer", asSession(project.owner)),
      setRole(projectBase, project.owner.memberId, "viewer", asSession(other)),
    ]);
    // One wins. The other is refused by the last-owner rule (409), or, when the winner's change
    // landed before it was authorized, because its caller is no longer an owner (403).
    const [won, refused] = answers.map((r) => r.statusCode).sort();
    expect(won).toBe(200);
    expect([403, 409]).toContain(refused);
    const owners = await api()
      .deps.db.selectFrom("memberships")
      .select("member_id")
      .where("project_id", "=", project.projectId)
      .where("role", "=", "owner")
      .execute();
    expect(owners).toHaveLength(1);
  });

  it("another project's member answers 404 and is left as they were", async () => {
    const other = await makeSide(api());
    const owner = asSession(side.owner);
    expectError(await setRole(base, other.viewer.memberId, "owner", owner), 404, "notFound");
    expectError(await remove(base, other.viewer.memberId, owner), 404, "notFound");
    expect(
      (
        await call(api(), {
          method: "GET",
          url: `/api/projects/${other.projectId}`,
          as: asSession(other.viewer),
        })
      ).statusCode,
    ).toBe(200);
  });
});
