import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/database.js";
import { freshDatabase, postgresAvailable } from "../support/databases.js";

/**
 * The same migrations must give the same schema on SQLite and PostgreSQL, so that behaviour tested
 * on one holds on the other. Type names differ by engine; they are compared by portable family.
 */
type ColumnShape = { family: string; nullable: boolean };
type Schema = {
  tables: Record<string, Record<string, ColumnShape>>;
  indexes: string[];
};

function typeFamily(dataType: string): string {
  const type = dataType.toLowerCase();
  if (["text", "varchar"].includes(type)) return "text";
  if (["integer", "int", "int4", "int8", "bigint"].includes(type)) return "integer";
  return `unknown:${type}`;
}

/** The indexes the migrations create by name (not those the engine adds for keys). */
async function namedIndexes(handle: DatabaseHandle): Promise<string[]> {
  if (handle.kind === "sqlite") {
    const { rows } = await sql<{ name: string }>`
      select name from sqlite_master where type = 'index' and sql is not null`.execute(handle.db);
    return rows.map((r) => r.name).sort();
  }
  const { rows } = await sql<{ name: string }>`
    select i.relname as name
    from pg_index x
    join pg_class i on i.oid = x.indexrelid
    join pg_namespace n on n.oid = i.relnamespace
    where n.nspname = current_schema()
      and not exists (select 1 from pg_constraint c where c.conindid = x.indexrelid)`.execute(
    handle.db,
  );
  return rows.map((r) => r.name).sort();
}

async function schemaOf(handle: DatabaseHandle): Promise<Schema> {
  const tables: Schema["tables"] = {};
  for (const table of await handle.db.introspection.getTables()) {
    tables[table.name] = Object.fromEntries(
      table.columns.map((c) => [
        c.name,
        { family: typeFamily(c.dataType), nullable: c.isNullable },
      ]),
    );
  }
  return { tables, indexes: await namedIndexes(handle) };
}

describe.skipIf(!postgresAvailable)("the schema on SQLite and PostgreSQL", () => {
  let sqlite: DatabaseHandle;
  let postgres: DatabaseHandle;
  beforeAll(async () => {
    [sqlite, postgres] = await Promise.all([freshDatabase("sqlite"), freshDatabase("postgres")]);
  });
  afterAll(async () => {
    await Promise.all([sqlite?.close(), postgres?.close()]);
  });

  it("both engines have the same tables, columns, column types and nullability", async () => {
    const [onSqlite, onPostgres] = await Promise.all([schemaOf(sqlite), schemaOf(postgres)]);
    expect(Object.keys(onSqlite.tables).length).toBeGreaterThan(10);
    expect(onSqlite.tables).toEqual(onPostgres.tables);
  });

  it("every column type belongs to a portable family", async () => {
    for (const handle of [sqlite, postgres]) {
      const { tables } = await schemaOf(handle);
      const families = new Set(
        Object.values(tables).flatMap((columns) => Object.values(columns).map((c) => c.family)),
      );
      expect([...families].sort()).toEqual(["integer", "text"]);
    }
  });

  it("both engines have the same named indexes, including the partial unique ones", async () => {
    const [onSqlite, onPostgres] = await Promise.all([
      namedIndexes(sqlite),
      namedIndexes(postgres),
    ]);
    expect(onSqlite).toEqual(onPostgres);
    expect(onSqlite).toEqual(
      expect.arrayContaining(["consent_requests_one_pending", "consent_requests_one_approved"]),
    );
  });

  it("primary keys refuse null on both engines, as PostgreSQL does by itself", async () => {
    for (const handle of [sqlite, postgres]) {
      const { tables } = await schemaOf(handle);
      for (const [table, column] of [
        ["organizations", "id"],
        ["consent_requests", "id"],
        ["sessions", "id_hash"],
        ["rate_limits", "key"],
      ] as const) {
        expect(tables[table]?.[column]?.nullable, `${handle.kind} ${table}.${column}`).toBe(false);
      }
    }
  });
});
