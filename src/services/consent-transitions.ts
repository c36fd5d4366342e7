import { type Selectable, sql } from "kysely";
import { compiledOnce, insertRow } from "../db/compiled.js";
import type { Executor } from "../db/database.js";
import type { ConsentRequestsTable } from "../db/tables.js";
import {
  type ConsentTransition,
  cancellationReasonOf,
  type DeliveryMethod,
  nextStatus,
  sourceStatuses,
  targetStatus,
} from "../domain/consent-rules.js";
import { newId } from "../ids.js";
import { consentRequestOutcomes } from "../metrics.js";
import { hashSecret, newSecretToken, type Sealer } from "../secrets.js";
import type { Actor } from "./deps.js";
import { type EventType, type NewEvent, recordEvent, recordEvents } from "./events.js";
import { type ActionDetails, storedDetails } from "./fulfilment.js";
import { enqueueJob } from "./jobs.js";

export type ConsentRequestRow = Selectable<ConsentRequestsTable>;

/** A line, named with its project so that every query stays within the project. */
type SubscriptionRef = { id: string; project_id: string };

const effects: Record<
  ConsentTransition,
  {
    event: EventType;
    at: "approved_at" | "declined_at" | "fulfilled_at" | "canceled_at" | "expired_at";
  }
> = {
  approve: { event: "consentRequest.approved", at: "approved_at" },
  decline: { event: "consentRequest.declined", at: "declined_at" },
  fulfil: { event: "consentRequest.fulfilled", at: "fulfilled_at" },
  cancel: { event: "consentRequest.canceled", at: "canceled_at" },
  supersede: { event: "consentRequest.canceled", at: "canceled_at" },
  endSubscription: { event: "consentRequest.canceled", at: "canceled_at" },
  expire: { event: "consentRequest.expired", at: "expired_at" },
};

/**
 * The conditional update of a transition, for any set of rows: the condition repeats the rule
 * (source status, and validity unless expiring), so that of two racing changes exactly one updates
 * a row. Every change of `consent_requests.status` goes through it.
 */
function transitionUpdate(tx: Executor, transition: ConsentTransition, now: number) {
  const effect = effects[transition];
  const reason = cancellationReasonOf[transition] ?? null;
  const update = tx
    .updateTable("consent_requests")
    .set({
      status: targetStatus(transition),
      [effect.at]: now,
      ...(reason ? { cancellation_reason: reason } : {}),
      ...(transition === "fulfil" ? { fulfillment_error: null } : {}),
    })
    .where("status", "in", [...sourceStatuses(transition)]);
  return transition === "expire"
    ? update.where("expires_at", "<=", now)
    : update.where((eb) => eb.or([eb("status", "<>", "pending"), eb("expires_at", ">", now)]));
}

function transitionEvent(
  transition: ConsentTransition,
  request: Pick<ConsentRequestRow, "id" | "project_id">,
  actor: Actor,
  now: number,
  data: Record<string, unknown>,
): NewEvent {
  const reason = cancellationReasonOf[transition] ?? null;
  return {
    projectId: request.project_id,
    type: effects[transition].event,
    actor,
    subject: request.id,
    data: { ...(reason ? { reason } : {}), ...data },
    time: now,
  };
}

/**
 * Applies one transition of C3 as a single conditional update, and writes its event in the same
 * transaction. The condition repeats the rule (source status, and validity unless expiring), so
 * that of two racing changes exactly one updates the row; the loser gets false and writes nothing.
 */
export async function applyTransition(
  tx: Executor,
  request: ConsentRequestRow,
  transition: ConsentTransition,
  actor: Actor,
  now: number,
  data: Record<string, unknown> = {},
): Promise<boolean> {
  const to = nextStatus({ status: request.status, expiresAt: request.expires_at }, transition, now);
  if (to === null) return false;
  const result = await transitionUpdate(tx, transition, now)
    .where("project_id", "=", request.project_id)
    .where("id", "=", request.id)
    .executeTakeFirst();
  if (result.numUpdatedRows !== 1n) return false;
  await recordEvent(tx, transitionEvent(transition, request, actor, now, data));
  consentRequestOutcomes.inc({ type: request.type, outcome: to });
  return true;
}

/**
 * The same transition for many requests at once (the expiry sweep, across projects): the same
 * conditional update over the given ids, one statement, and one event for each row it changed.
 * RETURNING names exactly those rows, so a request another change took in between is left alone
 * and gets no event. Returns the requests changed.
 */
export async function applyTransitionToMany(
  tx: Executor,
  ids: readonly string[],
  transition: ConsentTransition,
  actor: Actor,
  now: number,
): Promise<Pick<ConsentRequestRow, "id" | "project_id" | "type">[]> {
  if (ids.length === 0) return [];
  const rows = await transitionUpdate(tx, transition, now)
    .where("id", "in", [...ids])
    .returning(["id", "project_id", "type"])
    .execute();
  await recordEvents(
    tx,
    rows.map((row) => transitionEvent(transition, row, actor, now, {})),
  );
  const to = targetStatus(transition);
  for (const row of rows) consentRequestOutcomes.inc({ type: row.type, outcome: to });
  return rows;
}

