import type { Executor } from "../db/database.js";
import {
  type ConsentType,
  cooldownEnd,
  defaultPortOutCooldownSeconds,
  type LineLocks,
  lockRefusing,
} from "../domain/consent-rules.js";
import { AppError } from "../errors.js";
import type { Actor, Deps } from "./deps.js";
import { recordEvent } from "./events.js";
import { lockSubscription, type Subscription } from "./inventory.js";
import type { Project } from "./projects.js";
import { runUseCase, type UseCaseOptions } from "./transactions.js";
import { parseProjectConsent } from "./views.js";

/**
 * Line locks (F1) and the port-out cooldown (F3): what refuses a sensitive action whether or not
 * consent is asked, both when it is asked for and when an approval is carried out.
 */

export function locksOf(subscription: Subscription): LineLocks {
  return {
    simChange: subscription.lock_sim_change === 1,
    portOut: subscription.lock_port_out === 1,
  };
}

/** Events after which port-out waits for the cooldown: the line or its contact changed. */
const lineChangeEvents = ["subscription.simReplaced", "subscription.providerChanged"] as const;

/** When the line's SIM, provider or the user's contact last changed, if ever. */
export async function lastLineChangeAt(
  db: Executor,
  subscription: Subscription,
): Promise<number | null> {
  const row = await db
    .selectFrom("events")
    .select((eb) => eb.fn.max("time").as("at"))
    .where("project_id", "=", subscription.project_id)
    .where((eb) =>
      eb.or([
        eb.and([eb("subject", "=", subscription.id), eb("type", "in", [...lineChangeEvents])]),
        eb.and([eb("subject", "=", subscription.user_id), eb("type", "=", "user.contactChanged")]),
      ]),
    )
    .executeTakeFirst();
  return row?.at === null || row?.at === undefined ? null : Number(row.at);
}

export type ActionRefusal = {
  code: "lineLocked" | "cooldownActive";
  message: string;
  endsAt?: number;
};

/** Why the line refuses an action of `type` at `now`, or null when it allows it. */
export async function lineRefusal(
  db: Executor,
  project: Project,
  subscription: Subscription,
  type: ConsentType,
  now: number,
): Promise<ActionRefusal | null> {
  const lock = lockRefusing(type, locksOf(subscription));
  if (lock !== null) {
    return {
      code: "lineLocked",
      message:
        lock === "simChange"
          ? "The line is locked against SIM changes."
          : "The line is locked against port-out.",
    };
  }
  if (type !== "portOutCredentials") return null;
  const seconds =
    parseProjectConsent(project)?.portOutCooldownSeconds ?? defaultPortOutCooldownSeconds;
  const endsAt = cooldownEnd(await lastLineChangeAt(db, subscription), seconds, now);
  if (endsAt === null) return null;
  return {
    code: "cooldownActive",
    message: `Port-out credentials cannot be issued until ${new Date(endsAt).toISOString()}, after a recent change to the line.`,
    endsAt,
  };
}

export function refusalError(refusal: ActionRefusal): AppError {
  return new AppError(
    refusal.code,
    refusal.message,
    refusal.endsAt === undefined
      ? undefined
      : [{ path: "cooldownEndsAt", message: new Date(refusal.endsAt).toISOString() }],
  );
}

/** 409 lineLocked or cooldownActive when the line refuses the action (F1, F3). */
export async function assertLineAllows(
  db: Executor,
  project: Project,
  subscription: Subscription,
  type: ConsentType,
  now: number,
): Promise<void> {
  const refusal = await lineRefusal(db, project, subscription, type, now);
  if (refusal) throw refusalError(refusal);
}

export type LockChange = { simChange?: boolean | undefined; portOut?: boolean | undefined };

/**
 * Sets the named locks in the caller's transaction. A port-out lock also ends the current
 * transfer PIN (F4). Answers the locks this call newly set.
 */
export async function setLocks(
  tx: Executor,
  actor: Actor,
  subscription: Subscription,
  change: LockChange,
  now: number,
  data: Record<string, unknown> = {},
): Promise<LineLocks> {
  const before = locksOf(subscription);
  const added: LineLocks = {
    simChange: change.simChange === true && !before.simChange,
    portOut: change.portOut === true && !before.portOut,
  };
  if (!added.simChange && !added.portOut) return added;
  await tx
    .updateTable("subscriptions")
    .set({
      ...(added.simChange ? { lock_sim_change: 1 } : {}),
      ...(added.portOut ? { lock_port_out: 1 } : {}),
    })
    .where("project_id", "=", subscription.project_id)
    .where("id", "=", subscription.id)
    .execute();
  await recordEvent(tx, {
    projectId: subscription.project_id,
    type: "subscription.locked",
    actor,
    subject: subscription.id,
    data: { ...added, ...data },
    time: now,
  });
  if (added.portOut) {
    await invalidatePin(tx, actor, subscription, "portOutLocked", now);
  }
  return added;
}

