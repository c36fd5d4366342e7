import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

/**
 * Copies the SQLite write-ahead log back into the database file on a thread of its own. By
 * default the commit that crosses the log's size limit does that copy, which stalls every request
 * queued behind it for milliseconds; here commits only append, and the copy (PASSIVE: it never
 * blocks a writer) runs beside them. If the thread fails, the connection checkpoints again itself.
 */
const source = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const db = new Database(workerData.path);
db.pragma("busy_timeout = 1000");
const timer = setInterval(() => db.pragma("wal_checkpoint(PASSIVE)"), workerData.intervalMs);
parentPort.once("message", () => { clearInterval(timer); db.close(); parentPort.close(); });
`;

export function startCheckpointer(
  path: string,
  onFailure: (error: Error) => void,
  intervalMs = 100,
): { stop(): Promise<void> } {
  const driver = createRequire(import.meta.url).resolve("better-sqlite3");
  const worker = new Worker(source, { eval: true, workerData: { path, driver, intervalMs } });
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
