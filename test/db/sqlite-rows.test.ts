import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/database.js";
import { migrateToLatest } from "../../src/db/migrations.js";
import { getConsentRequest } from "../../src/services/consent-requests.js";
import { askConsent, projectWithLine } from "../services/use-case-support.js";

/**
 * SQLite: rows of reading statements are built from better-sqlite3's arrays by the statement's
 * column names (database.ts). A value must never come back under another column's name, even
 * when another process's migration changes the table while this one holds the statement.
 */
describe("rows read on SQLite", () => {
  it("a kept read answers every column by name, after another connection adds or drops one", async () => {
    const dir = mkdtempSync(join(tmpdir(), "assent-rows-"));
    const url = `sqlite:${join(dir, "rows.db")}`;
    const handle = openDatabase(url);
    const other = openDatabase(url);
    try {
      await migrateToLatest(handle.db as never);
      const { deps, project, line } = await projectWithLine({ ...handle, url } as never);
      const { request } = await askConsent(deps, project, line.subscription.id);
      const read = () => getConsentRequest(handle.db, project.projectId, request.id);
      expect(await read()).toEqual(request);

      // Another instance migrates while this one runs: the kept statement goes on.
      await sql`alter table consent_requests add column later_column text`.execute(other.db);
      await sql`update consent_requests set later_column = 'later', page_locale = 'en',
        decision_client_address = '192.0.2.1', decision_user_agent = 'agent'`.execute(other.db);
      const { page_text_version: _dropped, ...named } = {
        ...request,
        page_locale: "en",
        decision_client_address: "192.0.2.1",
        decision_user_agent: "agent",
      };
      expect(await read()).toMatchObject(named);

      // A column dropped and another added leave as many columns as before; the kept statement
      // must not give a value another column's name. It fails instead.
      await sql`alter table consent_requests drop column page_text_version`.execute(other.db);
      await sql`alter table consent_requests add column page_text_version_2 text`.execute(other.db);
      await sql`update consent_requests set page_text_version_2 = 'moved'`.execute(other.db);
      const after = await read().then(
        (row) => row,
        (error: unknown) => error,
      );
      if (after instanceof Error) expect(after.message).toMatch(/page_text_version/);
      else expect(after).toMatchObject(named);
    } finally {
      await other.close();
      await handle.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
