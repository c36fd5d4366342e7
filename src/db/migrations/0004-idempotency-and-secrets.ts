import type { Kysely, Migration } from "kysely";
import { ms } from "../column-types.js";

/**
 * Trust: exactly-once idempotency (T5). A record is now kept per caller (API key or member), not
 * per project, so the key of the table changes: the table is made anew. Records are answers kept
 * for a day; those in flight when this runs are given up, as after a day.
 *
 * A record is first a claim (`owner` set, no answer) written in its own short transaction; the
 * use case's transaction completes it, on the condition that the claim is still its own, together
 * with the action's effects.
 */
export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.dropTable("idempotency_keys").execute();
    await db.schema
      .createTable("idempotency_keys")
      .addColumn("project_id", "text", (c) => c.notNull())
      .addColumn("caller", "text", (c) => c.notNull())
      .addColumn("key", "text", (c) => c.notNull())
      .addColumn("fingerprint", "text", (c) => c.notNull())
      .addColumn("owner", "text", (c) => c.notNull())
      .addColumn("status_code", "integer")
      .addColumn("response", "text")
      .addColumn("claimed_at", ms, (c) => c.notNull())
      .addColumn("expires_at", ms, (c) => c.notNull())
      .addPrimaryKeyConstraint("idempotency_keys_pk", ["project_id", "caller", "key"])
      .execute();
    await db.schema
      .createIndex("idempotency_keys_expiry")
      .on("idempotency_keys")
      .column("expires_at")
      .execute();
  },
};
