import { statSync } from "node:fs";
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

/**
 * Copies the SQLite write-ahead log back into the database file on a thread of its own. By
 * default the commit that crosses the log's size limit does that copy, which stalls every request
 * queued behind it for milliseconds; here commits only append, and the copy (PASSIVE: it never
 * blocks a writer) runs beside them, as soon as the connection has counted a few transactions
 * committed (`committed()` wakes the thread), and every `intervalMs` for writers in other
 * processes. If the thread fails, the connection checkpoints itself again.
 *
 * A passive copy never restarts the log: the log starts over only when a writer finds every frame
 * copied and no reader in it, which a steady writer never does, so the file would grow without
 * end. Each copy shares the log's length with the connection (`full()`); past `limitPages`, the
 * connection has the thread copy at once (`catchUp()`, its writers still running); once that copy
 * is done (`caughtUp()`, seen at a commit), it holds its writers back and waits, blocked, while the
 * thread restarts the log (`restart()`). The RESTART checkpoint then copies and syncs only the
 * frames of the few commits since that copy: writers wait ~8-20 ms a restart here
 * (`assent_sqlite_wal_restart_hold_seconds`), most of it syncing the two files, ~10 ms however
 * few the frames. The thread does every checkpoint, so two never meet (a second one fails at
 * once). The file keeps its length (about the limit) rather than being truncated: truncating and
 * syncing a file of tens of megabytes took 80 ms here, during which no request could write.
 *
 * The thread sleeps on a shared counter (Atomics.wait) that the connection bumps after every few
 * transactions and with every request (a copy at once, a restart, a stop), so it neither wakes on
 * a timer while the database is idle nor lags a fast writer by a polling interval.
 */
const source = `
const { parentPort, receiveMessageOnPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const db = new Database(workerData.path);
db.pragma("busy_timeout = 1000");
// [0]: the log's length at the last copy, in pages; [1]: the connection's transactions; [2]: bumped
// to wake this thread; [3]: copies asked for at once, [4]: of those, done; [5]: restarts asked
// for, [6]: of those, done.
const shared = new Int32Array(workerData.shared);
let copiedAtCommit = 0;
let copiedAt = 0;
let caughtUpAt = 0;
function copy(atOnce) {
  const commits = Atomics.load(shared, 1);
  if (!atOnce && commits - copiedAtCommit < workerData.everyCommits && Date.now() - copiedAt < workerData.intervalMs) {
    return;
  }
  copiedAtCommit = commits;
  copiedAt = Date.now();
  const [passive] = db.pragma("wal_checkpoint(PASSIVE)");
  if (passive) Atomics.store(shared, 0, passive.log);
}
function restart() {
  // The connection waits, its writers held: wait less for another process's readers.
  db.pragma("busy_timeout = 100");
  const [result] = db.pragma("wal_checkpoint(RESTART)");
  db.pragma("busy_timeout = 1000");
  if (result && result.busy === 0) Atomics.store(shared, 0, 0);
}
let woken = Atomics.load(shared, 2);
for (;;) {
  Atomics.wait(shared, 2, woken, workerData.intervalMs);
  woken = Atomics.load(shared, 2);
  if (receiveMessageOnPort(parentPort)) break;
  const restarts = Atomics.load(shared, 5);
  if (restarts !== Atomics.load(shared, 6)) {
    restart();
    Atomics.store(shared, 6, restarts);
    Atomics.notify(shared, 6);
    continue;
  }
  const asked = Atomics.load(shared, 3);
  if (asked !== Atomics.load(shared, 4)) {
    copy(true);
    caughtUpAt = Date.now();
    Atomics.store(shared, 4, asked);
  } else if (asked === Atomics.load(shared, 5) || Date.now() - caughtUpAt > 1000) {
    // Not between a copy at once and its restart, which would wait for this copy.
    copy(false);
  }
}
db.close();
parentPort.close();
`;

export type Checkpointer = {
  /**
   * Counts the transactions a commit of the connection's carried: every few, the thread copies
   * and looks at the log. Answers whether this commit made it one of those times.
   */
  committed(transactions: number): boolean;
  /** Whether the log held the limit or more at the last copy. */
  full(): boolean;
  /** Has the thread copy the log now, beside the connection's writers. */
  catchUp(): void;
  /** Whether the copy last asked for is done (or the thread is gone). */
  caughtUp(): boolean;
  /**
   * Has the thread copy the rest and start the log over, and waits for it, blocked (at most
   * half a second): the caller holds its writers back meanwhile.
   */
  restart(): void;
  stop(): Promise<void>;
};

/** 32 MB of 4 KB pages. */
export const defaultWalLimitPages = 8_192;

export function startCheckpointer(
  path: string,
  onFailure: (error: Error) => void,
  options: { intervalMs?: number; limitPages?: number; pageSize?: number } = {},
): Checkpointer {
  const driver = createRequire(import.meta.url).resolve("better-sqlite3");
  const limitPages = options.limitPages ?? defaultWalLimitPages;
  // The log's length at the thread's last copy (-1 until its first), the transactions so far, the
  // counter the thread sleeps on, the copies asked for at once and done, and the restarts.
  const shared = new Int32Array(new SharedArrayBuffer(28));
  shared[0] = -1;
  const pageSize = options.pageSize ?? 4096;
  const everyCommits = 32;
  const workerData = {
    path,
    driver,
    intervalMs: options.intervalMs ?? 100,
    everyCommits,
    shared: shared.buffer,
  };
  const wake = () => {
    Atomics.add(shared, 2, 1);
    Atomics.notify(shared, 2);
  };
  const worker = new Worker(source, { eval: true, workerData });
  worker.unref();
  worker.once("error", onFailure);
  let running = true;
  const exited = new Promise<void>((resolve) =>
    worker.once("exit", () => {
      running = false;
      resolve();
    }),
  );
  return {
    committed: (transactions) => {
      const before = Atomics.add(shared, 1, transactions);
      const due =
        Math.floor((before + transactions) / everyCommits) > Math.floor(before / everyCommits);
      if (due) wake();
      return due;
    },
    full: () => {
      if (!running) return false;
      const pages = Atomics.load(shared, 0);
      if (pages >= 0) return pages >= limitPages;
      // Before the thread's first copy (it takes a moment to start), the file's length tells.
      const bytes = statSync(`${path}-wal`, { throwIfNoEntry: false })?.size ?? 0;
      return bytes >= limitPages * (pageSize + 24);
    },
    catchUp: () => {
      Atomics.add(shared, 3, 1);
      wake();
    },
    caughtUp: () => !running || Atomics.load(shared, 4) === Atomics.load(shared, 3),
    restart: () => {
      if (!running) return;
      const asked = Atomics.add(shared, 5, 1) + 1;
      wake();
      const until = Date.now() + 500;
      for (let done = Atomics.load(shared, 6); done < asked; done = Atomics.load(shared, 6)) {
        const left = until - Date.now();
        if (left <= 0) return;
        Atomics.wait(shared, 6, done, left);
      }
    },
    stop: async () => {
      if (running) {
        // Held again while it closes, so that a process waiting for it does not end before it.
        worker.ref();
        worker.postMessage("stop");
        wake();
      }
      await exited;
    },
  };
}
