import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { isDatabaseUnavailable, type Tx } from "../db/database.js";
import { jobRuns } from "../metrics.js";
import type { Deps } from "../services/deps.js";
import type { JobKind, JobPayloads } from "../services/jobs.js";
import { retryDelayMs } from "./backoff.js";
import { createJobEndings } from "./endings.js";
import {
  claimDueJobs,
  deferJob,
  finishJobs,
  type JobLane,
  type JobRow,
  reclaimExpiredLeases,
  releaseJob,
  renewLeases,
  retryJobLater,
} from "./queue.js";

/** A claimed job as its handler sees it. */
export type ClaimedJob<K extends JobKind = JobKind> = {
  id: string;
  projectId: string;
  kind: K;
  payload: JobPayloads[K];
  /** This attempt's number, from 1. */
  attempt: number;
  maxAttempts: number;
  /** When the change that caused the job happened. */
  createdAt: number;
};

export type JobResult<E = unknown> =
  /** `effect`: what the job did, handed to the handler's recordDone. */
  | { outcome: "done"; effect?: E }
  | { outcome: "retry"; reason: string }
  | { outcome: "failed"; reason: string }
  /** Not tried now: back to the queue for `runAt`, the attempt not counted. */
  | { outcome: "defer"; runAt: number };

/**
 * A job kind's handler. The record functions run in the transaction that ends the jobs, so that
 * what a job did and its end are one change: together or not at all. Jobs that ended at about
 * the same time come in one call, so that recording them costs a few statements, not a few each.
 */
export type JobHandler<K extends JobKind, E = unknown> = {
  run(job: ClaimedJob<K>): Promise<JobResult<E>>;
  recordDone?(tx: Tx, done: { job: ClaimedJob<K>; effect: E }[], now: number): Promise<void>;
  recordFailed?(
    tx: Tx,
    failed: { job: ClaimedJob<K>; reason: string }[],
    now: number,
  ): Promise<void>;
  /** What of the payload to keep once the job has ended; secrets are wiped here. */
  keep?(payload: JobPayloads[K]): JobPayloads[K];
  /** The wait before the next attempt, when this kind has a schedule of its own. */
  retryDelayMs?(failedAttempts: number, random: () => number): number;
};

export type JobHandlers = { [K in JobKind]: JobHandler<K> };

export type WorkerOptions = {
  workerId?: string;
  /** Jobs claimed at once. */
  batchSize?: number;
  /** Jobs of a batch run side by side. */
  concurrency?: number;
  /**
   * How long a claim holds unless renewed; another worker takes the job over after that. The
   * worker renews the claims of its running jobs every `renewEveryMs` (a third of the lease), so
   * a job may run longer than its lease while its worker lives.
   */
  leaseMs?: number;
  renewEveryMs?: number;
  /** Source of jitter for retry delays. */
  random?: () => number;
  /** Which jobs this worker claims (queue.ts); all of them unless told. */
  lane?: JobLane;
  /** How long ended jobs wait for others to be recorded with (commit-group.ts); 0 unless told. */
  commitGatherMs?: number;
};

export type Worker = {
  readonly id: string;
  /**
   * One step: reclaims jobs whose lease ran out, claims the due ones and runs them. Returns how
   * many it claimed; 0 means nothing is due at the clock's current time.
   */
  runDueJobs(): Promise<number>;
  /** Claims nothing more, gives back claimed jobs not yet started, and waits for the rest. */
  stop(): Promise<void>;
};

/**
 * Short, and renewed while the job runs: the jobs of a worker that died are taken over within
 * about this long, rather than after the longest a job could ever take.
 */
export const defaultLeaseMs = 30_000;

export function newWorkerId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
}

