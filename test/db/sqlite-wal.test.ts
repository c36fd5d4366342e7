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

/**
 * SQLite's write-ahead log must not grow without end under a writer that never pauses: passive
 * copies alone never let the log start over, so past its limit the log is emptied.
 */
describe("the SQLite write-ahead log", () => {
  it("stays near its page limit while a steady writer writes twenty times that much", async () => {
    const dir = mkdtempSync(join(tmpdir(), "assent-wal-"));
    const path = join(dir, "wal.db");
    const limitPages = 400;
    const restarts = async () =>
      (await walRestartHolds.get()).values.find((value) => value.metricName?.endsWith("_count"))
        ?.value ?? 0;
    const restartsBefore = await restarts();
    const handle = openDatabase(`sqlite:${path}`, 1, { walLimitPages: limitPages });
    try {
      await sql`create table notes (id integer primary key, body text not null)`.execute(handle.db);
      // Each row takes about a page of its own, so the writer appends a page or more per commit.
      const body = "x".repeat(3000);
      const rows = 20 * limitPages;
      let largest = 0;
      for (let i = 0; i < rows; i++) {
        await handle.db.transaction().execute(async (tx) => {
          await sql`insert into notes (body) values (${body})`.execute(tx);
        });
        largest = Math.max(largest, walPages(path));
      }

      const { rows: counted } = await sql<{ n: number }>`select count(*) as n from notes`.execute(
        handle.db,
      );
      expect(counted[0]?.n).toBe(rows);
      // Bounded by the limit and what the writer appends while the thread copies and looks at the
      // log (this writer never pauses, so a few hundred pages), not by the writes.
      expect(largest).toBeGreaterThan(limitPages / 2);
      expect(largest).toBeLessThanOrEqual(4 * limitPages);
      // Each time the log started over, the writers' wait was measured for /metrics.
      expect(await restarts()).toBeGreaterThan(restartsBefore);
    } finally {
      await handle.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("stays near its limit when writers at once commit together, and keeps every row", async () => {
    const dir = mkdtempSync(join(tmpdir(), "assent-wal-"));
    const path = join(dir, "wal.db");
    const limitPages = 400;
    const handle = openDatabase(`sqlite:${path}`, 1, { walLimitPages: limitPages });
    try {
      await sql`create table notes (id integer primary key, body text not null)`.execute(handle.db);
      const body = "x".repeat(3000);
      // Eight writers at once: their transactions share commits, and the log must still start
      // over (its restart first commits the group it finds open).
      const writers = 8;
      const each = (20 * limitPages) / writers;
      let largest = 0;
      await Promise.all(
        Array.from({ length: writers }, async () => {
          for (let i = 0; i < each; i++) {
            await handle.db.transaction().execute(async (tx) => {
              await sql`insert into notes (body) values (${body})`.execute(tx);
            });
            largest = Math.max(largest, walPages(path));
          }
        }),
      );

      const { rows: counted } = await sql<{ n: number }>`select count(*) as n from notes`.execute(
        handle.db,
      );
      expect(counted[0]?.n).toBe(20 * limitPages);
      expect(largest).toBeGreaterThan(limitPages / 2);
      expect(largest).toBeLessThanOrEqual(4 * limitPages);
    } finally {
      await handle.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
