import { statSync } from "node:fs";
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

/**
 * Copies the SQLite write-ahead log back into the database file on a thread of its own. By
 * default the commit that crosses the log's size limit does that copy, which stalls every request
 * queued behind it for milliseconds; here commits only append, and the copy (PASSIVE: it never
 * blocks a writer) runs beside them, after every few commits the connection counts (`committed()`)
 * and every `intervalMs`. If the thread fails, the connection checkpoints itself again.
 *
 * A passive copy never restarts the log: the log starts over only when a writer finds every frame
 * copied and no reader in it, which a steady writer never does, so the file would grow without
 * end. Each copy shares the log's length with the connection (`full()`); past `limitPages`, the
 * connection holds its writers back and calls `restart()`: a RESTART checkpoint copies the few
 * frames written since the last copy, and the next writer begins the log again at the start of
 * its file. The file keeps its length (about the limit) rather than being truncated: truncating
 * and syncing a file of tens of megabytes took 80 ms here, during which no request could write.
 */
const source = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const db = new Database(workerData.path);
db.pragma("busy_timeout = 1000");
// [0]: the log's length at the last copy, in pages; [1]: the connection's commits.
const shared = new Int32Array(workerData.shared);
let copiedAtCommit = 0;
let copiedAt = 0;
function copy() {
  const commits = Atomics.load(shared, 1);
  const now = Date.now();
  // After a few commits, or now and then for writers in other processes.
  if (commits - copiedAtCommit < 32 && now - copiedAt < workerData.intervalMs) return;
  copiedAtCommit = commits;
  copiedAt = now;
  const [passive] = db.pragma("wal_checkpoint(PASSIVE)");
  if (passive) Atomics.store(shared, 0, passive.log);
}
const timer = setInterval(copy, 10);
parentPort.on("message", (message) => {
  if (message === "restart") {
    // Asked while the caller holds its writers back: wait less for another process's readers.
    db.pragma("busy_timeout = 250");
    const [result] = db.pragma("wal_checkpoint(RESTART)");
    db.pragma("busy_timeout = 1000");
    const restarted = result ? result.busy === 0 : false;
    if (restarted) Atomics.store(shared, 0, 0);
    return parentPort.postMessage({ restarted });
  }
  clearInterval(timer);
  db.close();
  parentPort.close();
});
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
  // The log's length at the thread's last copy (-1 until its first), and the commits so far.
  const shared = new Int32Array(new SharedArrayBuffer(8));
  shared[0] = -1;
  const pageSize = options.pageSize ?? 4096;
  const workerData = {
    path,
    driver,
    intervalMs: options.intervalMs ?? 100,
    shared: shared.buffer,
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
      Atomics.add(shared, 1, 1);
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
      }),
    stop: async () => {
      if (running) {
        // Held again while it closes, so that a process waiting for it does not end before it.
        worker.ref();
        worker.postMessage("stop");
      }
      await exited;
    },
  };
}
