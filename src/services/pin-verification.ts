import { maskPhone } from "../domain/formats.js";
import { type Actor, type Deps, systemActor } from "./deps.js";
import { recordEvent } from "./events.js";
import { lockSubscription } from "./inventory.js";
import { invalidatePin } from "./line-locks.js";
import { runUseCase, type UseCaseOptions } from "./transactions.js";

/**
 * F4: the carrier that receives a port request checks the transfer PIN. A valid PIN is used up
 * by the check; five wrong answers for a line end its PIN. The answer never says which part was
 * wrong, nor whether the number is a line of the project.
 */

export const maxWrongPins = 5;

export type PinCheck = { phoneNumber: string; accountNumber: string; pin: string };

export async function verifyPortOutPin(
  deps: Deps,
  actor: Actor,
  projectId: string,
  check: PinCheck,
  options?: UseCaseOptions<{ valid: boolean }>,
): Promise<{ valid: boolean }> {
  const line = await deps.db
    .selectFrom("subscriptions")
    .select("id")
    .where("project_id", "=", projectId)
    .where("phone_number", "=", check.phoneNumber)
    .where("status", "=", "active")
    .executeTakeFirst();
  return runUseCase(deps.db, options, async (tx) => {
    if (!line) return { valid: false };
    const now = deps.clock.now();
    // The row lock orders checks of one line, so that a PIN verifies at most once.
    const subscription = await lockSubscription(tx, projectId, line.id);
    const stored = subscription.port_out_pin_hash;
    const lineData = { number: maskPhone(subscription.phone_number) };
    if (stored === null) return { valid: false };
    if (
      subscription.port_out_pin_expires_at !== null &&
      now >= subscription.port_out_pin_expires_at
    ) {
      await invalidatePin(tx, actor, subscription, "expired", now);
      return { valid: false };
    }
    const pinMatches = await deps.sealer.pinMatches(subscription.id, check.pin, stored);
    if (pinMatches && check.accountNumber === subscription.account_number) {
      await tx
        .updateTable("subscriptions")
        .set({ port_out_pin_hash: null, port_out_pin_expires_at: null, port_out_pin_failures: 0 })
        .where("project_id", "=", projectId)
        .where("id", "=", subscription.id)
        .where("port_out_pin_hash", "=", stored)
        .execute();
      await recordEvent(tx, {
        projectId,
        type: "portOutCredentials.used",
        actor,
        subject: subscription.id,
        data: lineData,
        time: now,
      });
      return { valid: true };
    }
    const failures = subscription.port_out_pin_failures + 1;
    await tx
      .updateTable("subscriptions")
      .set({ port_out_pin_failures: failures })
      .where("project_id", "=", projectId)
      .where("id", "=", subscription.id)
      .execute();
    await recordEvent(tx, {
      projectId,
      type: "portOutCredentials.verificationFailed",
      actor,
      subject: subscription.id,
      data: { ...lineData, failures },
      time: now,
    });
    if (failures >= maxWrongPins) {
      await invalidatePin(tx, actor, subscription, "tooManyFailures", now);
    }
    return { valid: false };
  });
}

/**
 * Ends the transfer PINs whose validity has passed, with their event (F4), in batches over a
 * partial index: a check refuses an expired PIN anyway; this records when it stopped.
 */
export async function invalidateExpiredPins(deps: Deps, limit = 200): Promise<number> {
  const now = deps.clock.now();
  const due = await deps.db
    .selectFrom("subscriptions")
    .select(["id", "project_id"])
    .where("port_out_pin_hash", "is not", null)
    .where("port_out_pin_expires_at", "<=", now)
    .limit(limit)
    .execute();
  let ended = 0;
  for (const line of due) {
    const done = await deps.db.transaction().execute(async (tx) => {
      const subscription = await lockSubscription(tx, line.project_id, line.id);
      const expiresAt = subscription.port_out_pin_expires_at;
      if (expiresAt === null || expiresAt > now) return false;
      return invalidatePin(tx, systemActor, subscription, "expired", now);
    });
    if (done) ended += 1;
  }
  return ended;
}
