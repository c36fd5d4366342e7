import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from "kysely";
import { inList, ms } from "./column-types.js";
import { migration as m0002 } from "./migrations/0002-contact-changes.js";
import { migration as m0003 } from "./migrations/0003-keys-and-members.js";
import { migration as m0004 } from "./migrations/0004-idempotency-and-secrets.js";
import { migration as m0005 } from "./migrations/0005-integrity.js";
import { migration as m0006 } from "./migrations/0006-fraud-signals.js";
import { migration as m0007 } from "./migrations/0007-webhooks.js";
import { migration as m0008 } from "./migrations/0008-sim-swap.js";
import { migration as m0009 } from "./migrations/0009-released-numbers.js";

const initial: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("organizations")
      .addColumn("id", "text", (c) => c.primaryKey().notNull())
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("created_at", ms, (c) => c.notNull())
      .execute();

    await db.schema
      .createTable("projects")
      .addColumn("id", "text", (c) => c.primaryKey().notNull())
      .addColumn("organization_id", "text", (c) => c.notNull().references("organizations.id"))
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("providers", "text", (c) => c.notNull())
      .addColumn("email_enabled", "integer", (c) => c.notNull())
      .addColumn("sms_enabled", "integer", (c) => c.notNull())
      .addColumn("consent", "text")
      .addColumn("port_out_pin_ttl_seconds", "integer", (c) => c.notNull())
      .addColumn("created_at", ms, (c) => c.notNull())
      .execute();

    await db.schema
      .createTable("members")
      .addColumn("id", "text", (c) => c.primaryKey().notNull())
      .addColumn("email", "text", (c) => c.notNull().unique())
      .addColumn("full_name", "text", (c) => c.notNull())
      .addColumn("password_hash", "text", (c) => c.notNull())
      .addColumn("created_at", ms, (c) => c.notNull())
      .execute();

    await db.schema
      .createTable("memberships")
      .addColumn("project_id", "text", (c) => c.notNull().references("projects.id"))
      .addColumn("member_id", "text", (c) => c.notNull().references("members.id"))
      .addColumn("role", "text", (c) => c.notNull())
      .addColumn("created_at", ms, (c) => c.notNull())
      .addPrimaryKeyConstraint("memberships_pk", ["project_id", "member_id"])
      .addCheckConstraint(
        "memberships_role",
        sql`role in (${inList(["owner", "support", "viewer"])})`,
      )
      .execute();

    await db.schema
      .createTable("sessions")
      .addColumn("id_hash", "text", (c) => c.primaryKey().notNull())
      .addColumn("member_id", "text", (c) => c.notNull().references("members.id"))
      .addColumn("csrf_hash", "text", (c) => c.notNull())
      .addColumn("created_at", ms, (c) => c.notNull())
      .addColumn("expires_at", ms, (c) => c.notNull())
      .execute();

    await db.schema
      .createTable("api_keys")
      .addColumn("id", "text", (c) => c.primaryKey().notNull())
      .addColumn("project_id", "text", (c) => c.notNull().references("projects.id"))
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("key_hash", "text", (c) => c.notNull().unique())
      .addColumn("created_at", ms, (c) => c.notNull())
      .addColumn("revoked_at", ms)
      .execute();

    await db.schema
      .createTable("users")
      .addColumn("id", "text", (c) => c.primaryKey().notNull())
      .addColumn("project_id", "text", (c) => c.notNull().references("projects.id"))
      .addColumn("full_name", "text", (c) => c.notNull())
      .addColumn("email", "text")
      .addColumn("preferred_locale", "text", (c) => c.notNull())
      .addColumn("created_at", ms, (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex("users_project")
      .on("users")
      .columns(["project_id", "id"])
      .execute();

    await db.schema
      .createTable("sims")
      .addColumn("id", "text", (c) => c.primaryKey().notNull())
      .addColumn("project_id", "text", (c) => c.notNull().references("projects.id"))
      .addColumn("iccid", "text", (c) => c.notNull())
      .addColumn("type", "text", (c) => c.notNull())
      .addColumn("provider", "text", (c) => c.notNull())
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("created_at", ms, (c) => c.notNull())
      .addUniqueConstraint("sims_project_iccid", ["project_id", "iccid"])
      .addCheckConstraint("sims_type", sql`type in (${inList(["eSIM", "pSIM"])})`)
      .addCheckConstraint(
        "sims_status",
        sql`status in (${inList(["available", "active", "retired"])})`,
      )
      .execute();
    await db.schema.createIndex("sims_project").on("sims").columns(["project_id", "id"]).execute();

    await db.schema
      .createTable("subscriptions")
      .addColumn("id", "text", (c) => c.primaryKey().notNull())
      .addColumn("project_id", "text", (c) => c.notNull().references("projects.id"))
      .addColumn("user_id", "text", (c) => c.notNull().references("users.id"))
      .addColumn("phone_number", "text", (c) => c.notNull())
      .addColumn("provider", "text", (c) => c.notNull())
      .addColumn("sim_id", "text", (c) => c.notNull().references("sims.id"))
      .addColumn("plan", "text")
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("account_number", "text", (c) => c.notNull())
      .addColumn("port_out_pin_hash", "text")
      .addColumn("port_out_pin_expires_at", ms)
      .addColumn("created_at", ms, (c) => c.notNull())
      .addColumn("ended_at", ms)
      .addCheckConstraint("subscriptions_status", sql`status in (${inList(["active", "ended"])})`)
      .execute();
    await db.schema
      .createIndex("subscriptions_project")
      .on("subscriptions")
      .columns(["project_id", "id"])
      .execute();

    await db.schema
      .createTable("consent_requests")
      .addColumn("id", "text", (c) => c.primaryKey().notNull())
      .addColumn("project_id", "text", (c) => c.notNull().references("projects.id"))
      .addColumn("type", "text", (c) => c.notNull())
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("subscription_id", "text", (c) => c.notNull().references("subscriptions.id"))
      .addColumn("user_id", "text", (c) => c.notNull().references("users.id"))
      .addColumn("details", "text", (c) => c.notNull())
      .addColumn("delivery_method", "text", (c) => c.notNull())
      .addColumn("recipient", "text", (c) => c.notNull())
      .addColumn("token_hash", "text", (c) => c.notNull().unique())
      .addColumn("requested_by_type", "text", (c) => c.notNull())
      .addColumn("requested_by_id", "text", (c) => c.notNull())
      .addColumn("resent_from", "text")
      .addColumn("cancellation_reason", "text")
      .addColumn("fulfillment_error", "text")
      .addColumn("delivery_error", "text")
      .addColumn("created_at", ms, (c) => c.notNull())
      .addColumn("expires_at", ms, (c) => c.notNull())
      .addColumn("sent_at", ms)
      .addColumn("opened_at", ms)
      .addColumn("approved_at", ms)
      .addColumn("declined_at", ms)
      .addColumn("fulfilled_at", ms)
      .addColumn("canceled_at", ms)
      .addColumn("expired_at", ms)
      .addCheckConstraint(
        "consent_requests_type",
        sql`type in (${inList(["simReplacement", "providerChange", "portOutCredentials"])})`,
      )
      .addCheckConstraint(
        "consent_requests_status",
        sql`status in (${inList(["pending", "approved", "fulfilled", "declined", "canceled", "expired"])})`,
      )
      .addCheckConstraint("consent_requests_delivery", sql`delivery_method in ('email', 'sms')`)
      .addCheckConstraint(
        "consent_requests_cancellation",
        sql`cancellation_reason is null or cancellation_reason in (${inList(["canceledByMember", "superseded", "subscriptionEnded"])})`,
      )
      .execute();
    await db.schema
      .createIndex("consent_requests_project")
      .on("consent_requests")
      .columns(["project_id", "id"])
      .execute();
    await db.schema
      .createIndex("consent_requests_subscription")
      .on("consent_requests")
      .columns(["project_id", "subscription_id", "id"])
      .execute();
    // At most one pending and one approved request per subscription and type (C6), enforced by
    // the database too, so that racing instances cannot break it.
    for (const status of ["pending", "approved"] as const) {
      await db.schema
        .createIndex(`consent_requests_one_${status}`)
        .on("consent_requests")
        .columns(["subscription_id", "type"])
        .unique()
        .where(sql.ref("status"), "=", status)
        .execute();
    }
    // The expiry sweeper reads only what is pending, by due time: cost follows what is due.
    await db.schema
      .createIndex("consent_requests_due")
      .on("consent_requests")
      .column("expires_at")
      .where(sql.ref("status"), "=", "pending")
      .execute();

    await db.schema
      .createTable("events")
      .addColumn("id", "text", (c) => c.primaryKey().notNull())
      .addColumn("project_id", "text", (c) => c.notNull().references("projects.id"))
      .addColumn("type", "text", (c) => c.notNull())
      .addColumn("time", ms, (c) => c.notNull())
      .addColumn("actor_type", "text", (c) => c.notNull())
      .addColumn("actor_id", "text")
      .addColumn("subject", "text", (c) => c.notNull())
      .addColumn("data", "text", (c) => c.notNull())
      .addCheckConstraint(
        "events_actor_type",
        sql`actor_type in (${inList(["member", "apiKey", "user", "system"])})`,
      )
      .execute();
    await db.schema
      .createIndex("events_project")
      .on("events")
      .columns(["project_id", "id"])
      .execute();
    await db.schema
      .createIndex("events_subject")
      .on("events")
      .columns(["project_id", "subject", "id"])
      .execute();
    await db.schema
      .createIndex("events_type")
      .on("events")
      .columns(["project_id", "type", "id"])
      .execute();

    await db.schema
      .createTable("jobs")
      .addColumn("id", "text", (c) => c.primaryKey().notNull())
      .addColumn("project_id", "text", (c) => c.notNull().references("projects.id"))
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("payload", "text", (c) => c.notNull())
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("attempts", "integer", (c) => c.notNull())
      .addColumn("max_attempts", "integer", (c) => c.notNull())
      .addColumn("run_at", ms, (c) => c.notNull())
      .addColumn("locked_by", "text")
      .addColumn("locked_until", ms)
      .addColumn("last_error", "text")
      .addColumn("created_at", ms, (c) => c.notNull())
      .addColumn("finished_at", ms)
      .addCheckConstraint(
        "jobs_status",
        sql`status in (${inList(["queued", "running", "done", "failed"])})`,
      )
      .execute();
    await db.schema
      .createIndex("jobs_due")
      .on("jobs")
      .column("run_at")
      .where(sql.ref("status"), "=", "queued")
      .execute();
    await db.schema
      .createIndex("jobs_leased")
      .on("jobs")
      .column("locked_until")
      .where(sql.ref("status"), "=", "running")
      .execute();

    await db.schema
      .createTable("outbox_messages")
      .addColumn("id", "text", (c) => c.primaryKey().notNull())
      .addColumn("project_id", "text", (c) => c.notNull().references("projects.id"))
      .addColumn("channel", "text", (c) => c.notNull())
      .addColumn("recipient", "text", (c) => c.notNull())
      .addColumn("subject", "text")
      .addColumn("text", "text", (c) => c.notNull())
      .addColumn("html", "text")
      .addColumn("link", "text")
      .addColumn("consent_request_id", "text")
      .addColumn("created_at", ms, (c) => c.notNull())
      .addCheckConstraint("outbox_messages_channel", sql`channel in ('email', 'sms')`)
      .execute();
    await db.schema
      .createIndex("outbox_messages_project")
      .on("outbox_messages")
      .columns(["project_id", "id"])
      .execute();

    await db.schema
      .createTable("idempotency_keys")
      .addColumn("project_id", "text", (c) => c.notNull())
      .addColumn("key", "text", (c) => c.notNull())
      .addColumn("fingerprint", "text", (c) => c.notNull())
      .addColumn("status_code", "integer")
      .addColumn("response", "text")
      .addColumn("created_at", ms, (c) => c.notNull())
      .addPrimaryKeyConstraint("idempotency_keys_pk", ["project_id", "key"])
      .execute();

    await db.schema
      .createTable("rate_limits")
      .addColumn("key", "text", (c) => c.primaryKey().notNull())
      .addColumn("count", "integer", (c) => c.notNull())
      .addColumn("reset_at", ms, (c) => c.notNull())
      .execute();
  },
};

export const migrations: Record<string, Migration> = {
  "0001_initial": initial,
  "0002_contact-changes": m0002,
  "0003_keys-and-members": m0003,
  "0004_idempotency-and-secrets": m0004,
  "0005_integrity": m0005,
  "0006_fraud-signals": m0006,
  "0007_webhooks": m0007,
  "0008_sim-swap": m0008,
  "0009_released-numbers": m0009,
};

export function migrator(db: Kysely<unknown>): Migrator {
  const provider: MigrationProvider = { getMigrations: async () => migrations };
  return new Migrator({ db, provider });
}

export async function migrateToLatest(db: Kysely<unknown>): Promise<void> {
  const { error, results } = await migrator(db).migrateToLatest();
  const failed = results?.find((r) => r.status === "Error");
  if (error || failed) {
    throw new Error(`migration ${failed?.migrationName ?? ""} failed`, { cause: error });
  }
}
