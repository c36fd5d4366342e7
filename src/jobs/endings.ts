import type { Deps } from "../services/deps.js";
import type { JobKind } from "../services/jobs.js";
import { createCommitGroup } from "./commit-group.js";
import { finishJobs, type JobRow } from "./queue.js";
import type { ClaimedJob, JobHandler } from "./worker.js";

/** How a job ended, to be recorded with what it did. */
export type Ending = {
  row: JobRow;
  job: ClaimedJob;
  handler: JobHandler<JobKind>;
  status: "done" | "failed";
  reason: string | null;
  /** What a done job did, for its handler's recordDone (absent: nothing to record). */
  effect?: unknown;
};

/**
 * Records the ends of jobs with their effects, in group commits: the jobs' rows and, per
 * handler, what the done ones did (recordDone) or why the failed ones failed (recordFailed), all
 * in one transaction. Answers, per ending, whether this worker still held the job; one whose
 * lease was lost records nothing.
 */
export function createJobEndings(
  deps: Deps,
  workerId: string,
  options: { gatherMs?: number } = {},
) {
  const group = createCommitGroup<Ending, boolean>(
    deps.db,
    async (tx, endings) => {
      const now = deps.clock.now();
      const held = await finishJobs(
        tx,
        workerId,
        endings.map((e) => ({
          id: e.row.id,
          attempts: e.row.attempts,
          status: e.status,
          payload: JSON.stringify(e.handler.keep ? e.handler.keep(e.job.payload) : e.job.payload),
          lastError: e.reason,
        })),
        now,
      );
      const kept = endings.filter((e) => held.has(e.row.id));
      for (const handler of new Set(kept.map((e) => e.handler))) {
        const own = kept.filter((e) => e.handler === handler);
        const done = own
          .filter((e) => e.status === "done" && e.effect !== undefined)
          .map((e) => ({ job: e.job, effect: e.effect }));
        const failed = own
          .filter((e) => e.status === "failed")
          .map((e) => ({ job: e.job, reason: e.reason ?? "failed" }));
        if (done.length > 0) await handler.recordDone?.(tx, done, now);
        if (failed.length > 0) await handler.recordFailed?.(tx, failed, now);
      }
      return endings.map((e) => held.has(e.row.id));
    },
    options,
  );
  return (ending: Ending) => group.submit(ending);
}
