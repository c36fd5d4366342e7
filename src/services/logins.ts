import type { Executor } from "../db/database.js";
import { AppError } from "../errors.js";
import { hashSecret, newSecretToken } from "../secrets.js";
import type { Deps } from "./deps.js";
import { recordEvent } from "./events.js";
import { HasherBusyError, passwordHasher } from "./passwords.js";
import { hitRateLimit, type RateLimit, type RateLimitResult } from "./rate-limits.js";

/**
 * Dashboard logins (D1) that resist guessing (T4): ten failures for one email, or a hundred from
 * one client address, within 15 minutes stop every login for that email or from that address
 * until the window passes, the right password included. Unknown emails count like known ones, so
 * the answers never tell which emails have members.
 */

export const sessionTtlMs = 12 * 60 * 60 * 1000;

export const loginWindowMs = 15 * 60 * 1000;
export const loginFailuresPerEmail = 10;
export const loginFailuresPerAddress = 100;

function loginLimits(email: string, clientAddress: string): RateLimit[] {
  return [
    {
      key: `login:email:${hashSecret(email)}`,
      limit: loginFailuresPerEmail,
      windowMs: loginWindowMs,
    },
    {
      key: `login:address:${hashSecret(clientAddress)}`,
      limit: loginFailuresPerAddress,
      windowMs: loginWindowMs,
    },
  ];
}

/**
 * Counts an attempt against each limit before the password is checked, so that guesses sent in
 * parallel cannot all slip under the limit; a successful login takes its count back.
 */
async function countAttempt(db: Executor, limits: RateLimit[], now: number) {
  const results = [];
  for (const limit of limits) results.push(await hitRateLimit(db, limit, now));
  const refused = results.filter((r) => !r.allowed);
  return {
    byEmail: results[0],
    throttledUntil: refused.length > 0 ? Math.max(...refused.map((r) => r.resetAt)) : undefined,
  };
}

async function forgiveAttempt(db: Executor, limits: RateLimit[], now: number): Promise<void> {
  await db
    .updateTable("rate_limits")
    .set((eb) => ({ count: eb("count", "-", 1) }))
    .where(
      "key",
      "in",
      limits.map((l) => l.key),
    )
    .where("count", ">", 0)
    .where("reset_at", ">", now)
    .execute();
}

export type LoginInput = { email: string; password: string; clientAddress: string };

export type LoginResult =
  | { kind: "loggedIn"; memberId: string; sessionId: string; csrfToken: string; expiresAt: number }
  | { kind: "throttled"; retryAfterSeconds: number };

/** Logs a member in: a session id for the cookie and an anti-CSRF value for the header. */
export async function logIn(deps: Deps, input: LoginInput): Promise<LoginResult> {
  const email = input.email.toLowerCase();
  const limits = loginLimits(email, input.clientAddress);
  const startedAt = deps.clock.now();
  const attempt = await countAttempt(deps.db, limits, startedAt);
  if (attempt.throttledUntil !== undefined) {
    return {
      kind: "throttled",
      retryAfterSeconds: Math.max(1, Math.ceil((attempt.throttledUntil - startedAt) / 1000)),
    };
  }
  const member = await deps.db
    .selectFrom("members")
    .select(["id", "password_hash"])
    .where("email", "=", email)
    .executeTakeFirst();
  const hasher = passwordHasher(deps);
  let verification: { ok: boolean; needsRehash: boolean };
  try {
    // An unknown email is checked against a dummy hash of the same cost: timing tells nothing.
    verification = await hasher.verify(input.password, member?.password_hash ?? hasher.dummyHash);
  } catch (error) {
    if (error instanceof HasherBusyError) {
      await forgiveAttempt(deps.db, limits, startedAt);
      return { kind: "throttled", retryAfterSeconds: 1 };
    }
    throw error;
  }
  const now = deps.clock.now();
  if (!member || !verification.ok) {
    await recordFailure(deps, member?.id, attempt.byEmail, input.clientAddress, now);
    throw new AppError("unauthenticated", "Wrong email or password.");
  }
  await forgiveAttempt(deps.db, limits, startedAt);
  if (verification.needsRehash) {
    const rehashed = await hasher.hash(input.password);
    await deps.db
      .updateTable("members")
      .set({ password_hash: rehashed })
      .where("id", "=", member.id)
      .where("password_hash", "=", member.password_hash)
      .execute();
  }
  const sessionId = newSecretToken();
  const csrfToken = newSecretToken();
  const expiresAt = now + sessionTtlMs;
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
    for (const projectId of await projectsOf(tx, member.id)) {
      await recordEvent(tx, {
        projectId,
        type: "member.loggedIn",
        actor: { type: "member", id: member.id },
        subject: member.id,
        time: now,
      });
    }
  });
  return { kind: "loggedIn", memberId: member.id, sessionId, csrfToken, expiresAt };
}

async function projectsOf(db: Executor, memberId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("memberships")
    .select("project_id")
    .where("member_id", "=", memberId)
    .execute();
  return rows.map((r) => r.project_id);
}

/**
 * Records `member.loginFailed` in every project of the member (the attempt is already counted).
 * A failure for an email without a member belongs to no project: it is counted and logged
 * without the email, but records no event.
 */
async function recordFailure(
  deps: Deps,
  memberId: string | undefined,
  byEmail: RateLimitResult | undefined,
  clientAddress: string,
  now: number,
): Promise<void> {
  if (!memberId) {
    deps.logger.info({ clientAddress }, "login failed for an unknown email");
    return;
  }
  await deps.db.transaction().execute(async (tx) => {
    for (const projectId of await projectsOf(tx, memberId)) {
      await recordEvent(tx, {
        projectId,
        type: "member.loginFailed",
        actor: { type: "system", id: null },
        subject: memberId,
        data: {
          reason: "wrongPassword",
          clientAddress,
          failuresInWindow: byEmail?.count ?? 1,
          throttledUntil:
            byEmail && byEmail.count >= loginFailuresPerEmail
              ? new Date(byEmail.resetAt).toISOString()
              : null,
        },
        time: now,
      });
    }
  });
}
