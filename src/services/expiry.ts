import { type DatabaseKind, type Executor, inTransaction } from "../db/database.js";
import { applyTransitionToMany } from "./consent-transitions.js";
import { type Deps, systemActor } from "./deps.js";

/**
 * The ids of pending requests past their validity, oldest first: read through the partial index
 * `consent_requests_due`, so the cost follows what is due. On PostgreSQL the rows are locked, and
 * sweepers of other processes take other rows instead of waiting for these.
 */
export function dueRequests(tx: Executor, kind: DatabaseKind, now: number, limit: number) {
  const due = tx
    .selectFrom("consent_requests")
    .select("id")
    .where("status", "=", "pending")
    .where("expires_at", "<=", now)
    .orderBy("expires_at")
    .limit(limit);
  return kind === "postgres" ? due.forUpdate().skipLocked() : due;
}

/**
 * Records pending requests past their validity as expired (M3), one batch per transaction: the
 * `expire` transition of applyTransitionToMany, whose conditional update names exactly the rows
 * this call expired, so that several sweepers never record one expiry twice and a request decided
 * in between stays as it was decided. Returns how many were expired.
 */
export async function expireDueRequests(deps: Deps, batchSize = 500): Promise<number> {
  let total = 0;
  for (;;) {
    const now = deps.clock.now();
    const { found, expired } = await inTransaction(deps.db, async (tx) => {
      const due = await dueRequests(tx, deps.dbKind, now, batchSize).execute();
      const ids = due.map((row) => row.id);
      const rows = await applyTransitionToMany(tx, ids, "expire", systemActor, now);
      return { found: ids.length, expired: rows.length };
    });
    total += expired;
    if (found < batchSize) return total;
  }
}
