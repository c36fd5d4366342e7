import { statSync } from "node:fs";
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

/**
 * Copies the SQLite write-ahead log back into the database file on a thread of its own. By
 * default the commit that crosses the log's size limit does that copy, which stalls every request
 * queued behind it for milliseconds; here commits only append, and the copy (PASSIVE: it never
 * blocks a writer) runs beside them, as soon as the connection has counted a few commits
 * (`committed()` wakes the thread), and every `intervalMs` for writers in other processes. If the
 * thread fails, the connection checkpoints itself again.
 *
 * A passive copy never restarts the log: the log starts over only when a writer finds every frame
 * copied and no reader in it, which a steady writer never does, so the file would grow without
 * end. Each copy shares the log's length with the connection (`full()`); past `limitPages`, the
 * connection holds its writers back and calls `restart()`: a RESTART checkpoint copies the few
 * frames written since the last copy, and the next writer begins the log again at the start of
 * its file. The file keeps its length (about the limit) rather than being truncated: truncating
 * and syncing a file of tens of megabytes took 80 ms here, during which no request could write.
 *
 * The thread sleeps on a shared counter (Atomics.wait) that the connection bumps after every few
 * commits and with every message, so it neither wakes on a timer while the database is idle nor
 * lags a fast writer by a polling interval.
 */
const source = `
const { parentPort, receiveMessageOnPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const db = new Database(workerData.path);
db.pragma("busy_timeout = 1000");
// [0]: the log's length at the last copy, in pages; [1]: the connection's commits; [2]: bumped
// to wake this thread.
const shared = new Int32Array(workerData.shared);
let copiedAtCommit = 0;
let copiedAt = 0;
function copy() {
  const commits = Atomics.load(shared, 1);
  const now = Date.now();
  if (commits - copiedAtCommit < workerData.everyCommits && now - copiedAt < workerData.intervalMs) {
    return;
  }
  copiedAtCommit = commits;
  copiedAt = now;
  const [passive] = db.pragma("wal_checkpoint(PASSIVE)");
  if (passive) Atomics.store(shared, 0, passive.log);
}
function restart() {
  // Asked while the caller holds its writers back: wait less for another process's readers.
  db.pragma("busy_timeout = 250");
  const [result] = db.pragma("wal_checkpoint(RESTART)");
  db.pragma("busy_timeout = 1000");
  const restarted = result ? result.busy === 0 : false;
  if (restarted) Atomics.store(shared, 0, 0);
  parentPort.postMessage({ restarted });
}
let woken = Atomics.load(shared, 2);
for (;;) {
  Atomics.wait(shared, 2, woken, workerData.intervalMs);
  woken = Atomics.load(shared, 2);
  let message = receiveMessageOnPort(parentPort);
  let stopping = false;
  while (message) {
    if (message.message === "restart") restart();
    else stopping = true;
    message = receiveMessageOnPort(parentPort);
  }
  if (stopping) break;
  copy();
}
db.close();
parentPort.close();
`;

export type Checkpointer = {
  /** Counts a commit of the connection's: every few, the thread copies and looks at the log. */
  committed(): void;
  /** Whether the log held the limit or more at the last copy. */
  full(): boolean;
  /**
   * Copies the rest and has the next writer start the log over, while the caller holds its
   * writers back; answers whether it could (not when a reader of another connection held on past
   * the thread's wait).
   */
  restart(): Promise<boolean>;
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
  // The log's length at the thread's last copy (-1 until its first), the commits so far, and the
  // counter the thread sleeps on.
  const shared = new Int32Array(new SharedArrayBuffer(12));
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
  let answer: ((restarted: boolean) => void) | undefined;
  worker.on("message", (message: { restarted: boolean }) => {
    answer?.(message.restarted);
    answer = undefined;
  });
  const exited = new Promise<void>((resolve) =>
    worker.once("exit", () => {
      running = false;
      answer?.(false);
      resolve();
    }),
  );
  return {
    committed: () => {
      if ((Atomics.add(shared, 1, 1) + 1) % everyCommits === 0) wake();
    },
    full: () => {
      if (!running) return false;
      const pages = Atomics.load(shared, 0);
      if (pages >= 0) return pages >= limitPages;
      // Before the thread's first copy (it takes a moment to start), the file's length tells.
      const bytes = statSync(`${path}-wal`, { throwIfNoEntry: false })?.size ?? 0;
      return bytes >= limitPages * (pageSize + 24);
    },
    restart: () =>
      new Promise<boolean>((resolve) => {
        if (!running) return resolve(false);
        answer = resolve;
        worker.postMessage("restart");
        wake();
      }),
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
