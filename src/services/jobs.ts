import { insertRow } from "../db/compiled.js";
import type { Executor } from "../db/database.js";
import { newId } from "../ids.js";

/**
 * Job kinds and their payloads. A job is written in the transaction of the change that causes
 * it (the outbox), and run later by a worker (src/jobs).
 */
export type JobPayloads = {
  /**
   * Send a consent request's link; the token is sealed, the database never holds it in clear, and
   * the sealed value is wiped once the job is finished (null).
   */
  "consentRequest.deliver": { consentRequestId: string; sealedToken: string | null };
  /** Tell the user what was done after the fact (C9), or that their contact changed (T1). */
  "notice.deliver":
    | {
        consentRequestId: string | null;
        subscriptionId: string;
        notice: "simReplaced" | "providerChanged" | "portOutCredentialsIssued";
        deliveryMethod: "email" | "sms";
      }
    | ContactChangeNotice;
  /** POST one event to one webhook endpoint (W2); the event is read when the job runs. */
  "webhook.deliver": { endpointId: string; eventId: string };
  /** Tell a project's owner that a failing webhook endpoint was disabled (W4). */
  "webhookEndpoint.disabledNotice": { endpointId: string; memberId: string };
  /** Tell a project's owner that a subscriber declined a request: a fraud signal (F2). */
  "fraud.declinedNotice": { consentRequestId: string; memberId: string };
};

/**
 * A contact change told to the previous address (T1). `to` is that address, the only place it
 * is still known; it is wiped (null) once the job has ended. `changedTo` is the new one, masked.
 */
export type ContactChangeNotice = {
  notice: "contactChanged";
  consentRequestId: null;
  userId: string;
  field: "email";
  deliveryMethod: "email";
  to: string | null;
  changedTo: string | null;
};

export type JobKind = keyof JobPayloads;

export const defaultMaxAttempts = 8;

/** The one way to enqueue a job. */
export async function enqueueJob<K extends JobKind>(
  tx: Executor,
  job: { projectId: string; kind: K; payload: JobPayloads[K]; now: number; maxAttempts?: number },
): Promise<string> {
  const id = newId("job", job.now);
  await insertRow(tx, "jobs", {
    id,
    project_id: job.projectId,
    kind: job.kind,
    payload: JSON.stringify(job.payload),
    status: "queued",
    attempts: 0,
    max_attempts: job.maxAttempts ?? defaultMaxAttempts,
    run_at: job.now,
    locked_by: null,
    locked_until: null,
    last_error: null,
    created_at: job.now,
    finished_at: null,
  });
  return id;
}

export type NewJob<K extends JobKind> = {
  projectId: string;
  kind: K;
  payload: JobPayloads[K];
  now: number;
  maxAttempts?: number;
};

/** Many jobs in one statement (an event fanned out to webhook endpoints, a batch sweep). */
export async function enqueueJobs<K extends JobKind>(
  tx: Executor,
  jobs: NewJob<K>[],
): Promise<void> {
  // Chunks keep each statement under the databases' limits on bound parameters.
  for (let start = 0; start < jobs.length; start += 1000) {
    await insertJobs(tx, jobs.slice(start, start + 1000));
  }
}

async function insertJobs<K extends JobKind>(tx: Executor, jobs: NewJob<K>[]): Promise<void> {
  await tx
    .insertInto("jobs")
    .values(
      jobs.map((job) => ({
        id: newId("job", job.now),
        project_id: job.projectId,
        kind: job.kind,
        payload: JSON.stringify(job.payload),
        status: "queued" as const,
        attempts: 0,
        max_attempts: job.maxAttempts ?? defaultMaxAttempts,
        run_at: job.now,
        locked_by: null,
        locked_until: null,
        last_error: null,
        created_at: job.now,
        finished_at: null,
      })),
    )
    .execute();
}
