import { type Db, inTransaction, type Tx } from "../db/database.js";

type Pending<I, R> = { item: I; resolve: (result: R) => void; reject: (error: unknown) => void };

export type CommitGroup<I, R> = { submit(item: I): Promise<R> };

/**
 * Group commit: items that arrive while a transaction is committing are committed together in
 * the next one, by one call of `commit` for all of them. None waits for company (an idle group
 * commits at once), but under load many jobs that ended together share a transaction, a few
 * statements and one disk flush, which is what bounds a PostgreSQL worker's rate. If a shared
 * transaction fails, each item is tried again alone, so that one item's failure never undoes
 * another's. `gatherMs` makes an idle group wait that long for company before it commits: for
 * items that end one by one (webhook answers arriving over many connections), a few
 * milliseconds of waiting turns a transaction per item into one per dozens.
 */
export function createCommitGroup<I, R>(
  db: Db,
  commit: (tx: Tx, items: I[]) => Promise<R[]>,
  options: { gatherMs?: number } = {},
): CommitGroup<I, R> {
  const gatherMs = options.gatherMs ?? 0;
  let queue: Pending<I, R>[] = [];
  let flushing = false;

  async function settle(group: Pending<I, R>[]): Promise<void> {
    const results = await inTransaction(db, (tx) =>
      commit(
        tx,
        group.map((p) => p.item),
      ),
    );
    for (const [i, pending] of group.entries()) pending.resolve(results[i] as R);
  }

  async function flush(): Promise<void> {
    flushing = true;
    while (queue.length > 0) {
      const group = queue;
      queue = [];
      try {
        await settle(group);
      } catch (error) {
        if (group.length === 1) {
          group[0]?.reject(error);
          continue;
        }
        for (const pending of group) await settle([pending]).catch(pending.reject);
      }
    }
    flushing = false;
  }

  return {
    submit(item: I): Promise<R> {
      return new Promise<R>((resolve, reject) => {
        queue.push({ item, resolve, reject });
        if (flushing) return;
        if (gatherMs === 0) {
          void flush();
        } else {
          flushing = true;
          setTimeout(() => void flush(), gatherMs);
        }
      });
    },
  };
}
