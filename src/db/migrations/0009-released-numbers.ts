import type { Kysely, Migration } from "kysely";

/**
 * A number that left a line recently is held from new lines (§9): creating a line looks up the
 * last end of its number in the project. Active lines have no end time, so the lookup ranges over
 * ended lines only.
 */
export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createIndex("subscriptions_number_ended")
      .on("subscriptions")
      .columns(["project_id", "phone_number", "ended_at"])
      .execute();
  },
};
