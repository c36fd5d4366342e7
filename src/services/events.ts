import { insertRow } from "../db/compiled.js";
import type { Executor } from "../db/database.js";
import { newId } from "../ids.js";
import { enqueueWebhookDeliveries, type WrittenEvent } from "../webhooks/fanout.js";
import { dataDigest } from "./audit-chain.js";
import type { Actor } from "./deps.js";

/** The catalogue of event types (E1). */
export const eventTypes = [
  "consentRequest.created",
  "consentRequest.opened",
  "consentRequest.sent",
  "consentRequest.deliveryFailed",
  "consentRequest.approved",
  "consentRequest.declined",
  "consentRequest.fulfilled",
  "consentRequest.canceled",
  "consentRequest.expired",
  "consentRequest.fulfillmentFailed",
  "subscription.created",
  "subscription.simReplaced",
  "subscription.providerChanged",
  "subscription.ended",
  "portOutCredentials.issued",
  "project.updated",
  "user.created",
  "user.updated",
  "sim.created",
  "member.loggedIn",
  "member.created",
  "apiKey.created",
  "apiKey.revoked",
  "organization.created",
  "project.created",
  "member.added",
  "member.roleChanged",
  "member.removed",
  "member.loginFailed",
  "user.contactChanged",
  "consentRequest.heldInOutbox",
  "subscription.locked",
  "subscription.unlocked",
  "subscription.flagCleared",
  "fraud.suspected",
  "portOutCredentials.used",
  "portOutCredentials.invalidated",
  "portOutCredentials.verificationFailed",
  "project.dataRedacted",
  "webhookEndpoint.created",
  "webhookEndpoint.updated",
  "webhookEndpoint.deleted",
  "webhookEndpoint.secretRotated",
  "webhookEndpoint.disabled",
  "simSwap.checked",
] as const;

export type EventType = (typeof eventTypes)[number];

export type NewEvent = {
  projectId: string;
  type: EventType;
  actor: Actor;
  subject: string;
  data?: Record<string, unknown>;
  time: number;
};

function eventRow(event: NewEvent) {
  const data = JSON.stringify(event.data ?? {});
  return {
    id: newId("event", event.time),
    project_id: event.projectId,
    type: event.type,
    time: event.time,
    actor_type: event.actor.type,
    actor_id: event.actor.id,
    subject: event.subject,
    data,
    // The audit chain hashes the data through this digest, taken as written (F6).
    data_digest: dataDigest(data),
  };
}

/** Writes an event; call it with the transaction of the change it records. */
export async function recordEvent(tx: Executor, event: NewEvent): Promise<string> {
  const row = eventRow(event);
  await insertRow(tx, "events", row);
  await enqueueWebhookDeliveries(tx, [written(row)]);
  return row.id;
}

/** Writes many events in one statement (batch jobs such as the expiry sweep). */
export async function recordEvents(tx: Executor, events: NewEvent[]): Promise<void> {
  if (events.length === 0) return;
  const rows = events.map(eventRow);
  await tx.insertInto("events").values(rows).execute();
  await enqueueWebhookDeliveries(tx, rows.map(written));
}

/** What the webhook fan-out needs of a written event (W2). */
function written(row: ReturnType<typeof eventRow>): WrittenEvent {
  return { id: row.id, projectId: row.project_id, type: row.type, time: row.time };
}
