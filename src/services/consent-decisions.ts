import { type Executor, inTransaction } from "../db/database.js";
import { effectiveStatus } from "../domain/consent-rules.js";
import { hashSecret } from "../secrets.js";
import { fulfilApproved } from "./consent-requests.js";
import { applyTransition, type ConsentRequestRow } from "./consent-transitions.js";
import type { Deps } from "./deps.js";
import { recordEvent } from "./events.js";
import { type DecisionClient, pageShown, recordDecisionEvidence } from "./evidence-records.js";
import { flagDeclinedRequest } from "./fraud-flags.js";
import type { Credentials } from "./fulfilment.js";
import { lockSubscription } from "./inventory.js";

/**
 * What the subscriber does through the link (L2, C4): view, approve or decline. The token is the
 * only credential; it is looked up by its hash.
 */

/** What the review page shows about a request. */
export type ReviewView = {
  request: ConsentRequestRow;
  /** The status as the user sees it now (a pending request past its validity is expired). */
  status: ConsentRequestRow["status"];
  /** Whether a newer request replaced this one (C6). */
  superseded: boolean;
  projectName: string;
  preferredLocale: string;
  phoneNumber: string;
  /** The line's locks (F1), so that a decline can offer the ones not yet set (F2). */
  locks: { simChange: boolean; portOut: boolean };
};

/**
 * One indexed query whether or not the token is known, so that an unknown token and a real one
 * cost the same (L3: no probing for valid tokens by timing).
 */
export async function findReviewByToken(
  db: Executor,
  token: string,
  now: number,
): Promise<ReviewView | undefined> {
  const row = await db
    .selectFrom("consent_requests as r")
    .innerJoin("projects as p", "p.id", "r.project_id")
    .innerJoin("users as u", (join) =>
      join.onRef("u.id", "=", "r.user_id").onRef("u.project_id", "=", "r.project_id"),
    )
    .innerJoin("subscriptions as s", (join) =>
      join.onRef("s.id", "=", "r.subscription_id").onRef("s.project_id", "=", "r.project_id"),
    )
    .selectAll("r")
    .select([
      "p.name as project_name",
      "u.preferred_locale",
      "s.phone_number",
      "s.lock_sim_change",
      "s.lock_port_out",
    ])
    .where("r.token_hash", "=", hashSecret(token))
    .executeTakeFirst();
  if (!row) return undefined;
  const {
    project_name,
    preferred_locale,
    phone_number,
    lock_sim_change,
    lock_port_out,
    ...request
  } = row;
  return {
    request,
    status: effectiveStatus({ status: request.status, expiresAt: request.expires_at }, now),
    superseded: request.cancellation_reason === "superseded",
    projectName: project_name,
    preferredLocale: preferred_locale,
    phoneNumber: phone_number,
    locks: { simChange: lock_sim_change === 1, portOut: lock_port_out === 1 },
  };
}

/**
 * Shows the request behind a link, and records its first view (`consentRequest.opened`). Nothing
 * else changes: mail scanners open links before people do. Undefined for an unknown token.
 */
export async function openByToken(
  deps: Deps,
  token: string,
  options: { recordView: boolean } = { recordView: true },
): Promise<ReviewView | undefined> {
  const now = deps.clock.now();
  const view = await findReviewByToken(deps.db, token, now);
  if (!view) return undefined;
  const { request } = view;
  if (options.recordView && view.status === "pending" && request.opened_at === null) {
    await inTransaction(deps.db, async (tx) => {
      // Conditional, so that two first views at once record one event.
      const first = await tx
        .updateTable("consent_requests")
        .set({ opened_at: now, ...pageShown(view.preferredLocale) })
        .where("project_id", "=", request.project_id)
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
  return view;
}

export type DecisionOutcome = "approved" | "fulfilled" | "fulfillmentFailed" | "declined" | "none";

export type DecisionResult = {
  /** What this call did; `none` when the request was no longer pending (the view says why). */
  outcome: DecisionOutcome;
  view: ReviewView;
  credentials: Credentials | null;
};

/**
 * Approves or declines by token. An approved SIM replacement or provider change is carried out
 * at once (C4); port-out credentials wait for a member's follow-up (C8). Undefined for an
 * unknown token.
 */
export async function decideByToken(
  deps: Deps,
  token: string,
  decision: "approve" | "decline",
  client: DecisionClient = { address: null, userAgent: null },
): Promise<DecisionResult | undefined> {
  const found = await findReviewByToken(deps.db, token, deps.clock.now());
  if (!found) return undefined;
  return inTransaction(deps.db, async (tx) => {
    // The subscription lock orders this decision after any cancel or fulfilment in progress;
    // the time is read once it is held, so that the decision is stamped after them too.
    const subscription = await lockSubscription(
      tx,
      found.request.project_id,
      found.request.subscription_id,
    );
    const now = deps.clock.now();
    const current = (await findReviewByToken(tx, token, now)) as ReviewView;
    const request = current.request;
    const actor = { type: "user", id: request.user_id } as const;
    const won = await applyTransition(tx, request, decision, actor, now);
    let outcome: DecisionOutcome = "none";
    let credentials: Credentials | null = null;
    if (won) await recordDecisionEvidence(tx, request, client, current.preferredLocale);
    if (won && decision === "decline") {
      outcome = "declined";
      await flagDeclinedRequest(tx, request, now);
    }
    if (won && decision === "approve") {
      outcome = "approved";
      if (request.type !== "portOutCredentials") {
        const approved = { ...request, status: "approved" as const, approved_at: now };
        const fulfilment = await fulfilApproved(
          tx,
          approved,
          subscription,
          actor,
          now,
          deps.sealer,
        );
        outcome = fulfilment.ok ? "fulfilled" : "fulfillmentFailed";
        credentials = fulfilment.ok ? fulfilment.credentials : null;
      }
    }
    const after = won ? ((await findReviewByToken(tx, token, now)) as ReviewView) : current;
    return { outcome, view: after, credentials };
  });
}