/** Ends the line's transfer PIN, if it has one, with its event (F4). */
export async function invalidatePin(
  tx: Executor,
  actor: Actor,
  subscription: Pick<Subscription, "id" | "project_id">,
  reason: "portOutLocked" | "simChanged" | "tooManyFailures" | "reissued" | "expired",
  now: number,
): Promise<boolean> {
  const ended = await tx
    .updateTable("subscriptions")
    .set({ port_out_pin_hash: null, port_out_pin_expires_at: null, port_out_pin_failures: 0 })
    .where("project_id", "=", subscription.project_id)
    .where("id", "=", subscription.id)
    .where("port_out_pin_hash", "is not", null)
    .executeTakeFirst();
  if (ended.numUpdatedRows !== 1n) return false;
  await recordEvent(tx, {
    projectId: subscription.project_id,
    type: "portOutCredentials.invalidated",
    actor,
    subject: subscription.id,
    data: { reason },
    time: now,
  });
  return true;
}

/** Removes the named locks in the caller's transaction, with `subscription.unlocked`. */
export async function removeLocks(
  tx: Executor,
  actor: Actor,
  subscription: Subscription,
  change: LockChange,
  now: number,
  data: Record<string, unknown>,
): Promise<LineLocks> {
  const before = locksOf(subscription);
  const removed: LineLocks = {
    simChange: change.simChange === true && before.simChange,
    portOut: change.portOut === true && before.portOut,
  };
  if (!removed.simChange && !removed.portOut) return removed;
  await tx
    .updateTable("subscriptions")
    .set({
      ...(removed.simChange ? { lock_sim_change: 0 } : {}),
      ...(removed.portOut ? { lock_port_out: 0 } : {}),
    })
    .where("project_id", "=", subscription.project_id)
    .where("id", "=", subscription.id)
    .execute();
  await recordEvent(tx, {
    projectId: subscription.project_id,
    type: "subscription.unlocked",
    actor,
    subject: subscription.id,
    data: { ...removed, ...data },
    time: now,
  });
  return removed;
}

function assertSomeLock(change: LockChange): void {
  if (change.simChange !== true && change.portOut !== true) {
    throw new AppError("validationFailed", "Name at least one lock: simChange or portOut.", [
      { path: "simChange", message: "set simChange or portOut to true" },
    ]);
  }
}

/** A member or key locks the line (F1). */
export async function lockLine(
  deps: Deps,
  actor: Actor,
  projectId: string,
  subscriptionId: string,
  change: LockChange,
  options?: UseCaseOptions<Subscription>,
): Promise<Subscription> {
  assertSomeLock(change);
  return runUseCase(deps.db, options, async (tx) => {
    const subscription = await lockSubscription(tx, projectId, subscriptionId);
    if (subscription.status !== "active") {
      throw new AppError("subscriptionNotActive", "The subscription has ended.");
    }
    await setLocks(tx, actor, subscription, change, deps.clock.now());
    return lockSubscription(tx, projectId, subscriptionId);
  });
}

/** The locks an unlock names must be set on the line (F1). */
export function assertLocksSet(subscription: Subscription, change: LockChange): void {
  assertSomeLock(change);
  const locks = locksOf(subscription);
  if (
    (change.simChange === true && !locks.simChange) ||
    (change.portOut === true && !locks.portOut)
  ) {
    throw new AppError("conflict", "The line does not have the lock named.");
  }
}

/** An owner removes locks without the subscriber's consent, with a written reason (F1). */
export async function overrideUnlock(
  deps: Deps,
  actor: Actor,
  projectId: string,
  subscriptionId: string,
  change: LockChange & { reason: string },
  options?: UseCaseOptions<Subscription>,
): Promise<Subscription> {
  return runUseCase(deps.db, options, async (tx) => {
    const subscription = await lockSubscription(tx, projectId, subscriptionId);
    assertLocksSet(subscription, change);
    await removeLocks(tx, actor, subscription, change, deps.clock.now(), {
      override: true,
      reason: change.reason,
    });
    return lockSubscription(tx, projectId, subscriptionId);
  });
}
