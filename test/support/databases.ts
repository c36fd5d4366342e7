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
  const database = await createPostgresDatabase(postgresAdminUrl, "assent_test");
  const handle = openDatabase(database.url, 30);
  await migrate(handle.db);
  return {
    ...handle,
    url: database.url,
    close: async () => {
      await handle.close();
      // The pool's end resolves before its sockets have closed; a forced drop in that window
      // kills them mid-goodbye, which pg reports as an uncaught error. Let them go first.
      await onPostgres(postgresAdminUrl, async (admin) => {
        for (let i = 0; i < 200; i++) {
          const { rows } = await admin.query(
            "select count(*)::int as n from pg_stat_activity where datname = $1",
            [database.name],
          );
          if (rows[0]?.n === 0) break;
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
      });
      await database.drop();
    },
  };
}

/** Runs `work` on a connection of its own to the server at `adminUrl`, then ends it. */
export async function onPostgres<T>(
  adminUrl: string,
  work: (admin: pg.Client) => Promise<T>,
): Promise<T> {
  const admin = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end().catch(() => {});
  }
}

export type PostgresDatabase = { name: string; url: string; drop(): Promise<void> };

/**
 * An empty database of its own on the server at `adminUrl`, named `prefix` and a random suffix;
 * `drop` removes it, ending any connection still open to it.
 */
export async function createPostgresDatabase(
  adminUrl: string,
  prefix: string,
): Promise<PostgresDatabase> {
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  await onPostgres(adminUrl, (admin) => admin.query(`create database ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: async () => {
      await onPostgres(adminUrl, (admin) =>
        admin.query(`drop database if exists ${name} with (force)`),
      );
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
