import { PostgresAdapter, type Selectable } from "kysely";
import type { Executor, Tx } from "../db/database.js";
import type { MembershipsTable, MembersTable } from "../db/tables.js";
import { AppError, notFound } from "../errors.js";
import { newId } from "../ids.js";
import { hashSecret, newSecretToken } from "../secrets.js";
import type { Actor, Deps } from "./deps.js";
import { recordEvent } from "./events.js";
import { keysetPage, type Page, type PageQuery } from "./paging.js";
import { passwordHasher } from "./passwords.js";
import type { MemberRole } from "./roles.js";

/** Members, their memberships of projects, and dashboard sessions (T3). */

export {
  type ApiKeyIdentity,
  apiKeyCache,
  cachedApiKeyLookup,
  createApiKey,
  findApiKey,
} from "./api-keys.js";
export {
  hasRole,
  isMemberRole,
  isRole,
  type MemberRole,
  maySimSwapCheck,
  memberRoles,
  type Role,
  roles,
} from "./roles.js";

import { runUseCase, type UseCaseOptions } from "./transactions.js";

/** A one-time password for a new member: 96 random bits, readable on a terminal. */
export function newMemberPassword(): string {
  return newSecretToken().slice(0, 16);
}

async function insertMember(
  tx: Executor,
  row: Selectable<MembersTable>,
): Promise<"inserted" | "exists"> {
  const result = await tx
    .insertInto("members")
    .values(row)
    .onConflict((oc) => oc.column("email").doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0 ? "inserted" : "exists";
}

const memberExists = (email: string) =>
  new AppError(
    "memberExists",
    `A member with the email ${email} already exists; their password is unchanged.`,
  );

/**
 * Creates a person who can log in. An email that already belongs to a member is refused: the
 * password given here would not be theirs, and telling someone it is would be worse.
 */
export async function createMember(
  deps: Deps,
  input: { email: string; fullName?: string; password: string },
): Promise<string> {
  const now = deps.clock.now();
  const email = input.email.toLowerCase();
  const id = newId("member", now);
  const passwordHash = await passwordHasher(deps).hash(input.password);
  const outcome = await insertMember(deps.db, {
    id,
    email,
    full_name: input.fullName ?? email,
    password_hash: passwordHash,
    created_at: now,
  });
  if (outcome === "exists") throw memberExists(email);
  return id;
}

async function insertMembership(
  tx: Executor,
  actor: Actor,
  projectId: string,
  memberId: string,
  role: MemberRole,
  now: number,
  data: Record<string, unknown> = {},
): Promise<void> {
  const inserted = await tx
    .insertInto("memberships")
    .values({ project_id: projectId, member_id: memberId, role, created_at: now })
    .onConflict((oc) => oc.columns(["project_id", "member_id"]).doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) {
    throw new AppError("memberExists", "This person is already a member of the project.");
  }
  await recordEvent(tx, {
    projectId,
    type: "member.added",
    actor,
    subject: memberId,
    data: { role, ...data },
    time: now,
  });
}

/** Makes an existing member a member of one more project. */
export async function addMembership(
  deps: Deps,
  actor: Actor,
  projectId: string,
  memberId: string,
  role: MemberRole,
): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    await insertMembership(tx, actor, projectId, memberId, role, now);
  });
}

export type MemberOfProject = {
  member: Selectable<MembersTable>;
  membership: Selectable<MembershipsTable>;
};

export function memberView({ member, membership }: MemberOfProject) {
  return {
    object: "member" as const,
    id: member.id,
    project: membership.project_id,
    email: member.email,
    fullName: member.full_name,
    role: membership.role,
    createdAt: new Date(Number(membership.created_at)).toISOString(),
  };
}

export type MemberView = ReturnType<typeof memberView>;

/**
 * Adds a person to a project (T3): a new person becomes a member with a one-time password, shown
 * only in this answer; a member of other projects gets a membership and keeps their password.
 */
export async function addMember(
  deps: Deps,
  actor: Actor,
  projectId: string,
  input: { email: string; role: MemberRole; fullName?: string | undefined },
  options?: UseCaseOptions<MemberOfProject & { password: string | null }>,
): Promise<MemberOfProject & { password: string | null }> {
  const email = input.email.toLowerCase();
  const known = await deps.db
    .selectFrom("members")
    .select("id")
    .where("email", "=", email)
    .executeTakeFirst();
  const password = known ? null : newMemberPassword();
  const passwordHash = password === null ? null : await passwordHasher(deps).hash(password);
  const now = deps.clock.now();
  return runUseCase(deps.db, options, async (tx) => {
    let memberId = known?.id;
    if (!memberId && passwordHash !== null) {
      memberId = newId("member", now);
      const outcome = await insertMember(tx, {
        id: memberId,
        email,
        full_name: input.fullName ?? email,
        password_hash: passwordHash,
        created_at: now,
      });
      // Someone added the same person a moment ago; their password is not ours to show.
      if (outcome === "exists") throw memberExists(email);
    }
    if (!memberId) throw memberExists(email);
    await insertMembership(tx, actor, projectId, memberId, input.role, now, {
      newMember: password !== null,
    });
    return { ...(await getMember(tx, projectId, memberId)), password };
  });
}

