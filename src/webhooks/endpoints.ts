import type { Selectable } from "kysely";
import { isoTime } from "../clock.js";
import { type Executor, inTransaction } from "../db/database.js";
import type { WebhookAttemptsTable, WebhookEndpointsTable } from "../db/tables.js";
import { AppError, invalid, notFound } from "../errors.js";
import { newId } from "../ids.js";
import type { Actor, Deps } from "../services/deps.js";
import {
  webhookEndpointEventData as endpointEvents,
  eventData,
} from "../services/event-catalogue.js";
import { recordEvent } from "../services/events.js";
import { enqueueJob } from "../services/jobs.js";
import { runUseCase, type UseCaseOptions } from "../services/transactions.js";
import { urlRefusal } from "./address-policy.js";
import { webhookMaxAttempts } from "./fanout.js";
import { addressPolicyOf } from "./settings.js";
import { newEndpointSecret, sealSecret } from "./signing.js";

/** W1: a project's webhook endpoints, managed by its owners. */

export type EndpointRow = Selectable<WebhookEndpointsTable>;

/** How long a rotated-out secret keeps signing beside the new one. */
export const secretOverlapMs = 24 * 3_600_000;

export function endpointView(row: EndpointRow) {
  return {
    object: "webhookEndpoint" as const,
    id: row.id,
    project: row.project_id,
    url: row.url,
    description: row.description,
    eventTypes: row.event_types === null ? null : (JSON.parse(row.event_types) as string[]),
    enabled: row.enabled === 1,
    failingSince: isoTime(row.failing_since),
    disabledAt: isoTime(row.disabled_at),
    previousSecretExpiresAt: isoTime(row.previous_secret_expires_at),
    createdAt: isoTime(row.created_at) as string,
    updatedAt: isoTime(row.updated_at) as string,
  };
}

export function attemptView(row: Selectable<WebhookAttemptsTable>) {
  return {
    object: "webhookAttempt" as const,
    id: row.id,
    endpoint: row.endpoint_id,
    event: row.event_id,
    attemptedAt: isoTime(row.attempted_at) as string,
    statusCode: row.status_code,
    error: row.error,
    durationMs: row.duration_ms,
    response: row.response,
  };
}

export async function getEndpoint(
  db: Executor,
  projectId: string,
  endpointId: string,
): Promise<EndpointRow> {
  const row = await db
    .selectFrom("webhook_endpoints")
    .selectAll()
    .where("project_id", "=", projectId)
    .where("id", "=", endpointId)
    .executeTakeFirst();
  if (!row) throw notFound("Webhook endpoint");
  return row;
}

async function assertUrl(deps: Deps, url: string): Promise<void> {
  const refused = await urlRefusal(addressPolicyOf(deps), url);
  if (refused) throw invalid("url", refused);
}

function eventTypesColumn(types: readonly string[] | null | undefined): string | null {
  return types === undefined || types === null ? null : JSON.stringify([...new Set(types)]);
}

export type NewEndpoint = {
  url: string;
  eventTypes?: string[] | null | undefined;
  description?: string | null | undefined;
};

/** Creates an endpoint; the answer carries its secret, the only time it is shown in full. */
export async function createEndpoint(
  deps: Deps,
  actor: Actor,
  projectId: string,
  input: NewEndpoint,
  options?: UseCaseOptions<{ endpoint: EndpointRow; secret: string }>,
): Promise<{ endpoint: EndpointRow; secret: string }> {
  await assertUrl(deps, input.url);
  const secret = newEndpointSecret();
  return runUseCase(deps.db, options, async (tx) => {
    const now = deps.clock.now();
    const id = newId("webhookEndpoint", now);
    const row: EndpointRow = {
      id,
      project_id: projectId,
      url: input.url,
      description: input.description ?? null,
      event_types: eventTypesColumn(input.eventTypes),
      enabled: 1,
      secret_sealed: sealSecret(deps.sealer, id, secret),
      previous_secret_sealed: null,
      previous_secret_expires_at: null,
      failing_since: null,
      disabled_at: null,
      created_at: now,
      updated_at: now,
    };
    await tx.insertInto("webhook_endpoints").values(row).execute();
    await recordEvent(tx, {
      projectId,
      type: "webhookEndpoint.created",
      actor,
      subject: row.id,
      data: eventData(endpointEvents.created, {
        url: row.url,
        eventTypes: endpointView(row).eventTypes,
      }),
      time: now,
    });
    return { endpoint: row, secret };
  });
}

export type EndpointPatch = {
  url?: string | undefined;
  eventTypes?: string[] | null | undefined;
  description?: string | null | undefined;
  enabled?: boolean | undefined;
};