/** Runs `work` over `items`, at most `limit` at a time. */
async function eachWithLimit<T>(
  items: T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
    }
  });
  await Promise.all(lanes);
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createWorker(
  deps: Deps,
  handlers: JobHandlers,
  options: WorkerOptions = {},
): Worker {
  const id = options.workerId ?? newWorkerId();
  const batchSize = options.batchSize ?? 10;
  const concurrency = options.concurrency ?? batchSize;
  const leaseMs = options.leaseMs ?? defaultLeaseMs;
  const renewEveryMs = options.renewEveryMs ?? leaseMs / 3;
  const random = options.random ?? Math.random;
  const log = deps.logger.child({ worker: id });
  const running = new Set<Promise<number>>();
  const endJob = createJobEndings(deps, id, { gatherMs: options.commitGatherMs ?? 0 });
  let stopping = false;

  async function end(
    row: JobRow,
    job: ClaimedJob,
    handler: JobHandler<JobKind>,
    outcome: { status: "done" | "failed"; reason: string | null; effect?: unknown },
  ): Promise<void> {
    const held = await recordEnd({ row, job, handler, ...outcome });
    if (!held) {
      log.warn(
        { job: row.id, kind: row.kind },
        "lease lost before the job ended; left to its new holder",
      );
      jobRuns.inc({ kind: row.kind, result: "leaseLost" });
      return;
    }
    jobRuns.inc({ kind: row.kind, result: outcome.status });
    if (outcome.status === "failed") {
      log.error(
        { job: row.id, kind: row.kind, attempt: row.attempts, reason: outcome.reason },
        "job failed for good",
      );
    }
  }

  /**
   * Records a job's end; while the database cannot be reached, tries again for up to half a
   * lease (renewal keeps the claim meanwhile). A message the server accepted during a short
   * outage is then recorded once it ends, rather than sent again by the next holder.
   */
  async function recordEnd(ending: Parameters<typeof endJob>[0]): Promise<boolean> {
    const giveUpAt = performance.now() + leaseMs / 2;
    for (let wait = 250; ; wait = Math.min(wait * 2, 4000)) {
      try {
        return await endJob(ending);
      } catch (error) {
        if (!isDatabaseUnavailable(error) || performance.now() + wait > giveUpAt) throw error;
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
  }

  /** Ends a job that cannot even be started: no handler, or a payload that is not JSON. */
  async function unrunnable(row: JobRow, reason: string): Promise<void> {
    const ends = [
      {
        id: row.id,
        attempts: row.attempts,
        status: "failed" as const,
        payload: row.payload,
        lastError: reason,
      },
    ];
    const failed = await finishJobs(deps.db, id, ends, deps.clock.now());
    if (failed.size > 0) {
      jobRuns.inc({ kind: row.kind, result: "failed" });
      log.error({ job: row.id, kind: row.kind, reason }, "job failed for good");
    }
  }

  async function runOne(row: JobRow): Promise<void> {
    const handler = handlers[row.kind as JobKind] as JobHandler<JobKind> | undefined;
    if (!handler) return unrunnable(row, `No handler for jobs of kind ${row.kind}.`);
    let payload: JobPayloads[JobKind];
    try {
      payload = JSON.parse(row.payload) as JobPayloads[JobKind];
    } catch {
      return unrunnable(row, "The job's payload is not readable.");
    }
    const job: ClaimedJob = {
      id: row.id,
      projectId: row.project_id,
      kind: row.kind as JobKind,
      payload,
      attempt: row.attempts,
      maxAttempts: row.max_attempts,
      createdAt: row.created_at,
    };
    // Attempts beyond the limit come from leases that ran out: the job keeps killing its workers.
    if (row.attempts > row.max_attempts) {
      await end(row, job, handler, {
        status: "failed",
        reason: `Gave up after ${row.max_attempts} attempts: ${row.last_error ?? "no result"}`,
      });
      return;
    }
    let result: JobResult;
    try {
      result = await handler.run(job);
    } catch (error) {
      result = { outcome: "retry", reason: message(error) };
    }
    if (result.outcome === "defer") {
      await deferJob(deps.db, row, id, result.runAt);
      return;
    }
    if (result.outcome === "retry" && row.attempts >= row.max_attempts) {
      result = {
        outcome: "failed",
        reason: `Gave up after ${row.attempts} attempts: ${result.reason}`,
      };
    }
    if (result.outcome === "retry") {
      const delay = handler.retryDelayMs
        ? handler.retryDelayMs(row.attempts, random)
        : retryDelayMs(row.attempts, random);
      const runAt = deps.clock.now() + delay;
      if (await retryJobLater(deps.db, row, id, runAt, result.reason)) {
        jobRuns.inc({ kind: row.kind, result: "retry" });
        log.warn(
          { job: row.id, kind: row.kind, attempt: row.attempts, reason: result.reason, runAt },
          "job will be retried",
        );
      }
      return;
    }
    if (result.outcome === "failed") {
      await end(row, job, handler, { status: "failed", reason: result.reason });
      return;
    }
    await end(row, job, handler, { status: "done", reason: null, effect: result.effect });
  }

  async function step(): Promise<number> {
    const now = deps.clock.now();
    const reclaimed = await reclaimExpiredLeases(deps.db, now);
    if (reclaimed > 0) log.warn({ reclaimed }, "reclaimed jobs whose lease ran out");
    const claimed = await claimDueJobs(deps.db, deps.dbKind, {
      workerId: id,
      limit: batchSize,
      leaseMs,
      now,
      lane: options.lane ?? "all",
    });
    // The claims of this batch, renewed until each job has ended.
    const held = new Map(claimed.map((row) => [row.id, row]));
    const leaseEnds = new Map(claimed.map((row) => [row.id, row.locked_until ?? 0]));
    const renewal = setInterval(() => {
      const until = deps.clock.now() + leaseMs;
      renewLeases(deps.db, id, [...held.values()], until).then(
        (renewed) => {
          for (const jobId of renewed) leaseEnds.set(jobId, until);
        },
        // The database is unreachable: the claims run out unless a later renewal gets through.
        (error: unknown) => log.warn({ err: error }, "could not renew the leases of running jobs"),
      );
    }, renewEveryMs);
    try {
      await eachWithLimit(claimed, concurrency, async (row) => {
        // A job starts only with most of its lease ahead: one that waited too long behind others
        // of its batch is handed back rather than sent after another worker may have taken it.
        const leaseLeft = (leaseEnds.get(row.id) ?? 0) - deps.clock.now();
        try {
          if (stopping || leaseLeft < leaseMs / 2) {
            await releaseJob(deps.db, row, id);
            return;
          }
          await runOne(row);
        } catch (error) {
          // The database failed while recording the result: the lease will hand the job over.
          log.error({ job: row.id, kind: row.kind, err: error }, "could not record a job's result");
        } finally {
          held.delete(row.id);
        }
      });
    } finally {
      clearInterval(renewal);
    }
    return claimed.length;
  }

  return {
    id,
    async runDueJobs() {
      if (stopping) return 0;
      const run = step();
      running.add(run);
      try {
        return await run;
      } finally {
        running.delete(run);
      }
    },
    async stop() {
      stopping = true;
      await Promise.allSettled([...running]);
    },
  };
}
