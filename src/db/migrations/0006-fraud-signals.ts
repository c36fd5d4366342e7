import { type Kysely, type Migration, SqliteAdapter, sql } from "kysely";
import { inList, ms } from "../column-types.js";

const requestTypes = ["simReplacement", "providerChange", "portOutCredentials", "lockRemoval"];

/**
 * The `lockRemoval` type joins the CHECK on consent_requests.type. PostgreSQL swaps the
 * constraint; SQLite cannot alter a CHECK, so the table is rebuilt from its own definition
 * (the documented create-copy-drop-rename procedure), keeping every column earlier migrations
 * added and every index.
 */
async function allowLockRemoval(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) {
    await sql`alter table consent_requests drop constraint consent_requests_type`.execute(db);
    await sql`alter table consent_requests add constraint consent_requests_type check (type in (${inList(requestTypes)}))`.execute(
      db,
    );
    return;
  }
  const { rows } = await sql<{ type: string; name: string; sql: string | null }>`
    select type, name, sql from sqlite_master where tbl_name = 'consent_requests'`.execute(db);
  const table = rows.find((r) => r.type === "table");
  if (!table?.sql) throw new Error("consent_requests has no definition");
  const oldList = "'simReplacement', 'providerChange', 'portOutCredentials')";
  if (!table.sql.includes(oldList)) throw new Error("consent_requests type check not found");
  const definition = table.sql
    .replace(oldList, `${requestTypes.map((t) => `'${t}'`).join(", ")})`)
    .replace(/^create table "?consent_requests"?/i, 'create table "consent_requests_new"');
  const indexes = rows.filter((r) => r.type === "index" && r.sql !== null);
  await sql.raw(definition).execute(db);
  await sql`insert into consent_requests_new select * from consent_requests`.execute(db);
  await sql`drop table consent_requests`.execute(db);
  await sql`alter table consent_requests_new rename to consent_requests`.execute(db);
  for (const index of indexes) await sql.raw(index.sql as string).execute(db);
}

/** Fraud signals and audit: locks, flags, PIN checks, hash chain, retention (F1-F7). */
export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await allowLockRemoval(db);

    // F1 locks, F2 flag, F4 wrong PIN count.
    await db.schema
      .alterTable("subscriptions")
      .addColumn("lock_sim_change", "integer", (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema
      .alterTable("subscriptions")
      .addColumn("lock_port_out", "integer", (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema.alterTable("subscriptions").addColumn("flagged_at", ms).execute();
    // The sweep that ends expired transfer PINs reads only the lines that hold one (F4).
    await db.schema
      .createIndex("subscriptions_pin_due")
      .on("subscriptions")
      .column("port_out_pin_expires_at")
      .where(sql.ref("port_out_pin_hash"), "is not", null)
      .execute();
    await db.schema
      .alterTable("subscriptions")
      .addColumn("port_out_pin_failures", "integer", (c) => c.notNull().defaultTo(0))
      .execute();

    // F5 evidence: which text the page showed, and from where the decision came (what the mail
    // or SMS server answered is in consentRequest.sent). F7: when personal data was redacted.
    for (const column of [
      "page_locale",
      "page_text_version",
      "decision_client_address",
      "decision_user_agent",
    ]) {
      await db.schema.alterTable("consent_requests").addColumn(column, "text").execute();
    }
    await db.schema.alterTable("consent_requests").addColumn("redacted_at", ms).execute();

    // F6 hash chain: each sealed event has its place in the project's chain and its hash; the
    // data enters the hash through its digest, so that redaction (F7) keeps the chain whole.
    await db.schema.alterTable("events").addColumn("data_digest", "text").execute();
    await db.schema.alterTable("events").addColumn("chain_seq", ms).execute();
    await db.schema.alterTable("events").addColumn("hash", "text").execute();
    await db.schema.alterTable("events").addColumn("redacted_at", ms).execute();
    await db.schema
      .createIndex("events_chain")
      .on("events")
      .columns(["project_id", "chain_seq"])
      .unique()
      .execute();
    await db.schema
      .createIndex("events_unsealed")
      .on("events")
      .columns(["project_id", "id"])
      .where(sql.ref("hash"), "is", null)
      .execute();

    // The head of each project's chain, and the lease of the instance sealing it.
    await db.schema
      .createTable("audit_chains")
      .addColumn("project_id", "text", (c) => c.primaryKey().notNull().references("projects.id"))
      .addColumn("seq", ms, (c) => c.notNull())
      .addColumn("hash", "text", (c) => c.notNull())
      .addColumn("lease_owner", "text")
      .addColumn("lease_until", ms)
      .execute();

    // F7: how long personal data is kept.
    await db.schema
      .alterTable("projects")
      .addColumn("retention_days", "integer", (c) => c.notNull().defaultTo(1095))
      .execute();
    // How far the daily redaction has come: everything written before it was looked at.
    await db.schema.alterTable("projects").addColumn("redacted_through", ms).execute();
  },
};
