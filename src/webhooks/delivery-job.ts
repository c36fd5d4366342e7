import type { Insertable } from "kysely";
import { type Executor, inTransaction } from "../db/database.js";
import type { WebhookAttemptsTable } from "../db/tables.js";
import { createBatchLoader } from "../delivery/batch-loader.js";
import { newId } from "../ids.js";
import type { ClaimedJob, JobHandler, JobResult } from "../jobs/worker.js";
import { type Deps, systemActor } from "../services/deps.js";
import { eventData, webhookEndpointEventData } from "../services/event-catalogue.js";
import { recordEvent } from "../services/events.js";
import { enqueueJobs } from "../services/jobs.js";
import { eventView } from "../services/views.js";
import { createEndpointSlots } from "./endpoint-slots.js";
import type { EndpointRow } from "./endpoints.js";
import { webhookRetryDelayMs } from "./retry-schedule.js";
import type { WebhookSender } from "./sender.js";
import { defaultMaxInFlightPerEndpoint, settingsOf } from "./settings.js";
import { openSecret, signatureHeader, signingKey } from "./signing.js";

type Attempt = Insertable<WebhookAttemptsTable>;
/** A delivery that succeeded: its attempt, and whether it ends the endpoint's failing spell. */
type Delivered = { attempt: Attempt; endsFailing: boolean };

/** An endpoint that has failed without a success for this long is disabled (W4). */
export const disableAfterFailingMs = 5 * 24 * 3_600_000;

/**
 * An endpoint whose delivery has been open this long, or that just timed out or refused the
 * connection, is slow: deliveries beyond its slots go back to the queue for `slowEndpointWaitMs`
 * rather than wait in the lane (endpoint-slots.ts).
 */
const slowAfterMs = 2_000;
const slowEndpointWaitMs = 30_000;

function loader<T extends { id: string; project_id: string }>(
  fetch: (db: Executor, pairs: [string, string][]) => Promise<T[]>,
  db: Executor,
) {
  return createBatchLoader(async (keys) => {
    const pairs = keys.map((key) => key.split(" ") as [string, string]);
    const rows = await fetch(db, pairs);
    return new Map(rows.map((row) => [`${row.project_id} ${row.id}`, row]));
  });
}

/**
 * Disables an endpoint that has been failing for five days, once (the update is conditional),
 * with its event and a notice to each of the project's owners through the mail jobs.
 */
async function disableIfFailingTooLong(deps: Deps, endpoint: EndpointRow, now: number) {
  await inTransaction(deps.db, async (tx) => {
    const disabled = await tx
      .updateTable("webhook_endpoints")
      .set({ enabled: 0, disabled_at: now, updated_at: now })
      .where("project_id", "=", endpoint.project_id)
      .where("id", "=", endpoint.id)
      .where("enabled", "=", 1)
      .where("failing_since", "<=", now - disableAfterFailingMs)
      .executeTakeFirst();
    if (disabled.numUpdatedRows !== 1n) return;
    await recordEvent(tx, {
      projectId: endpoint.project_id,
      type: "webhookEndpoint.disabled",
      actor: systemActor,
      subject: endpoint.id,
      data: eventData(webhookEndpointEventData.disabled, {
        url: endpoint.url,
        reason: "failingForFiveDays",
      }),
      time: now,
    });
    const owners = await tx
      .selectFrom("memberships")
      .select("member_id")
      .where("project_id", "=", endpoint.project_id)
      .where("role", "=", "owner")
      .execute();
    await enqueueJobs(
      tx,
      owners.map((owner) => ({
        projectId: endpoint.project_id,
        kind: "webhookEndpoint.disabledNotice" as const,
        payload: { endpointId: endpoint.id, memberId: owner.member_id },
        now,
      })),
    );
  });
}

/**
 * Delivers one event to one endpoint (W2): the event object as the API shows it, signed with
 * the endpoint's secret (and the previous one while a rotation overlaps). The `webhook-id` is
 * the event's id, the same on every retry and redelivery, so receivers can drop repeats. Every
 * try is recorded (W3): a success with the job's end, a failure at once, with the endpoint's
 * failure record.
 */
