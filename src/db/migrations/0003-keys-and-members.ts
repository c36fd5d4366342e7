import { type Kysely, type Migration, sql } from "kysely";
import { inList, ms } from "../column-types.js";

/**
 * Trust: API keys and members with roles (T3), login throttling (T4).
 *
 * Keys made before roles existed acted as owners; they keep that role so that no integration
 * stops working on upgrade. New keys name their role (support unless told otherwise). Their
 * visible prefix was never kept, so they show only the common `ask_`.
 */
export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable("api_keys")
      .addColumn("role", "text", (c) =>
        c
          .notNull()
          .defaultTo("owner")
          .check(sql`role in (${inList(["owner", "support", "viewer", "simSwapCheck"])})`),
      )
      .execute();
    await db.schema
      .alterTable("api_keys")
      .addColumn("prefix", "text", (c) => c.notNull().defaultTo("ask_"))
      .execute();
    await db.schema.alterTable("api_keys").addColumn("last_used_at", ms).execute();
    await db.schema.alterTable("api_keys").addColumn("expires_at", ms).execute();
    await db.schema
      .createIndex("api_keys_project")
      .on("api_keys")
      .columns(["project_id", "id"])
      .execute();

    // Removing a member ends their sessions at once.
    await db.schema.createIndex("sessions_member").on("sessions").column("member_id").execute();
    await db.schema
      .createIndex("memberships_member")
      .on("memberships")
      .columns(["member_id", "project_id"])
      .execute();
  },
};