/** Changes an endpoint. Enabling it again clears its failure record: it starts afresh (W4). */
export async function updateEndpoint(
  deps: Deps,
  actor: Actor,
  projectId: string,
  endpointId: string,
  patch: EndpointPatch,
): Promise<EndpointRow> {
  if (patch.url !== undefined) await assertUrl(deps, patch.url);
  return inTransaction(deps.db, async (tx) => {
    const now = deps.clock.now();
    const current = await getEndpoint(tx, projectId, endpointId);
    const values: Partial<EndpointRow> = { updated_at: now };
    if (patch.url !== undefined) values.url = patch.url;
    if (patch.description !== undefined) values.description = patch.description;
    if (patch.eventTypes !== undefined) values.event_types = eventTypesColumn(patch.eventTypes);
    if (patch.enabled !== undefined && patch.enabled !== (current.enabled === 1)) {
      values.enabled = patch.enabled ? 1 : 0;
      values.disabled_at = patch.enabled ? null : now;
      values.failing_since = null;
    }
    await tx
      .updateTable("webhook_endpoints")
      .set(values)
      .where("project_id", "=", projectId)
      .where("id", "=", endpointId)
      .execute();
    await recordEvent(tx, {
      projectId,
      type: "webhookEndpoint.updated",
      actor,
      subject: endpointId,
      data: eventData(endpointEvents.updated, { changed: Object.keys(patch) }),
      time: now,
    });
    return getEndpoint(tx, projectId, endpointId);
  });
}

/**
 * A new secret; the one it replaces keeps signing beside it for 24 hours, so receivers can
 * switch without losing a message. A second rotation within those hours drops the oldest.
 */
export async function rotateEndpointSecret(
  deps: Deps,
  actor: Actor,
  projectId: string,
  endpointId: string,
  options?: UseCaseOptions<{ endpoint: EndpointRow; secret: string }>,
): Promise<{ endpoint: EndpointRow; secret: string }> {
  const secret = newEndpointSecret();
  return runUseCase(deps.db, options, async (tx) => {
    const now = deps.clock.now();
    const current = await getEndpoint(tx, projectId, endpointId);
    await tx
      .updateTable("webhook_endpoints")
      .set({
        secret_sealed: sealSecret(deps.sealer, endpointId, secret),
        previous_secret_sealed: current.secret_sealed,
        previous_secret_expires_at: now + secretOverlapMs,
        updated_at: now,
      })
      .where("project_id", "=", projectId)
      .where("id", "=", endpointId)
      .execute();
    await recordEvent(tx, {
      projectId,
      type: "webhookEndpoint.secretRotated",
      actor,
      subject: endpointId,
      data: eventData(endpointEvents.secretRotated, {
        previousSecretExpiresAt: isoTime(now + secretOverlapMs) as string,
      }),
      time: now,
    });
    return { endpoint: await getEndpoint(tx, projectId, endpointId), secret };
  });
}

/**
 * Deletes an endpoint and answers it as it was; deliveries still queued for it end without
 * being sent.
 */
export async function deleteEndpoint(
  deps: Deps,
  actor: Actor,
  projectId: string,
  endpointId: string,
): Promise<EndpointRow> {
  return inTransaction(deps.db, async (tx) => {
    const now = deps.clock.now();
    const current = await getEndpoint(tx, projectId, endpointId);
    await tx
      .deleteFrom("webhook_endpoints")
      .where("project_id", "=", projectId)
      .where("id", "=", endpointId)
      .execute();
    await recordEvent(tx, {
      projectId,
      type: "webhookEndpoint.deleted",
      actor,
      subject: endpointId,
      data: eventData(endpointEvents.deleted, { url: current.url }),
      time: now,
    });
    return current;
  });
}

/** W3: sends one event to one endpoint again, whatever its filter; a disabled endpoint refuses. */
export async function redeliverEvent(
  deps: Deps,
  projectId: string,
  endpointId: string,
  eventId: string,
  options?: UseCaseOptions<{ endpoint: string; event: string; queuedAt: string }>,
): Promise<{ endpoint: string; event: string; queuedAt: string }> {
  return runUseCase(deps.db, options, async (tx) => {
    const now = deps.clock.now();
    const endpoint = await getEndpoint(tx, projectId, endpointId);
    const event = await tx
      .selectFrom("events")
      .select("id")
      .where("project_id", "=", projectId)
      .where("id", "=", eventId)
      .executeTakeFirst();
    if (!event) throw notFound("Event");
    if (endpoint.enabled !== 1) {
      throw new AppError("conflict", "The webhook endpoint is disabled; enable it first.");
    }
    await enqueueJob(tx, {
      projectId,
      kind: "webhook.deliver",
      payload: { endpointId, eventId },
      now,
      maxAttempts: webhookMaxAttempts,
    });
    return { endpoint: endpointId, event: eventId, queuedAt: isoTime(now) as string };
  });
}
