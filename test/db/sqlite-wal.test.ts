import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/database.js";
import { walRestartHolds } from "../../src/metrics.js";

/** Pages the write-ahead log file holds (each frame is a page and a 24-byte header). */
function walPages(path: string): number {
  const bytes = statSync(`${path}-wal`, { throwIfNoEntry: false })?.size ?? 0;
  return Math.max(0, Math.round((bytes - 32) / (4096 + 24)));
}

const limitPages = 400;

/**
 * Twenty times the log's limit, written by `writers` writers at once that never pause, a row of
 * about a page per transaction: how many rows were kept, and the most pages the log held meanwhile.
 */
async function writeTwentyLimits(writers: number): Promise<{ rows: number; largest: number }> {
  const dir = mkdtempSync(join(tmpdir(), "assent-wal-"));
  const path = join(dir, "wal.db");
  const handle = openDatabase(`sqlite:${path}`, 1, { walLimitPages: limitPages });
  try {
    await sql`create table notes (id integer primary key, body text not null)`.execute(handle.db);
    const body = "x".repeat(3000);
    let largest = 0;
    await Promise.all(
      Array.from({ length: writers }, async () => {
        for (let i = 0; i < (20 * limitPages) / writers; i++) {
          await handle.db.transaction().execute(async (tx) => {
            await sql`insert into notes (body) values (${body})`.execute(tx);
          });
          largest = Math.max(largest, walPages(path));
        }
      }),
    );
    const { rows } = await sql<{ n: number }>`select count(*) as n from notes`.execute(handle.db);
    return { rows: rows[0]?.n ?? 0, largest };
  } finally {
    await handle.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Bounded by the limit and what the writers append while the thread copies and looks at the log
 * (they never pause: a few hundred pages, a few times the limit when other work takes the
 * thread's CPU), not by the writes (twenty times the limit).
 */
function expectBounded(largest: number) {
  expect(largest).toBeGreaterThan(limitPages / 2);
  expect(largest).toBeLessThanOrEqual(6 * limitPages);
}

/**
 * SQLite's write-ahead log must not grow without end under a writer that never pauses: passive
 * copies alone never let the log start over, so past its limit the log is emptied.
 */
describe("the SQLite write-ahead log", () => {
  it("stays near its page limit while a steady writer writes twenty times that much", async () => {
    const restarts = async () =>
      (await walRestartHolds.get()).values.find((value) => value.metricName?.endsWith("_count"))
        ?.value ?? 0;
    const restartsBefore = await restarts();

    const { rows, largest } = await writeTwentyLimits(1);

    expect(rows).toBe(20 * limitPages);
    expectBounded(largest);
    // Each time the log started over, the writers' wait was measured for /metrics.
    expect(await restarts()).toBeGreaterThan(restartsBefore);
  });

  it("stays near its limit when writers at once commit together, and keeps every row", async () => {
    // Writers at once share commits (~32 transactions each); the log must still start over (its
    // restart first commits the group it finds open) as often as their transactions fill it.
    const { rows, largest } = await writeTwentyLimits(32);

    expect(rows).toBe(20 * limitPages);
    expectBounded(largest);
  });
});
