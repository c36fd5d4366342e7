import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import type { Tx } from "../db/database.js";
import { jobRuns } from "../metrics.js";
import type { Deps } from "../services/deps.js";
import type { JobKind, JobPayloads } from "../services/jobs.js";
import { retryDelayMs } from "./backoff.js";
import { createCommitGroup } from "./commit-group.js";
import {
  claimDueJobs,
  finishJob,
  type JobRow,
  reclaimExpiredLeases,
  releaseJob,
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

export type JobResult =
  /** `record` runs in the transaction that marks the job done, so its effects and the job's end
   * are one change: they happen together or not at all. */
  | { outcome: "done"; record?: (tx: Tx, now: number) => Promise<void> }
  | { outcome: "retry"; reason: string }
  | { outcome: "failed"; reason: string };

export type JobHandler<K extends JobKind> = {
  run(job: ClaimedJob<K>): Promise<JobResult>;
  /** Runs in the transaction that records the job as failed for good. */
  failed?(tx: Tx, job: ClaimedJob<K>, reason: string, now: number): Promise<void>;
  /** What of the payload to keep once the job has ended; secrets are wiped here. */
  keep?(payload: JobPayloads[K]): JobPayloads[K];
};

export type JobHandlers = { [K in JobKind]: JobHandler<K> };

export type WorkerOptions = {
  workerId?: string;
  /** Jobs claimed at once. */
  batchSize?: number;
  /** Jobs of a batch run side by side. */
  concurrency?: number;
  /** How long a claim holds; another worker takes the job over after that. */
  leaseMs?: number;
  /** Source of jitter for retry delays. */
  random?: () => number;
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

export const defaultLeaseMs = 2 * 60_000;

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
  const random = options.random ?? Math.random;
  const log = deps.logger.child({ worker: id });
  const running = new Set<Promise<number>>();
  const commits = createCommitGroup(deps.db);
  let stopping = false;

  async function end(
    row: JobRow,
    job: ClaimedJob,
    handler: JobHandler<JobKind>,
    status: "done" | "failed",
    detail: { reason: string | null; record?: (tx: Tx, now: number) => Promise<void> },
  ): Promise<void> {
    const now = deps.clock.now();
    const payload = JSON.stringify(handler.keep ? handler.keep(job.payload) : job.payload);
    const ended = await commits.run(async (tx) => {
      const held = await finishJob(tx, row, id, {
        status,
        payload,
        lastError: detail.reason,
        now,
      });
      // Without the lease another worker owns the job now: record nothing, it will.
      if (!held) return false;
      if (status === "done") await detail.record?.(tx, now);
      else await handler.failed?.(tx, job, detail.reason ?? "failed", now);
      return true;
    });
    if (!ended) {
      log.warn(
        { job: row.id, kind: row.kind },
        "lease lost before the job ended; left to its new holder",
      );
      jobRuns.inc({ kind: row.kind, result: "leaseLost" });
      return;
    }
    jobRuns.inc({ kind: row.kind, result: status });
    if (status === "failed") {
      log.error(
        { job: row.id, kind: row.kind, attempt: row.attempts, reason: detail.reason },
        "job failed for good",
      );
    }
  }

  /** Ends a job that cannot even be started: no handler, or a payload that is not JSON. */
  async function unrunnable(row: JobRow, reason: string): Promise<void> {
    const failed = await finishJob(deps.db, row, id, {
      status: "failed",
      payload: row.payload,
      lastError: reason,
      now: deps.clock.now(),
    });
    if (failed) {
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
      await end(row, job, handler, "failed", {
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
    if (result.outcome === "retry" && row.attempts >= row.max_attempts) {
      result = {
        outcome: "failed",
        reason: `Gave up after ${row.attempts} attempts: ${result.reason}`,
      };
    }
    if (result.outcome === "retry") {
      const runAt = deps.clock.now() + retryDelayMs(row.attempts, random);
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
      await end(row, job, handler, "failed", { reason: result.reason });
      return;
    }
    await end(row, job, handler, "done", {
      reason: null,
      ...(result.record ? { record: result.record } : {}),
    });
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
    });
    await eachWithLimit(claimed, concurrency, async (row) => {
      if (stopping) {
        await releaseJob(deps.db, row, id);
        return;
      }
      try {
        await runOne(row);
      } catch (error) {
        // The database failed while recording the result: the lease will hand the job over.
        log.error({ job: row.id, kind: row.kind, err: error }, "could not record a job's result");
      }
    });
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
