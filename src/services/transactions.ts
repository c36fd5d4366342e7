import { type Db, inTransaction, type Tx } from "../db/database.js";

/**
 * Work a caller adds to a use case's transaction: it runs after the use case's own work, sees its
 * result, and commits or rolls back with it. The API completes an Idempotency-Key's record this
 * way, so that the record and the action's effects exist together or not at all (T5).
 */
export type BeforeCommit<R> = (tx: Tx, result: R) => Promise<void>;

/** What every use case behind an idempotent POST accepts as its last argument. */
export type UseCaseOptions<R> = { beforeCommit?: BeforeCommit<R> | undefined };

/** Runs a use case's work in one transaction, with the caller's `beforeCommit` last in it. */
export function runUseCase<R>(
  db: Db,
  options: UseCaseOptions<R> | undefined,
  work: (tx: Tx) => Promise<R>,
): Promise<R> {
  return inTransaction(db, async (tx) => {
    const result = await work(tx);
    await options?.beforeCommit?.(tx, result);
    return result;
  });
}
