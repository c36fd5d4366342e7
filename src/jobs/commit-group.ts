import { type Db, inTransaction, type Tx } from "../db/database.js";

type Pending<T> = {
  work: (tx: Tx) => Promise<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
};

export type CommitGroup = { run<T>(work: (tx: Tx) => Promise<T>): Promise<T> };

/**
 * Group commit: pieces of work that arrive while a transaction is committing are committed
 * together in the next one. None waits for company (an idle group commits at once), but under
 * load many jobs that ended together share one commit, and with it one disk flush, which is
 * what bounds a PostgreSQL worker's rate. If a shared transaction fails, each piece is tried
 * again alone, so that one piece's failure never undoes another's.
 */
export function createCommitGroup(db: Db): CommitGroup {
  let queue: Pending<unknown>[] = [];
  let flushing = false;

  async function alone(item: Pending<unknown>): Promise<void> {
    try {
      item.resolve(await inTransaction(db, item.work));
    } catch (error) {
      item.reject(error);
    }
  }

  async function flush(): Promise<void> {
    flushing = true;
    while (queue.length > 0) {
      const group = queue;
      queue = [];
      if (group.length === 1) {
        await alone(group[0] as Pending<unknown>);
        continue;
      }
      try {
        const results = await inTransaction(db, async (tx) => {
          const out: unknown[] = [];
          for (const item of group) out.push(await item.work(tx));
          return out;
        });
        for (const [i, item] of group.entries()) item.resolve(results[i]);
      } catch {
        for (const item of group) await alone(item);
      }
    }
    flushing = false;
  }

  return {
    run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push({ work, resolve, reject } as Pending<unknown>);
        if (!flushing) void flush();
      });
    },
  };
}
