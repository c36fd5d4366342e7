import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

/**
 * Copies the SQLite write-ahead log back into the database file on a thread of its own. By
 * default the commit that crosses the log's size limit does that copy, which stalls every request
 * queued behind it for milliseconds; here commits only append, and the copy (PASSIVE: it never
 * blocks a writer) runs beside them. If the thread fails, the connection checkpoints again itself.
 *
 * A passive copy never restarts the log: the log starts over only when a writer finds every frame
 * copied and no reader in it, which a steady writer never does, so the file would grow without
 * end. Once the log holds `limitPages`, the thread runs a TRUNCATE checkpoint: it waits for a
 * moment without a writer and for readers to leave the log, copies the few frames left and
 * empties the file. `truncate()` asks for one while the caller holds its writers back.
 */
const source = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const db = new Database(workerData.path);
db.pragma("busy_timeout = 1000");
function truncate() {
  const [result] = db.pragma("wal_checkpoint(TRUNCATE)");
  return result ? result.busy === 0 : false;
}
function checkpoint() {
  const [passive] = db.pragma("wal_checkpoint(PASSIVE)");
  if (passive && passive.log >= workerData.limitPages) truncate();
}
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.on("message", (message) => {
  if (message === "truncate") {
    // Asked while the caller holds its writers back: wait less for another process's readers.
    db.pragma("busy_timeout = 250");
    const truncated = truncate();
    db.pragma("busy_timeout = 1000");
    return parentPort.postMessage({ truncated });
  }
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

export type Checkpointer = {
  /**
   * Empties the log on the thread; answers whether it could (false when a reader of another
   * connection held on past the thread's busy timeout).
   */
  truncate(): Promise<boolean>;
  stop(): Promise<void>;
};

/** 64 MB of 4 KB pages. */
export const defaultWalLimitPages = 16_384;

export function startCheckpointer(
  path: string,
  onFailure: (error: Error) => void,
  options: { intervalMs?: number; limitPages?: number } = {},
): Checkpointer {
  const driver = createRequire(import.meta.url).resolve("better-sqlite3");
  const workerData = {
    path,
    driver,
    intervalMs: options.intervalMs ?? 100,
    limitPages: options.limitPages ?? defaultWalLimitPages,
  };
  const worker = new Worker(source, { eval: true, workerData });
  worker.unref();
  worker.once("error", onFailure);
  let running = true;
  const waiting: ((truncated: boolean) => void)[] = [];
  worker.on("message", (message: { truncated: boolean }) => waiting.shift()?.(message.truncated));
  const exited = new Promise<void>((resolve) =>
    worker.once("exit", () => {
      running = false;
      for (const answer of waiting.splice(0)) answer(false);
      resolve();
    }),
  );
  return {
    truncate() {
      if (!running) return Promise.resolve(false);
      return new Promise((resolve) => {
        waiting.push(resolve);
        worker.postMessage("truncate");
      });
    },
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
