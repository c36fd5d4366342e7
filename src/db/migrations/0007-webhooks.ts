import { type Kysely, type Migration, sql } from "kysely";
import { ms } from "../column-types.js";

/** Webhook endpoints, deliveries and attempts (W1-W6). */
export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("webhook_endpoints")
      .addColumn("id", "text", (c) => c.primaryKey().notNull())
      .addColumn("project_id", "text", (c) => c.notNull().references("projects.id"))
      .addColumn("url", "text", (c) => c.notNull())
      .addColumn("description", "text")
      // JSON string[] of event types, or null for every type.
      .addColumn("event_types", "text")
      .addColumn("enabled", "integer", (c) => c.notNull())
      // Signing secrets must be read back to sign: kept sealed, never in clear.
      .addColumn("secret_sealed", "text", (c) => c.notNull())
      .addColumn("previous_secret_sealed", "text")
      .addColumn("previous_secret_expires_at", ms)
      .addColumn("failing_since", ms)
      .addColumn("disabled_at", ms)
      .addColumn("created_at", ms, (c) => c.notNull())
      .addColumn("updated_at", ms, (c) => c.notNull())
      .addCheckConstraint("webhook_endpoints_enabled", sql`enabled in (0, 1)`)
      .execute();
    await db.schema
      .createIndex("webhook_endpoints_project")
      .on("webhook_endpoints")
      .columns(["project_id", "id"])
      .execute();
    // Every event write asks which endpoints of its project are enabled: one probe of this index,
    // which finds nothing at all for a project without endpoints.
    await db.schema
      .createIndex("webhook_endpoints_enabled")
      .on("webhook_endpoints")
      .column("project_id")
      .where(sql.ref("enabled"), "=", 1)
      .execute();

    await db.schema
      .createTable("webhook_attempts")
      .addColumn("id", "text", (c) => c.primaryKey().notNull())
      .addColumn("project_id", "text", (c) => c.notNull().references("projects.id"))
      .addColumn("endpoint_id", "text", (c) => c.notNull())
      .addColumn("event_id", "text", (c) => c.notNull())
      .addColumn("job_id", "text", (c) => c.notNull())
      .addColumn("attempted_at", ms, (c) => c.notNull())
      .addColumn("status_code", "integer")
      .addColumn("error", "text")
      .addColumn("duration_ms", "integer", (c) => c.notNull())
      .addColumn("response", "text")
      .execute();
    await db.schema
      .createIndex("webhook_attempts_endpoint")
      .on("webhook_attempts")
      .columns(["project_id", "endpoint_id", "id"])
      .execute();

    // Webhook deliveries have a worker lane of their own: each lane claims its due jobs by its
    // own partial index, so a backlog for a slow endpoint is never scanned by the mail lane.
    await db.schema
      .createIndex("jobs_due_webhooks")
      .on("jobs")
      .column("run_at")
      .where(sql<boolean>`status = 'queued' and kind = 'webhook.deliver'`)
      .execute();
    await db.schema
      .createIndex("jobs_due_other")
      .on("jobs")
      .column("run_at")
      .where(sql<boolean>`status = 'queued' and kind <> 'webhook.deliver'`)
      .execute();
  },
};
