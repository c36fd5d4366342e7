import type { Executor } from "../db/database.js";
import type { Deps } from "../services/deps.js";

const day = 24 * 60 * 60 * 1000;

/**
 * How long rows that have served their purpose are kept. Sessions, idempotency records and
 * rate-limit windows carry their own end (`expires_at`, `reset_at`) and go once it has passed;
 * finished jobs and Outbox messages are kept a week, long enough to look into a delivery or read
 * a demo message, short enough that the tables do not grow with the service's age. Events (the
 * audit trail) are never purged here.
 */
export type Retention = { finishedJobsMs: number; outboxMessagesMs: number };

export const defaultRetention: Retention = { finishedJobsMs: 7 * day, outboxMessagesMs: 7 * day };

export type PurgeCounts = {
  sessions: number;
  jobs: number;
  idempotencyKeys: number;
  outboxMessages: number;
  rateLimits: number;
};

/**
 * One bounded step per table: at most `batchSize` rows, found through the index on the column
 * that ends them (migration 0005), so that a step reads only what it deletes and never holds the
 * write lock for long. Returns how many rows each table lost.
 */
export async function purgeStep(
  db: Executor,
  now: number,
  batchSize: number,
  retention: Retention = defaultRetention,
): Promise<PurgeCounts> {
  const sessions = await db
    .deleteFrom("sessions")
    .where("id_hash", "in", (eb) =>
      eb
        .selectFrom("sessions")
        .select("id_hash")
        .where("expires_at", "<=", now)
        .orderBy("expires_at")
        .limit(batchSize),
    )
    .executeTakeFirst();
  const jobs = await db
    .deleteFrom("jobs")
    .where("id", "in", (eb) =>
      eb
        .selectFrom("jobs")
        .select("id")
        .where("finished_at", "<=", now - retention.finishedJobsMs)
        .orderBy("finished_at")
        .limit(batchSize),
    )
    // A job queued again after it finished is not finished.
    .where("status", "in", ["done", "failed"])
    .executeTakeFirst();
  // A5 replays an answer for 24 hours: the record's expiry says when that ends.
  const idempotencyKeys = await db
    .deleteFrom("idempotency_keys")
    .where(({ eb, refTuple, selectFrom }) =>
      eb(
        refTuple("project_id", "caller", "key"),
        "in",
        selectFrom("idempotency_keys")
          .select(["project_id", "caller", "key"])
          .where("expires_at", "<=", now)
          .orderBy("expires_at")
          .limit(batchSize)
          .$asTuple("project_id", "caller", "key"),
      ),
    )
    .executeTakeFirst();
  const outboxMessages = await db
    .deleteFrom("outbox_messages")
    .where("id", "in", (eb) =>
      eb
        .selectFrom("outbox_messages")
        .select("id")
        .where("created_at", "<=", now - retention.outboxMessagesMs)
        .orderBy("created_at")
        .limit(batchSize),
    )
    .executeTakeFirst();
  // A window that has ended counts from zero again anyway (src/services/rate-limits.ts).
  const rateLimits = await db
    .deleteFrom("rate_limits")
    .where("key", "in", (eb) =>
      eb
        .selectFrom("rate_limits")
        .select("key")
        .where("reset_at", "<=", now)
        .orderBy("reset_at")
        .limit(batchSize),
    )
    .executeTakeFirst();
  return {
    sessions: Number(sessions.numDeletedRows),
    jobs: Number(jobs.numDeletedRows),
    idempotencyKeys: Number(idempotencyKeys.numDeletedRows),
    outboxMessages: Number(outboxMessages.numDeletedRows),
    rateLimits: Number(rateLimits.numDeletedRows),
  };
}

/**
 * Purges what has run out, step after step, each in its own short statement, until a step finds
 * less than a full batch in every table or `maxSteps` have run (the next round takes the rest).
 * Answers the totals.
 */
export async function purgeExpired(
  deps: Pick<Deps, "db" | "clock">,
  options: { batchSize?: number; maxSteps?: number; retention?: Retention } = {},
): Promise<PurgeCounts> {
  const batchSize = options.batchSize ?? 1000;
  const totals: PurgeCounts = {
    sessions: 0,
    jobs: 0,
    idempotencyKeys: 0,
    outboxMessages: 0,
    rateLimits: 0,
  };
  for (let step = 0; step < (options.maxSteps ?? 100); step++) {
    const counts = await purgeStep(deps.db, deps.clock.now(), batchSize, options.retention);
    for (const table of Object.keys(totals) as (keyof PurgeCounts)[]) {
      totals[table] += counts[table];
    }
    if (Object.values(counts).every((count) => count < batchSize)) break;
  }
  return totals;
}
