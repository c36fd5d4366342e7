import type { Executor } from "../db/database.js";
import type { MembershipsTable } from "../db/tables.js";
import { AppError } from "../errors.js";
import { newId } from "../ids.js";
import { hashPassword, hashSecret, newSecretToken, verifyPassword } from "../secrets.js";
import type { Actor, Deps } from "./deps.js";
import { recordEvent } from "./events.js";

/** API keys, members, memberships and dashboard sessions. Secrets are kept only as hashes. */

export type Role = MembershipsTable["role"];
export const roles: readonly Role[] = ["owner", "support", "viewer"];

export async function createApiKey(
  deps: Deps,
  actor: Actor,
  projectId: string,
  name = "default",
): Promise<{ id: string; secret: string }> {
  const now = deps.clock.now();
  const id = newId("apiKey", now);
  const secret = `ask_${newSecretToken()}`;
  await deps.db.transaction().execute(async (tx) => {
    await tx
      .insertInto("api_keys")
      .values({
        id,
        project_id: projectId,
        name,
        key_hash: hashSecret(secret),
        created_at: now,
        revoked_at: null,
      })
      .execute();
    await recordEvent(tx, {
      projectId,
      type: "apiKey.created",
      actor,
      subject: id,
      data: { name },
      time: now,
    });
  });
  return { id, secret };
}

export async function findApiKey(
  db: Executor,
  secret: string,
): Promise<{ id: string; projectId: string } | undefined> {
  const row = await db
    .selectFrom("api_keys")
    .select(["id", "project_id"])
    .where("key_hash", "=", hashSecret(secret))
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return row ? { id: row.id, projectId: row.project_id } : undefined;
}

/**
 * API key lookups answered from memory for a few seconds: every API call authenticates, and the
 * key's project never changes. Only keys that exist are kept (a flood of wrong keys cannot grow
 * it), so a revoked key stops working on every instance within `ttlMs`.
 */
export function cachedApiKeyLookup(
  deps: Deps,
  ttlMs = 5_000,
  maxEntries = 10_000,
): (secret: string) => Promise<{ id: string; projectId: string } | undefined> {
  const entries = new Map<string, { key: { id: string; projectId: string }; until: number }>();
  return async (secret) => {
    const now = deps.clock.now();
    const cached = entries.get(secret);
    if (cached && cached.until > now) return cached.key;
    const key = await findApiKey(deps.db, secret);
    if (!key) {
      entries.delete(secret);
      return undefined;
    }
    if (entries.size >= maxEntries) entries.clear();
    entries.set(secret, { key, until: now + ttlMs });
    return key;
  };
}

export async function createMember(
  deps: Deps,
  input: { email: string; fullName?: string; password: string },
): Promise<string> {
  const now = deps.clock.now();
  const id = newId("member", now);
  const existing = await deps.db
    .selectFrom("members")
    .select("id")
    .where("email", "=", input.email.toLowerCase())
    .executeTakeFirst();
  if (existing) return existing.id;
  await deps.db
    .insertInto("members")
    .values({
      id,
      email: input.email.toLowerCase(),
      full_name: input.fullName ?? input.email,
      password_hash: await hashPassword(input.password),
      created_at: now,
    })
    .execute();
  return id;
}

export async function addMembership(
  deps: Deps,
  actor: Actor,
  projectId: string,
  memberId: string,
  role: Role,
): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    await tx
      .insertInto("memberships")
      .values({ project_id: projectId, member_id: memberId, role, created_at: now })
      .onConflict((oc) => oc.columns(["project_id", "member_id"]).doUpdateSet({ role }))
      .execute();
    await recordEvent(tx, {
      projectId,
      type: "member.created",
      actor,
      subject: memberId,
      data: { role },
      time: now,
    });
  });
}

export async function roleOf(
  db: Executor,
  projectId: string,
  memberId: string,
): Promise<Role | undefined> {
  const row = await db
    .selectFrom("memberships")
    .select("role")
    .where("project_id", "=", projectId)
    .where("member_id", "=", memberId)
    .executeTakeFirst();
  return row?.role;
}

export const sessionTtlMs = 12 * 60 * 60 * 1000;

/** Logs a member in: a session id for the cookie and an anti-CSRF value for the header. */
export async function logIn(
  deps: Deps,
  email: string,
  password: string,
): Promise<{ memberId: string; sessionId: string; csrfToken: string; expiresAt: number }> {
  const member = await deps.db
    .selectFrom("members")
    .select(["id", "password_hash"])
    .where("email", "=", email.toLowerCase())
    .executeTakeFirst();
  // Verify against a dummy hash when the member is unknown, so timing does not tell emails apart.
  const ok = await verifyPassword(password, member?.password_hash ?? dummyHash);
  if (!member || !ok) throw new AppError("unauthenticated", "Wrong email or password.");
  const now = deps.clock.now();
  const sessionId = newSecretToken();
  const csrfToken = newSecretToken();
  const expiresAt = now + sessionTtlMs;
  const projects = await deps.db
    .selectFrom("memberships")
    .select("project_id")
    .where("member_id", "=", member.id)
    .execute();
  await deps.db.transaction().execute(async (tx) => {
    await tx
      .insertInto("sessions")
      .values({
        id_hash: hashSecret(sessionId),
        member_id: member.id,
        csrf_hash: hashSecret(csrfToken),
        created_at: now,
        expires_at: expiresAt,
      })
      .execute();
    for (const { project_id } of projects) {
      await recordEvent(tx, {
        projectId: project_id,
        type: "member.loggedIn",
        actor: { type: "member", id: member.id },
        subject: member.id,
        time: now,
      });
    }
  });
  return { memberId: member.id, sessionId, csrfToken, expiresAt };
}

const dummyHash = "scrypt$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

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
