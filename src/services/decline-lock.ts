import { inTransaction } from "../db/database.js";
import { findReviewByToken, type ReviewView } from "./consent-decisions.js";
import type { Deps } from "./deps.js";
import { lockSubscription } from "./inventory.js";
import { setLocks } from "./line-locks.js";

/**
 * F2: the subscriber who declined a request locks the line against SIM changes and port-out from
 * the confirmation page. Only a declined request's link can do it; the actor is the user.
 * Undefined for an unknown token; `locked` false when the link cannot lock (not declined).
 */
export async function lockLineByToken(
  deps: Deps,
  token: string,
): Promise<{ view: ReviewView; locked: boolean } | undefined> {
  const found = await findReviewByToken(deps.db, token, deps.clock.now());
  if (!found) return undefined;
  if (found.status !== "declined") return { view: found, locked: false };
  return inTransaction(deps.db, async (tx) => {
    const now = deps.clock.now();
    const { request } = found;
    const subscription = await lockSubscription(tx, request.project_id, request.subscription_id);
    if (subscription.status !== "active") return { view: found, locked: false };
    await setLocks(
      tx,
      { type: "user", id: request.user_id },
      subscription,
      { simChange: true, portOut: true },
      now,
      { consentRequest: request.id },
    );
    return { view: (await findReviewByToken(tx, token, now)) as ReviewView, locked: true };
  });
}
