import { randomBytes } from "node:crypto";
import pg from "pg";
import { type DatabaseHandle, openDatabase } from "../../src/db/database.js";
import { migrateToLatest, migrator } from "../../src/db/migrations.js";

/**
 * The databases every persistence and API test runs on: SQLite always, PostgreSQL when one is
 * reachable (TEST_POSTGRES_URL, default the local server). scripts/test.ts says which ran.
 */
export const postgresAdminUrl =
  process.env.TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

export const postgresAvailable = process.env.ASSENT_TEST_POSTGRES === "1";

export type TestDatabaseKind = "sqlite" | "postgres";

export const testDatabaseKinds: TestDatabaseKind[] = postgresAvailable
  ? ["sqlite", "postgres"]
  : ["sqlite"];

/**
 * A fresh, migrated database; dropped again by `close`. `upTo` names the last migration to run
 * (e.g. "0007_webhooks"), for tests of what a later migration does to existing rows.
 */
export async function freshDatabase(
  kind: TestDatabaseKind,
  upTo?: string,
): Promise<DatabaseHandle & { url: string }> {
  const migrate = async (db: DatabaseHandle["db"]) => {
    if (upTo === undefined) return migrateToLatest(db as never);
    const { error } = await migrator(db as never).migrateTo(upTo);
    if (error) throw error;
  };
  if (kind === "sqlite") {
    const url = "sqlite::memory:";
    const handle = openDatabase(url);
    await migrate(handle.db);
    return { ...handle, url };
  }
  const name = `assent_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: postgresAdminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(postgresAdminUrl);
  url.pathname = `/${name}`;
  const handle = openDatabase(url.toString(), 30);
  await migrate(handle.db);
  return {
    ...handle,
    url: url.toString(),
    close: async () => {
      await handle.close();
      const cleanup = new pg.Client({ connectionString: postgresAdminUrl });
      await cleanup.connect();
      // The pool's end resolves before its sockets have closed; a forced drop in that window
      // kills them mid-goodbye, which pg reports as an uncaught error. Let them go first.
      for (let i = 0; i < 200; i++) {
        const { rows } = await cleanup.query(
          "select count(*)::int as n from pg_stat_activity where datname = $1",
          [name],
        );
        if (rows[0]?.n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

/** Whether a PostgreSQL server answers at `url` (used by scripts/test.ts). */
export async function postgresReachable(url = postgresAdminUrl): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}