/**
 * The query behind findOpenRequests: one lookup in each partial unique index
 * (`consent_requests_one_pending`, `consent_requests_one_approved`), so that its cost does not
 * grow with the requests the line ever had. The statuses are literals: SQLite uses a partial index
 * only when the query's condition plainly implies the index's, which `status in (…)` or a bound
 * parameter does not.
 */
export function openRequestsQuery(
  tx: Executor,
  subscription: SubscriptionRef,
  type: ConsentRequestRow["type"],
) {
  const inStatus = (status: "pending" | "approved") =>
    tx
      .selectFrom("consent_requests")
      .selectAll()
      .where("project_id", "=", subscription.project_id)
      .where("subscription_id", "=", subscription.id)
      .where("type", "=", type)
      .where("status", "=", sql.lit(status));
  return inStatus("pending").unionAll(inStatus("approved"));
}

const openRequests = compiledOnce(
  (db, input: (name: "projectId" | "subscriptionId" | "type") => never) =>
    openRequestsQuery(
      db,
      { project_id: input("projectId"), id: input("subscriptionId") },
      input("type"),
    ),
);

/** The pending and the approved request of a subscription and type, if any (at most one each). */
export async function findOpenRequests(
  tx: Executor,
  subscription: SubscriptionRef,
  type: ConsentRequestRow["type"],
): Promise<{ pending?: ConsentRequestRow; approved?: ConsentRequestRow }> {
  const { rows } = await openRequests(tx, {
    projectId: subscription.project_id,
    subscriptionId: subscription.id,
    type,
  });
  return {
    pending: rows.find((row) => row.status === "pending"),
    approved: rows.find((row) => row.status === "approved"),
  };
}

/**
 * Moves the pending request of a subscription and type out of the way of a new one: it is
 * superseded, or recorded expired if its validity has passed.
 */
export async function displacePendingRequest(
  tx: Executor,
  pending: ConsentRequestRow | undefined,
  actor: Actor,
  now: number,
): Promise<void> {
  if (!pending) return;
  if (!(await applyTransition(tx, pending, "supersede", actor, now))) {
    await applyTransition(tx, pending, "expire", actor, now);
  }
}

export type NewRequest = {
  projectId: string;
  subscriptionId: string;
  userId: string;
  details: ActionDetails;
  deliveryMethod: DeliveryMethod;
  recipient: string;
  linkTtlSeconds: number;
  requestedBy: Extract<Actor, { type: "member" | "apiKey" }>;
  resentFrom: string | null;
  now: number;
};

/**
 * Inserts a pending request with a fresh link token (only its hash is stored), its event and the
 * job that will send the link; the job carries the token sealed under the application key.
 */
export async function insertPendingRequest(
  tx: Executor,
  sealer: Sealer,
  input: NewRequest,
): Promise<{ row: ConsentRequestRow; token: string }> {
  const token = newSecretToken();
  const row: ConsentRequestRow = {
    id: newId("consentRequest", input.now),
    project_id: input.projectId,
    type: input.details.type,
    status: "pending",
    subscription_id: input.subscriptionId,
    user_id: input.userId,
    details: storedDetails(input.details),
    delivery_method: input.deliveryMethod,
    recipient: input.recipient,
    token_hash: hashSecret(token),
    requested_by_type: input.requestedBy.type,
    requested_by_id: input.requestedBy.id,
    resent_from: input.resentFrom,
    cancellation_reason: null,
    fulfillment_error: null,
    delivery_error: null,
    created_at: input.now,
    expires_at: input.now + input.linkTtlSeconds * 1000,
    sent_at: null,
    opened_at: null,
    approved_at: null,
    declined_at: null,
    fulfilled_at: null,
    canceled_at: null,
    expired_at: null,
    page_locale: null,
    page_text_version: null,
    decision_client_address: null,
    decision_user_agent: null,
    redacted_at: null,
  };
  await insertRow(tx, "consent_requests", row);
  await enqueueJob(tx, {
    projectId: input.projectId,
    kind: "consentRequest.deliver",
    payload: { consentRequestId: row.id, sealedToken: sealer.seal("linkToken", row.id, token) },
    now: input.now,
  });
  // The event last: on PostgreSQL its fan-out's probe carries all three inserts (insertRow).
  await recordEvent(tx, {
    projectId: input.projectId,
    type: "consentRequest.created",
    actor: input.requestedBy,
    subject: row.id,
    data: {
      type: row.type,
      subscription: row.subscription_id,
      deliveryMethod: row.delivery_method,
      resentFrom: row.resent_from,
    },
    time: input.now,
  });
  consentRequestOutcomes.inc({ type: row.type, outcome: "created" });
  return { row, token };
}
