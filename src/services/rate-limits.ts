import { sql } from "kysely";
import type { Executor } from "../db/database.js";

/**
 * Fixed-window rate limits counted in the database, so that a limit holds across every instance
 * serving the same database (L4). One statement per hit: an upsert that either starts a new
 * window or adds one to the current count, so concurrent hits are never lost on either database.
 */

export type RateLimit = {
  /** What is counted, e.g. `review:address:<hash>`; never a secret in clear. */
  key: string;
  /** Hits allowed in one window. */
  limit: number;
  windowMs: number;
};

export type RateLimitResult = {
  allowed: boolean;
  count: number;
  /** When the current window ends and the count starts again. */
  resetAt: number;
};

export async function hitRateLimit(
  db: Executor,
  rule: RateLimit,
  now: number,
): Promise<RateLimitResult> {
  const nextReset = now + rule.windowMs;
  const row = await db
    .insertInto("rate_limits")
    .values({ key: rule.key, count: 1, reset_at: nextReset })
    .onConflict((conflict) =>
      conflict.column("key").doUpdateSet({
        count: sql<number>`case when rate_limits.reset_at <= ${now} then 1 else rate_limits.count + 1 end`,
        reset_at: sql<number>`case when rate_limits.reset_at <= ${now} then ${nextReset} else rate_limits.reset_at end`,
      }),
    )
    .returning(["count", "reset_at"])
    .executeTakeFirstOrThrow();
  const count = Number(row.count);
  // Ended windows are deleted by the background purge (src/jobs/purge.ts), in bounded batches
  // through the index on reset_at, so that no request pays for clearing them.
  return { allowed: count <= rule.limit, count, resetAt: Number(row.reset_at) };
}

/** Counts one hit against each rule; allowed only when every rule allows it. */
export async function hitRateLimits(
  db: Executor,
  rules: RateLimit[],
  now: number,
): Promise<RateLimitResult> {
  const results: RateLimitResult[] = [];
  for (const rule of rules) results.push(await hitRateLimit(db, rule, now));
  const refused = results.filter((result) => !result.allowed);
  const binding = refused.length > 0 ? refused : results;
  return {
    allowed: refused.length === 0,
    count: Math.max(...binding.map((result) => result.count)),
    resetAt: Math.max(...binding.map((result) => result.resetAt)),
  };
}
