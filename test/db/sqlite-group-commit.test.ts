import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import SqliteDatabase from "better-sqlite3";
import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type DatabaseHandle, inTransaction, openDatabase } from "../../src/db/database.js";

/**
 * SQLite commits transactions that queue for its one connection together (db/sqlite-driver.ts).
 * Whatever the grouping, each transaction must stay all or nothing, none may be told it
 * committed before its rows are in the database, and nothing may read a row not yet committed.
 */
describe("SQLite transactions committed in groups", () => {
  let dir: string;
  let path: string;
  let handle: DatabaseHandle;
  // Another connection to the same file sees only what is committed.
  let observer: SqliteDatabase.Database;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), "assent-group-"));
    path = join(dir, "group.db");
    handle = openDatabase(`sqlite:${path}`);
    await sql`create table notes (id text primary key)`.execute(handle.db);
    await sql`create table parents (id text primary key)`.execute(handle.db);
    await sql`create table children (
      id text primary key,
      parent_id text references parents (id) deferrable initially deferred
    )`.execute(handle.db);
    observer = new SqliteDatabase(path, { readonly: true });
  });

  afterEach(async () => {
    observer.close();
    await handle.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const committed = () =>
    (observer.prepare("select id from notes order by id").all() as { id: string }[]).map(
      (row) => row.id,
    );
  const note = (id: string) =>
    inTransaction(handle.db, async (tx) => {
      await sql`insert into notes (id) values (${id})`.execute(tx);
      return id;
    });

  it("keeps each transaction all or nothing, and tells each only once its rows are committed", async () => {
    const seen: Record<string, string[]> = {};
    const told = (id: string) => (value: string) => {
      seen[id] = committed();
      return value;
    };
    const outcomes = await Promise.allSettled([
      note("a").then(told("a")),
      inTransaction(handle.db, async (tx) => {
        await sql`insert into notes (id) values ('b')`.execute(tx);
        throw new Error("b changed its mind");
      }),
      note("c").then(told("c")),
    ]);

    expect(outcomes.map((outcome) => outcome.status)).toEqual([
      "fulfilled",
      "rejected",
      "fulfilled",
    ]);
    expect((outcomes[1] as PromiseRejectedResult).reason).toEqual(new Error("b changed its mind"));
    expect(seen.a).toContain("a");
    expect(seen.c).toContain("c");
    expect(committed()).toEqual(["a", "c"]);
  });

  it("commits a waiting transaction before a query outside one reads", async () => {
    const written = note("a");
    const { rows } = await sql<{ id: string }>`select id from notes`.execute(handle.db);

    expect(rows).toEqual([{ id: "a" }]);
    // What that query read was already in the database for everyone.
    expect(committed()).toEqual(["a"]);
    await expect(written).resolves.toBe("a");
  });

  /** Each transaction was told it committed exactly when its row is in the database. */
  const expectToldTheTruth = (outcomes: PromiseSettledResult<unknown>[], ids: string[]) => {
    const rows = committed();
    ids.forEach((id, i) => {
      expect({ id, told: outcomes[i]?.status === "fulfilled" }).toEqual({
        id,
        told: rows.includes(id),
      });
    });
  };

  it("tells no transaction it committed when its group's commit failed", async () => {
    // The child's parent is checked at commit (a deferred key), after the others have run.
    const outcomes = await Promise.allSettled([
      note("a"),
      inTransaction(handle.db, (tx) =>
        sql`insert into children (id, parent_id) values ('c1', 'none')`.execute(tx),
      ),
      note("b"),
    ]);

    expect(outcomes[1]?.status).toBe("rejected");
    expect(observer.prepare("select count(*) as n from children").get()).toEqual({ n: 0 });
    expectToldTheTruth(outcomes, ["a", "", "b"]);
    // The connection goes on.
    await expect(note("c")).resolves.toBe("c");
    expect(committed()).toContain("c");
  });

  it("tells no transaction it committed when SQLite ended the transaction under it", async () => {
    const outcomes = await Promise.allSettled([
      note("a"),
      inTransaction(handle.db, async (tx) => {
        await sql`rollback`.execute(tx);
        throw new Error("the transaction was lost");
      }),
      note("c"),
    ]);

    expect(outcomes[1]?.status).toBe("rejected");
    expectToldTheTruth(outcomes, ["a", "", "c"]);
    await expect(note("d")).resolves.toBe("d");
    expect(committed()).toContain("d");
  });
});
