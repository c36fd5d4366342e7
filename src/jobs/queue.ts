import { type Selectable, sql } from "kysely";
import type { DatabaseKind, Executor } from "../db/database.js";
import type { JobsTable } from "../db/tables.js";

/**
 * The job table as a queue with leases. A worker claims due jobs by writing its id and a lease
 * end into them, and counts the attempt; every later change is conditional on still holding that
 * claim (the worker's id and the attempt it claimed), so a worker that lost its lease (it stalled
 * and the job was claimed again, perhaps by another loop of the same worker) changes nothing.
 */

export type JobRow = Selectable<JobsTable>;

/**
 * Which jobs a worker claims: all of them, only webhook deliveries, or all but those. Webhook
 * endpoints are other people's servers, slow or dead at times: their deliveries have a lane of
 * their own so that they never hold up mail (W2).
 */
export type JobLane = "all" | "webhooks" | "others";

export const webhookJobKind = "webhook.deliver";

export type Claim = {
  workerId: string;
  limit: number;
  leaseMs: number;
  now: number;
  lane?: JobLane;
};

/**
 * The lane's condition, as a literal: SQLite and PostgreSQL use a partial index only for a
 * condition they can see in the query's text (jobs_due_webhooks, jobs_due_other).
 */
function laneCondition(lane: JobLane) {
  if (lane === "webhooks") return sql<boolean>`kind = ${sql.lit(webhookJobKind)}`;
  if (lane === "others") return sql<boolean>`kind <> ${sql.lit(webhookJobKind)}`;
  return sql<boolean>`1 = 1`;
}

/**
 * Claims up to `limit` due jobs, oldest first, and counts the attempt. On PostgreSQL the due rows
 * are locked with SKIP LOCKED, so that workers of many processes claim disjoint sets without
 * waiting for each other; SQLite has one writer at a time, which makes the single statement atomic.
 */
export async function claimDueJobs(
  db: Executor,
  kind: DatabaseKind,
  claim: Claim,
): Promise<JobRow[]> {
  let due = db
    .selectFrom("jobs")
    .select("id")
    .where("status", "=", "queued")
    .where("run_at", "<=", claim.now)
    .where(laneCondition(claim.lane ?? "all"))
    .orderBy("run_at")
    .limit(claim.limit);
  if (kind === "postgres") due = due.forUpdate().skipLocked();
  const rows = await db
    .updateTable("jobs")
    .set((eb) => ({
      status: "running",
      locked_by: claim.workerId,
      locked_until: claim.now + claim.leaseMs,
      attempts: eb("attempts", "+", 1),
    }))
    .where("id", "in", due)
    .where("status", "=", "queued")
    .returningAll()
    .execute();
  return rows.sort((a, b) => a.run_at - b.run_at || (a.id < b.id ? -1 : 1));
}

/**
 * Puts back jobs whose lease ran out: the worker that held them died or hung. Their attempt stays
 * counted, so a job that kills every worker that runs it still ends after `max_attempts`.
 */
export async function reclaimExpiredLeases(db: Executor, now: number): Promise<number> {
  const result = await db
    .updateTable("jobs")
    .set({
      status: "queued",
      locked_by: null,
      locked_until: null,
      run_at: now,
      last_error: "The worker running the job stopped before finishing it.",
    })
    .where("status", "=", "running")
    .where("locked_until", "<=", now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

function heldBy(db: Executor, job: JobRow, workerId: string) {
  return db
    .updateTable("jobs")
    .where("id", "=", job.id)
    .where("attempts", "=", job.attempts)
    .where("status", "=", "running")
    .where("locked_by", "=", workerId);
}

export type JobEnd = {
  id: string;
  /** The attempt this worker claimed: the job is still its own only if no later claim counted. */
  attempts: number;
  status: "done" | "failed";
  payload: string;
  lastError: string | null;
};

/**
 * Ends jobs (done, or failed for good) in one statement, and answers the ids of those this
 * worker still held. A job whose lease was lost is left untouched: its new holder ends it.
 */
export async function finishJobs(
  tx: Executor,
  workerId: string,
  ends: JobEnd[],
  now: number,
): Promise<Set<string>> {
  if (ends.length === 0) return new Set();
  const byId = (value: (end: JobEnd) => string | null) =>
    sql<string>`case ${sql.ref("id")} ${sql.join(
      ends.map((end) => sql`when ${end.id} then ${value(end)}`),
      sql` `,
    )} end`;
  const rows = await tx
    .updateTable("jobs")
    .set({
      status: byId((end) => end.status) as never,
      payload: byId((end) => end.payload),
      last_error: byId((end) => end.lastError),
      locked_by: null,
      locked_until: null,
      finished_at: now,
    })
    .where((eb) =>
      eb.or(ends.map((end) => eb.and([eb("id", "=", end.id), eb("attempts", "=", end.attempts)]))),
    )
    .where("status", "=", "running")
    .where("locked_by", "=", workerId)
    .returning("id")
    .execute();
  return new Set(rows.map((row) => row.id));
}

/** Queues a job again for `runAt`, keeping the reason of this failure. */
export async function retryJobLater(
  db: Executor,
  job: JobRow,
  workerId: string,
  runAt: number,
  reason: string,
): Promise<boolean> {
  const result = await heldBy(db, job, workerId)
    .set({
      status: "queued",
      run_at: runAt,
      last_error: reason,
      locked_by: null,
      locked_until: null,
    })
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/** Gives back a claimed job that was not started (graceful stop): the attempt does not count. */
export async function releaseJob(db: Executor, job: JobRow, workerId: string): Promise<boolean> {
  const result = await heldBy(db, job, workerId)
    .set((eb) => ({
      status: "queued",
      attempts: eb("attempts", "-", 1),
      locked_by: null,
      locked_until: null,
    }))
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/**
 * Hands a claimed job back to run at `runAt` without counting the attempt: it was not tried (its
 * webhook endpoint had as many deliveries under way as it may have).
 */
export async function deferJob(
  db: Executor,
  job: JobRow,
  workerId: string,
  runAt: number,
): Promise<boolean> {
  const result = await heldBy(db, job, workerId)
    .set((eb) => ({
      status: "queued",
      run_at: runAt,
      attempts: eb("attempts", "-", 1),
      locked_by: null,
      locked_until: null,
    }))
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/**
 * Moves the lease of jobs this worker still holds (at the attempt it claimed) to `until`: a job
 * that runs long keeps its claim, so the lease can be short and a dead worker's jobs are taken
 * over soon. Answers the ids whose lease moved; one lost meanwhile is left to its new holder.
 */
export async function renewLeases(
  db: Executor,
  workerId: string,
  held: { id: string; attempts: number }[],
  until: number,
): Promise<Set<string>> {
  if (held.length === 0) return new Set();
  const rows = await db
    .updateTable("jobs")
    .set({ locked_until: until })
    .where((eb) =>
      eb.or(held.map((job) => eb.and([eb("id", "=", job.id), eb("attempts", "=", job.attempts)]))),
    )
    .where("status", "=", "running")
    .where("locked_by", "=", workerId)
    .returning("id")
    .execute();
  return new Set(rows.map((row) => row.id));
}
