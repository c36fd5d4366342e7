import type { Executor } from "../db/database.js";
import { effectiveStatus } from "../domain/consent-rules.js";
import { hashSecret } from "../secrets.js";
import { fulfilApproved } from "./consent-requests.js";
import { applyTransition, type ConsentRequestRow } from "./consent-transitions.js";
import type { Deps } from "./deps.js";
import { recordEvent } from "./events.js";
import type { Credentials } from "./fulfilment.js";
import { getUser, lockSubscription, type Subscription, type User } from "./inventory.js";
import { getProject, type Project } from "./projects.js";

/**
 * What the subscriber does through the link (L2, C4): view, approve or decline. The token is the
 * only credential; it is looked up by its hash.
 */

async function findByToken(db: Executor, token: string): Promise<ConsentRequestRow | undefined> {
  if (token.length < 16 || token.length > 128) return undefined;
  return db
    .selectFrom("consent_requests")
    .selectAll()
    .where("token_hash", "=", hashSecret(token))
    .executeTakeFirst();
}

export type ReviewView = {
  request: ConsentRequestRow;
  /** The status as the user sees it now (a pending request past its validity is expired). */
  status: ConsentRequestRow["status"];
  /** Whether a newer request replaced this one (C6). */
  superseded: boolean;
  project: Project;
  user: User;
  subscription: Subscription;
};

async function reviewView(
  db: Executor,
  request: ConsentRequestRow,
  now: number,
): Promise<ReviewView> {
  const [project, user, subscription] = await Promise.all([
    getProject(db, request.project_id),
    getUser(db, request.project_id, request.user_id),
    db
      .selectFrom("subscriptions")
      .selectAll()
      .where("id", "=", request.subscription_id)
      .executeTakeFirstOrThrow(),
  ]);
  return {
    request,
    status: effectiveStatus({ status: request.status, expiresAt: request.expires_at }, now),
    superseded: request.cancellation_reason === "superseded",
    project,
    user,
    subscription,
  };
}

/**
 * Shows the request behind a link, and records its first view (`consentRequest.opened`). Nothing
 * else changes: mail scanners open links before people do. Undefined for an unknown token.
 */
export async function openByToken(deps: Deps, token: string): Promise<ReviewView | undefined> {
  const now = deps.clock.now();
  const request = await findByToken(deps.db, token);
  if (!request) return undefined;
  const status = effectiveStatus({ status: request.status, expiresAt: request.expires_at }, now);
  if (status === "pending" && request.opened_at === null) {
    await deps.db.transaction().execute(async (tx) => {
      const first = await tx
        .updateTable("consent_requests")
        .set({ opened_at: now })
        .where("id", "=", request.id)
        .where("opened_at", "is", null)
        .executeTakeFirst();
      if (first.numUpdatedRows === 1n) {
        await recordEvent(tx, {
          projectId: request.project_id,
          type: "consentRequest.opened",
          actor: { type: "user", id: request.user_id },
          subject: request.id,
          time: now,
        });
      }
    });
    request.opened_at = now;
  }
  return reviewView(deps.db, request, now);
}

export type DecisionResult = {
  /** What this call did; `none` when the request was no longer pending (the view says why). */
  outcome: "approved" | "fulfilled" | "fulfillmentFailed" | "declined" | "none";
  view: ReviewView;
  credentials: Credentials | null;
};

/** Approves or declines by token. An approved SIM replacement or provider change is carried
 * out at once (C4); port-out credentials wait for a member's follow-up (C8). */
export async function decideByToken(
  deps: Deps,
  token: string,
  decision: "approve" | "decline",
): Promise<DecisionResult | undefined> {
  const found = await findByToken(deps.db, token);
  if (!found) return undefined;
  return deps.db.transaction().execute(async (tx) => {
    const now = deps.clock.now();
    const subscription = await lockSubscription(tx, found.project_id, found.subscription_id);
    const request = (await findByToken(tx, token)) as ConsentRequestRow;
    const actor = { type: "user", id: request.user_id } as const;
    const won = await applyTransition(tx, request, decision, actor, now);
    let outcome: DecisionResult["outcome"] = won
      ? decision === "approve"
        ? "approved"
        : "declined"
      : "none";
    let credentials: Credentials | null = null;
    if (won && decision === "approve" && request.type !== "portOutCredentials") {
      const approved = { ...request, status: "approved" as const, approved_at: now };
      const fulfilment = await fulfilApproved(tx, approved, subscription, actor, now);
      outcome = fulfilment.ok ? "fulfilled" : "fulfillmentFailed";
      credentials = fulfilment.ok ? fulfilment.credentials : null;
    }
    const current = (await findByToken(tx, token)) as ConsentRequestRow;
    return { outcome, view: await reviewView(tx, current, now), credentials };
  });
}