export function webhookDeliveryHandler(
  deps: Deps,
  sender: WebhookSender,
): JobHandler<"webhook.deliver", Delivered> {
  const loadEndpoint = loader(
    (db, pairs) =>
      db
        .selectFrom("webhook_endpoints")
        .selectAll()
        .where((eb) =>
          eb(
            eb.refTuple("project_id", "id"),
            "in",
            pairs.map(([p, id]) => eb.tuple(p, id)),
          ),
        )
        .execute(),
    deps.db,
  );
  const loadEvent = loader(
    (db, pairs) =>
      db
        .selectFrom("events")
        .selectAll()
        .where((eb) =>
          eb(
            eb.refTuple("project_id", "id"),
            "in",
            pairs.map(([p, id]) => eb.tuple(p, id)),
          ),
        )
        .execute(),
    deps.db,
  );
  // Opening a sealed secret costs more than signing: keep the keys, by their sealed form.
  const keys = new Map<string, Buffer>();
  const keyOf = (endpointId: string, sealed: string) => {
    let key = keys.get(sealed);
    if (!key) {
      if (keys.size > 10_000) keys.clear();
      key = signingKey(openSecret(deps.sealer, endpointId, sealed));
      keys.set(sealed, key);
    }
    return key;
  };
  const slots = createEndpointSlots(
    settingsOf(deps).maxInFlightPerEndpoint ?? defaultMaxInFlightPerEndpoint,
    slowAfterMs,
  );

  async function deliver(job: ClaimedJob<"webhook.deliver">): Promise<JobResult<Delivered>> {
    const { endpointId, eventId } = job.payload;
    const [endpoint, event] = await Promise.all([
      loadEndpoint(`${job.projectId} ${endpointId}`),
      loadEvent(`${job.projectId} ${eventId}`),
    ]);
    if (!endpoint) return { outcome: "failed", reason: "The webhook endpoint was deleted." };
    if (endpoint.enabled !== 1) {
      return { outcome: "failed", reason: "The webhook endpoint is disabled." };
    }
    if (!event) return { outcome: "failed", reason: "The event no longer exists." };
    const now = deps.clock.now();
    const signing = [keyOf(endpoint.id, endpoint.secret_sealed)];
    if (
      endpoint.previous_secret_sealed !== null &&
      (endpoint.previous_secret_expires_at ?? 0) > now
    ) {
      signing.push(keyOf(endpoint.id, endpoint.previous_secret_sealed));
    }
    const body = JSON.stringify(eventView(event));
    const timestamp = Math.floor(now / 1000);
    const outcome = await sender.send({
      url: endpoint.url,
      body,
      headers: {
        "webhook-id": event.id,
        "webhook-timestamp": String(timestamp),
        "webhook-signature": signatureHeader(signing, event.id, timestamp, body),
      },
    });
    const attempt: Attempt = {
      id: newId("webhookAttempt", now),
      project_id: job.projectId,
      endpoint_id: endpoint.id,
      event_id: event.id,
      job_id: job.id,
      attempted_at: now,
      status_code: outcome.statusCode,
      error: outcome.error,
      duration_ms: outcome.durationMs,
      response: outcome.response,
    };
    if (outcome.ok) {
      return { outcome: "done", effect: { attempt, endsFailing: endpoint.failing_since !== null } };
    }
    if (outcome.statusCode === null) slots.markSlow(endpoint.id, slowEndpointWaitMs);
    await inTransaction(deps.db, async (tx) => {
      await tx.insertInto("webhook_attempts").values(attempt).execute();
      await tx
        .updateTable("webhook_endpoints")
        .set({ failing_since: now })
        .where("project_id", "=", endpoint.project_id)
        .where("id", "=", endpoint.id)
        .where("failing_since", "is", null)
        .execute();
    });
    if (endpoint.failing_since !== null && endpoint.failing_since <= now - disableAfterFailingMs) {
      await disableIfFailingTooLong(deps, endpoint, now);
    }
    return { outcome: "retry", reason: outcome.error ?? "failed" };
  }

  return {
    async run(job) {
      // A slow endpoint takes only a few of the lanes' slots; the rest serve other endpoints.
      const release = await slots.acquire(job.payload.endpointId);
      if (!release) return { outcome: "defer", runAt: deps.clock.now() + slowEndpointWaitMs };
      try {
        return await deliver(job);
      } finally {
        release();
      }
    },
    retryDelayMs: webhookRetryDelayMs,
    async recordDone(tx, done) {
      const attempts = done.map((d) => d.effect.attempt);
      for (let start = 0; start < attempts.length; start += 500) {
        await tx
          .insertInto("webhook_attempts")
          .values(attempts.slice(start, start + 500))
          .execute();
      }
      // A success ends the endpoint's failing spell (most deliveries find none to end).
      const endpoints = [
        ...new Set(
          done.filter((d) => d.effect.endsFailing).map((d) => d.effect.attempt.endpoint_id),
        ),
      ];
      if (endpoints.length === 0) return;
      await tx
        .updateTable("webhook_endpoints")
        .set({ failing_since: null })
        .where("id", "in", endpoints)
        .where("failing_since", "is not", null)
        .execute();
    },
  };
}
