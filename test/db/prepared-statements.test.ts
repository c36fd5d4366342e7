import { sql } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { openDatabase } from "../../src/db/database.js";
import { getConsentRequest } from "../../src/services/consent-requests.js";
import { askConsent, projectWithLine } from "../services/use-case-support.js";
import { freshDatabase, postgresAvailable } from "../support/databases.js";

/**
 * PostgreSQL: the queries of hot paths run as named statements, prepared once per connection
 * (src/db/prepared.ts); a migration that adds a column while an instance runs must not break them.
 */
describe.skipIf(!postgresAvailable)("prepared statements on postgres", () => {
  let fresh: Awaited<ReturnType<typeof freshDatabase>>;
  beforeAll(async () => {
    fresh = await freshDatabase("postgres");
  });
  afterAll(async () => fresh?.close());

  it("a statement run before answers the same rows without the server describing them again", async () => {
    const { deps, project, line } = await projectWithLine(fresh);
    const single = openDatabase(fresh.url, 1);
    const describe = vi.spyOn(pg.Connection.prototype, "describe");
    try {
      const asOne = { ...deps, db: single.db };
      const { request } = await askConsent(asOne, project, line.subscription.id);
      // The first read learns the columns (unnamed), the second prepares them (named).
      await getConsentRequest(single.db, project.projectId, request.id);
      const described = await getConsentRequest(single.db, project.projectId, request.id);
      const before = describe.mock.calls.length;
      const again = await getConsentRequest(single.db, project.projectId, request.id);
      expect(describe.mock.calls.length).toBe(before);
      // Every column, with the types the description gave (numbers, nulls), as before.
      expect(again).toEqual(described);
      expect(typeof again.created_at).toBe("number");
      expect(again.cancellation_reason).toBeNull();
      // A request the line does not have: no row, and the connection goes on.
      await expect(getConsentRequest(single.db, project.projectId, "csr_none")).rejects.toThrow();
      // A creation on the same connection: its statements too, once they have run.
      const second = await askConsent(asOne, project, line.subscription.id);
      expect(second.request.status).toBe("pending");
      const third = await askConsent(asOne, project, line.subscription.id);
      expect(await getConsentRequest(single.db, project.projectId, third.request.id)).toMatchObject(
        { id: third.request.id, status: "pending" },
      );
    } finally {
      describe.mockRestore();
      await single.close();
    }
  });

  it("a creation and a read are prepared once, and still work after a column is added", async () => {
    const { deps, project, line } = await projectWithLine(fresh);
    // One connection, so that what it has prepared can be asked of it.
    const single = openDatabase(fresh.url, 1);
    try {
      // Twice: a statement with a star runs unnamed the first time, to learn its columns.
      const asOne = { ...deps, db: single.db };
      await askConsent(asOne, project, line.subscription.id);
      const { request } = await askConsent(asOne, project, line.subscription.id);
      const prepared = async () =>
        (
          await sql<{ statement: string }>`select statement from pg_prepared_statements`.execute(
            single.db,
          )
        ).rows.map((row) => row.statement);
      for (let i = 0; i < 3; i++) {
        const row = await getConsentRequest(single.db, project.projectId, request.id);
        expect(row.id).toBe(request.id);
      }
      const statements = await prepared();
      // The creation's statements (its line, its open requests, its inserts sent with the
      // fan-out's probe) and the read: each prepared, none with a star.
      expect(statements.length).toBeGreaterThanOrEqual(4);
      expect(
        statements.some((text) => /^with "w0" as \(insert into "consent_requests"/.test(text)),
      ).toBe(true);
      expect(statements.filter((text) => text.includes("*"))).toEqual([]);
      const read = statements.filter(
        (text) => text.includes('from "consent_requests"') && !text.includes("union"),
      );
      expect(read).toHaveLength(1);
      expect(read[0]).toMatch(/^select "id", /);

      // Another instance migrates while this one runs.
      await sql`alter table consent_requests add column later_column text`.execute(fresh.db);
      const row = await getConsentRequest(single.db, project.projectId, request.id);
      expect(row).toMatchObject({ id: request.id, status: "pending" });
      expect(row).not.toHaveProperty("later_column");
      // So does a creation, whose reads of the line and its open requests were prepared too.
      const again = await askConsent(asOne, project, line.subscription.id);
      expect(again.request.status).toBe("pending");
    } finally {
      await single.close();
      await sql`alter table consent_requests drop column if exists later_column`.execute(fresh.db);
    }
  });
});
