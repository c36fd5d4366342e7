import type { Kysely, Migration } from "kysely";
import { ms } from "../column-types.js";

/**
 * Trust: contact changes (T1). When a user's email last changed after their creation: for a
 * while after that, the new address is not trusted with consent links.
 */
export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable("users").addColumn("email_changed_at", ms).execute();
  },
};
