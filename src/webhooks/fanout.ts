import { sql } from "kysely";
import { compiledOnce } from "../db/compiled.js";
import type { Executor } from "../db/database.js";
import { foldOnPostgres } from "../db/deferred-writes.js";
import { enqueueJobs, type NewJob } from "../services/jobs.js";

/** Eight tries: the first and seven retries (W2's schedule, retry-schedule.ts). */
export const webhookMaxAttempts = 8;

export type WrittenEvent = { id: string; projectId: string; type: string; time: number };

/** Whether an endpoint's filter (null: every type) takes events of `type`. */
export function endpointTakes(eventTypes: string | null, type: string): boolean {
  return eventTypes === null || (JSON.parse(eventTypes) as string[]).includes(type);
}

// Every write of an event asks it: compiled once. On PostgreSQL it carries the event's insert
// (and any other held before it) to the server in one statement (deferred-writes.ts).
const enabledEndpoints = compiledOnce(
  (db, input: (name: "projectId") => never) =>
    db
      .selectFrom("webhook_endpoints")
      .select(["id", "event_types"])
      .where("project_id", "=", input("projectId"))
      // A literal, so that both databases see the partial index's condition in the query.
      .where("enabled", "=", sql.lit(1)),
  (text) => foldOnPostgres(text, ["webhook_endpoints"]),
);

/**
 * Queues one delivery per event and enabled endpoint whose filter takes it, in the transaction
 * that writes the events (W2), so an event and its deliveries commit together or not at all.
 * Costs one probe of a partial index per project written to, which finds nothing for a project
 * without endpoints. Events of a disabled endpoint's time are not queued: re-enabling resumes
 * with new events (W4).
 */
export async function enqueueWebhookDeliveries(
  tx: Executor,
  events: readonly WrittenEvent[],
): Promise<void> {
  const projects = [...new Set(events.map((e) => e.projectId))];
  for (const projectId of projects) {
    const { rows: endpoints } = await enabledEndpoints(tx, { projectId });
    if (endpoints.length === 0) continue;
    const jobs: NewJob<"webhook.deliver">[] = [];
    for (const event of events) {
      if (event.projectId !== projectId) continue;
      for (const endpoint of endpoints) {
        if (!endpointTakes(endpoint.event_types, event.type)) continue;
        jobs.push({
          projectId,
          kind: "webhook.deliver",
          payload: { endpointId: endpoint.id, eventId: event.id },
          now: event.time,
          maxAttempts: webhookMaxAttempts,
        });
      }
    }
    await enqueueJobs(tx, jobs);
  }
}
