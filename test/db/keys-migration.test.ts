import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/database.js";
import { migrateToLatest, migrator } from "../../src/db/migrations.js";

/** Upgrading a database whose API keys were made before keys had roles (T3). */
describe("the migration that gives API keys roles", () => {
  it("keeps the owner rights of keys made before roles, with the common prefix and no expiry", async () => {
    const handle = openDatabase("sqlite::memory:");
    try {
      await migrator(handle.db as never).migrateTo("0002_contact-changes");
      await sql`insert into organizations (id, name, created_at) values ('org_1', 'Old', 0)`.execute(
        handle.db,
      );
      await sql`insert into projects (id, organization_id, name, providers, email_enabled, sms_enabled, consent, port_out_pin_ttl_seconds, created_at)
        values ('prj_1', 'org_1', 'Old', '["p7"]', 1, 0, null, 3600, 0)`.execute(handle.db);
      await sql`insert into api_keys (id, project_id, name, key_hash, created_at, revoked_at)
        values ('key_1', 'prj_1', 'legacy', 'hash', 0, null)`.execute(handle.db);

      await migrateToLatest(handle.db as never);

      const key = await handle.db
        .selectFrom("api_keys")
        .select(["role", "prefix", "expires_at", "last_used_at"])
        .where("id", "=", "key_1")
        .executeTakeFirstOrThrow();
      expect(key).toEqual({ role: "owner", prefix: "ask_", expires_at: null, last_used_at: null });
      await expect(
        sql`update api_keys set role = 'admin' where id = 'key_1'`.execute(handle.db),
      ).rejects.toThrow(/CHECK/i);
    } finally {
      await handle.close();
    }
  });
});
