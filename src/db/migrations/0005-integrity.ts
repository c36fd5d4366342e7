import { type Kysely, type Migration, sql } from "kysely";

/**
 * Integrity: one active line per number, enforced by the database so that racing instances cannot
 * break it; and the indexes that let retention find what has run out by time, so that a purge
 * reads only what it deletes (src/jobs/purge.ts).
 */
export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    // A number can come back once its line has ended, so only active lines count.
    await db.schema
      .createIndex("subscriptions_one_active_number")
      .on("subscriptions")
      .columns(["project_id", "phone_number"])
      .unique()
      .where(sql.ref("status"), "=", "active")
      .execute();

    await db.schema.createIndex("sessions_expiry").on("sessions").column("expires_at").execute();
    await db.schema.createIndex("rate_limits_reset").on("rate_limits").column("reset_at").execute();
    await db.schema
      .createIndex("outbox_messages_created")
      .on("outbox_messages")
      .column("created_at")
      .execute();
    // Only finished jobs have a finish time; queued and running ones stay out of the index.
    await db.schema
      .createIndex("jobs_finished")
      .on("jobs")
      .column("finished_at")
      .where(sql.ref("finished_at"), "is not", null)
      .execute();
  },
};
