import { type Kysely, type Migration, sql } from "kysely";
import { ms } from "../column-types.js";

/** SIM swap checks for relying parties (S1-S3). */
export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable("subscriptions").addColumn("sim_changed_at", ms).execute();
    // Lines that existed before: their last SIM replacement or provider change, else activation.
    await sql`
      update subscriptions set sim_changed_at = coalesce(
        (select max(e.time) from events e
          where e.project_id = subscriptions.project_id
            and e.subject = subscriptions.id
            and e.type in ('subscription.simReplaced', 'subscription.providerChanged')),
        created_at)`.execute(db);
    // A SIM swap question names a project and a number and wants the active line's last SIM
    // change: answered from this index alone, whatever the number of lines.
    await db.schema
      .createIndex("subscriptions_sim_change_by_number")
      .on("subscriptions")
      .columns(["project_id", "phone_number", "id", "sim_changed_at", "created_at"])
      .where(sql.ref("status"), "=", "active")
      .execute();
  },
};
