import type { Executor } from "../db/database.js";
import { AppError } from "../errors.js";
import type { ConsentRequestRow } from "./consent-transitions.js";
import type { Actor, Deps } from "./deps.js";
import { recordEvent } from "./events.js";
import { lockSubscription, type Subscription } from "./inventory.js";
import { enqueueJob } from "./jobs.js";
import { runUseCase, type UseCaseOptions } from "./transactions.js";

/**
 * "I did not ask for this" is a fraud signal (F2): a decline flags the line and names the request
 * and who asked for it, so that support looks at who is trying what; an owner clears the flag.
 */

export async function flagDeclinedRequest(
  tx: Executor,
  request: ConsentRequestRow,
  now: number,
): Promise<void> {
  await tx
    .updateTable("subscriptions")
    .set({ flagged_at: now })
    .where("project_id", "=", request.project_id)
    .where("id", "=", request.subscription_id)
    .execute();
  await recordEvent(tx, {
    projectId: request.project_id,
    type: "fraud.suspected",
    actor: { type: "user", id: request.user_id },
    subject: request.subscription_id,
    data: {
      consentRequest: request.id,
      type: request.type,
      requestedBy: { type: request.requested_by_type, id: request.requested_by_id },
    },
    time: now,
  });
  const owners = await tx
    .selectFrom("memberships")
    .select("member_id")
    .where("project_id", "=", request.project_id)
    .where("role", "=", "owner")
    .execute();
  for (const owner of owners) {
    await enqueueJob(tx, {
      projectId: request.project_id,
      kind: "fraud.declinedNotice",
      payload: { consentRequestId: request.id, memberId: owner.member_id },
      now,
    });
  }
}

export async function clearFlag(
  deps: Deps,
  actor: Actor,
  projectId: string,
  subscriptionId: string,
  input: { reason: string },
  options?: UseCaseOptions<Subscription>,
): Promise<Subscription> {
  return runUseCase(deps.db, options, async (tx) => {
    const subscription = await lockSubscription(tx, projectId, subscriptionId);
    if (subscription.flagged_at === null) {
      throw new AppError("conflict", "The subscription is not flagged.");
    }
    await tx
      .updateTable("subscriptions")
      .set({ flagged_at: null })
      .where("project_id", "=", projectId)
      .where("id", "=", subscriptionId)
      .execute();
    await recordEvent(tx, {
      projectId,
      type: "subscription.flagCleared",
      actor,
      subject: subscriptionId,
      data: { reason: input.reason, flaggedAt: new Date(subscription.flagged_at).toISOString() },
      time: deps.clock.now(),
    });
    return lockSubscription(tx, projectId, subscriptionId);
  });
}