export async function getMember(
  db: Executor,
  projectId: string,
  memberId: string,
): Promise<MemberOfProject> {
  const membership = await db
    .selectFrom("memberships")
    .selectAll()
    .where("project_id", "=", projectId)
    .where("member_id", "=", memberId)
    .executeTakeFirst();
  if (!membership) throw notFound("Member");
  const member = await db
    .selectFrom("members")
    .selectAll()
    .where("id", "=", memberId)
    .executeTakeFirstOrThrow();
  return { member, membership };
}

export async function listMembers(
  db: Executor,
  projectId: string,
  page: PageQuery,
): Promise<Page<MemberView>> {
  const base = db
    .selectFrom("memberships")
    .innerJoin("members", "members.id", "memberships.member_id")
    .select([
      "members.id as id",
      "members.email as email",
      "members.full_name as full_name",
      "members.password_hash as password_hash",
      "members.created_at as member_created_at",
      "memberships.project_id as project_id",
      "memberships.role as role",
      "memberships.created_at as created_at",
    ])
    .where("memberships.project_id", "=", projectId);
  return keysetPage(
    base,
    "memberships.member_id",
    page,
    async (id) => !!(await base.where("memberships.member_id", "=", id).executeTakeFirst()),
    (row) =>
      memberView({
        member: {
          id: row.id,
          email: row.email,
          full_name: row.full_name,
          password_hash: row.password_hash,
          created_at: row.member_created_at,
        },
        membership: {
          project_id: row.project_id,
          member_id: row.id,
          role: row.role,
          created_at: row.created_at,
        },
      }),
  );
}

/**
 * Holds the project's row until the transaction ends, so that two owners demoting or removing
 * each other at once cannot leave the project without one. SQLite transactions hold the write
 * lock from their start already.
 */
async function lockProject(tx: Tx, projectId: string): Promise<void> {
  const row = await tx
    .selectFrom("projects")
    .select("id")
    .where("id", "=", projectId)
    .$if(tx.getExecutor().adapter instanceof PostgresAdapter, (q) => q.forUpdate())
    .executeTakeFirst();
  if (!row) throw notFound("Project");
}

async function assertAnotherOwner(tx: Tx, projectId: string, memberId: string): Promise<void> {
  const other = await tx
    .selectFrom("memberships")
    .select("member_id")
    .where("project_id", "=", projectId)
    .where("role", "=", "owner")
    .where("member_id", "!=", memberId)
    .limit(1)
    .executeTakeFirst();
  if (!other) {
    throw new AppError(
      "lastOwner",
      "A project always keeps at least one owner; make another member owner first.",
    );
  }
}

export async function changeMemberRole(
  deps: Deps,
  actor: Actor,
  projectId: string,
  memberId: string,
  role: MemberRole,
): Promise<MemberOfProject> {
  return deps.db.transaction().execute(async (tx) => {
    await lockProject(tx, projectId);
    const current = await getMember(tx, projectId, memberId);
    const before = current.membership.role;
    if (before === role) return current;
    if (before === "owner") await assertAnotherOwner(tx, projectId, memberId);
    await tx
      .updateTable("memberships")
      .set({ role })
      .where("project_id", "=", projectId)
      .where("member_id", "=", memberId)
      .execute();
    await recordEvent(tx, {
      projectId,
      type: "member.roleChanged",
      actor,
      subject: memberId,
      data: { before, after: role },
      time: deps.clock.now(),
    });
    return getMember(tx, projectId, memberId);
  });
}

/**
 * Takes a member off a project. Their sessions end at once (every session: a session is the
 * person's, and they log in again for the projects they keep).
 */
export async function removeMember(
  deps: Deps,
  actor: Actor,
  projectId: string,
  memberId: string,
  options?: UseCaseOptions<MemberOfProject>,
): Promise<MemberOfProject> {
  return runUseCase(deps.db, options, async (tx) => {
    await lockProject(tx, projectId);
    const current = await getMember(tx, projectId, memberId);
    if (current.membership.role === "owner") await assertAnotherOwner(tx, projectId, memberId);
    await tx
      .deleteFrom("memberships")
      .where("project_id", "=", projectId)
      .where("member_id", "=", memberId)
      .execute();
    await tx.deleteFrom("sessions").where("member_id", "=", memberId).execute();
    await recordEvent(tx, {
      projectId,
      type: "member.removed",
      actor,
      subject: memberId,
      data: { role: current.membership.role },
      time: deps.clock.now(),
    });
    return current;
  });
}

export async function roleOf(
  db: Executor,
  projectId: string,
  memberId: string,
): Promise<MemberRole | undefined> {
  const row = await db
    .selectFrom("memberships")
    .select("role")
    .where("project_id", "=", projectId)
    .where("member_id", "=", memberId)
    .executeTakeFirst();
  return row?.role;
}

export { logIn, sessionTtlMs } from "./logins.js";

export async function findSession(
  deps: Deps,
  sessionId: string,
): Promise<{ memberId: string; csrfHash: string } | undefined> {
  const row = await deps.db
    .selectFrom("sessions")
    .select(["member_id", "csrf_hash"])
    .where("id_hash", "=", hashSecret(sessionId))
    .where("expires_at", ">", deps.clock.now())
    .executeTakeFirst();
  return row ? { memberId: row.member_id, csrfHash: row.csrf_hash } : undefined;
}

export async function logOut(deps: Deps, sessionId: string): Promise<void> {
  await deps.db.deleteFrom("sessions").where("id_hash", "=", hashSecret(sessionId)).execute();
}
