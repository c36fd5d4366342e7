import { type Kysely, type Migration, sql } from "kysely";
import { ms } from "../column-types.js";

/**
 * SIM swap checks for relying parties (S1-S3): when each line last took a SIM. A question finds
 * the active line of a number through 0005's `subscriptions_one_active_number`, a unique partial
 * index on (project_id, phone_number), so it needs no index of its own.
 */
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
  },
};
