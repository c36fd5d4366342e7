import { type DatabaseKind, type Executor, inTransaction } from "../db/database.js";
import { consentRequestOutcomes } from "../metrics.js";
import { type Deps, systemActor } from "./deps.js";
import { recordEvents } from "./events.js";

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
 * Records pending requests past their validity as expired (M3), one batch per transaction: a
 * single conditional update whose RETURNING names exactly the rows this call expired, so that
 * several sweepers never record one expiry twice. Returns how many were expired.
 */
export async function expireDueRequests(deps: Deps, batchSize = 500): Promise<number> {
  let total = 0;
  for (;;) {
    const now = deps.clock.now();
    const expired = await inTransaction(deps.db, async (tx) => {
      const due = dueRequests(tx, deps.dbKind, now, batchSize);
      const rows = await tx
        .updateTable("consent_requests")
        .set({ status: "expired", expired_at: now })
        .where("id", "in", due)
        .where("status", "=", "pending")
        .where("expires_at", "<=", now)
        .returning(["id", "project_id", "type"])
        .execute();
      await recordEvents(
        tx,
        rows.map((row) => ({
          projectId: row.project_id,
          type: "consentRequest.expired" as const,
          actor: systemActor,
          subject: row.id,
          time: now,
        })),
      );
      for (const row of rows) consentRequestOutcomes.inc({ type: row.type, outcome: "expired" });
      return rows.length;
    });
    total += expired;
    if (expired < batchSize) return total;
  }
}
