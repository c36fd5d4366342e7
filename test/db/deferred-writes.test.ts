import { sql } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { compiledOnce, insertRow } from "../../src/db/compiled.js";
import { type DatabaseHandle, inTransaction, openDatabase } from "../../src/db/database.js";
import { foldOnPostgres } from "../../src/db/deferred-writes.js";
import { newId } from "../../src/ids.js";
import { recordEvent } from "../../src/services/events.js";
import { askConsent, eventsAbout, projectWithLine } from "../services/use-case-support.js";
import { freshDatabase, postgresAvailable } from "../support/databases.js";
import { makeProject, testDeps } from "../support/factories.js";

/**
 * PostgreSQL: a transaction's one-row inserts are sent with its next statement
 * (src/db/deferred-writes.ts). What a caller relies on: every write arrives, a later statement
 * sees it, a failed one fails the transaction, a rollback leaves nothing, and fewer round trips.
 */
describe.skipIf(!postgresAvailable)("deferred writes on postgres", () => {
  let fresh: Awaited<ReturnType<typeof freshDatabase>>;
  // One connection: what it holds from one transaction must not leak into the next.
  let single: DatabaseHandle;
  // What reaches the driver's own `query`, below the connection's wrappers: the wire.
  let wire: { mock: { calls: unknown[][] }; mockRestore(): void };
  beforeAll(async () => {
    fresh = await freshDatabase("postgres");
    wire = vi.spyOn(pg.Client.prototype, "query");
    single = openDatabase(fresh.url, 1);
  });
  afterAll(async () => {
    wire?.mockRestore();
    await single?.close();
    await fresh?.close();
  });

  /** The statements `work` sends to the server, as text, begin and commit included. */
  async function onTheWire(work: () => Promise<unknown>): Promise<string[]> {
    const before = wire.mock.calls.length;
    await work();
    return wire.mock.calls
      .slice(before)
      .map(([text]) =>
        typeof text === "string" ? text : ((text as { text?: string }).text ?? "?"),
      );
  }

  const eventRow = (projectId: string, subject: string) => ({
    id: newId("event", 1),
    project_id: projectId,
    type: "project.updated",
    time: 1,
    actor_type: "system" as const,
    actor_id: null,
    subject,
    data: "{}",
    data_digest: "0".repeat(64),
  });

  it("a creation sends its three inserts with the fan-out's probe: five round trips", async () => {
    const { deps, project, line } = await projectWithLine(fresh);
    const asOne = { ...deps, db: single.db };
    await askConsent(asOne, project, line.subscription.id); // the connection's first statements
    const other = await projectWithLine(fresh);
    let created: Awaited<ReturnType<typeof askConsent>> | undefined;
    const sent = await onTheWire(async () => {
      created = await askConsent(
        { ...other.deps, db: single.db },
        other.project,
        other.line.subscription.id,
      );
    });
    expect(sent).toHaveLength(5);
    expect(sent[0]).toBe("begin");
    expect(sent[3]).toMatch(/^with "w0" as \(insert into "consent_requests"/);
    expect(sent[3]).toContain('insert into "jobs"');
    expect(sent[3]).toContain('insert into "events"');
    expect(sent[3]).toMatch(/\) select "id", "event_types" from "webhook_endpoints"/);
    expect(sent[4]).toBe("commit");
    // Everything it wrote is there.
    const id = created?.request.id as string;
    const events = await eventsAbout(fresh.db, other.project.projectId, id);
    expect(events.map((e) => e.type)).toEqual(["consentRequest.created"]);
    const jobs = await fresh.db
      .selectFrom("jobs")
      .select("kind")
      .where("project_id", "=", other.project.projectId)
      .where("payload", "like", `%${id}%`)
      .execute();
    expect(jobs).toEqual([{ kind: "consentRequest.deliver" }]);
  });

  it("a later statement of the transaction sees a held insert", async () => {
    const project = await makeProject(testDeps(fresh));
    const subject = newId("event", 2);
    const seen = await inTransaction(single.db, async (tx) => {
      await insertRow(tx, "events", eventRow(project.projectId, subject));
      return tx.selectFrom("events").select("id").where("subject", "=", subject).execute();
    });
    expect(seen).toHaveLength(1);
  });

  it("a read that reads what a held insert writes is not folded with it", async () => {
    const project = await makeProject(testDeps(fresh));
    const subject = newId("event", 3);
    const count = compiledOnce(
      (db, input: (name: "subject") => never) =>
        db
          .selectFrom("events")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .where("subject", "=", input("subject")),
      // Marked as folding, but over a table the insert writes: it must not see a snapshot
      // from before the insert.
      (text) => foldOnPostgres(text, ["events"]),
    );
    const counted = await inTransaction(single.db, async (tx) => {
      await insertRow(tx, "events", eventRow(project.projectId, subject));
      return (await count(tx, { subject })).rows[0]?.n;
    });
    expect(Number(counted)).toBe(1);
  });

  it("a held insert that fails fails its transaction, and nothing of it is kept", async () => {
    const project = await makeProject(testDeps(fresh));
    const subject = newId("event", 4);
    const failed = inTransaction(single.db, async (tx) => {
      await recordEvent(tx, {
        projectId: project.projectId,
        type: "project.updated",
        actor: { type: "system", id: null },
        subject,
        time: 4,
      });
      // No such project: the foreign key refuses the row, at the next statement.
      await insertRow(tx, "events", eventRow("prj_missing", subject));
      await tx.selectFrom("projects").select("id").execute();
    });
    await expect(failed).rejects.toMatchObject({ code: "23503" });
    expect(await eventsAbout(single.db, project.projectId, subject)).toEqual([]);
    // The connection goes on as new.
    expect((await sql<{ one: number }>`select 1 as one`.execute(single.db)).rows).toEqual([
      { one: 1 },
    ]);
  });

  it("a rollback drops what was held, and the next transaction does not send it", async () => {
    const project = await makeProject(testDeps(fresh));
    const dropped = newId("event", 5);
    const kept = newId("event", 6);
    await expect(
      inTransaction(single.db, async (tx) => {
        await insertRow(tx, "events", eventRow(project.projectId, dropped));
        throw new Error("changed its mind");
      }),
    ).rejects.toThrow("changed its mind");
    await inTransaction(single.db, async (tx) => {
      await insertRow(tx, "events", eventRow(project.projectId, kept));
    });
    expect(await eventsAbout(fresh.db, project.projectId, dropped)).toEqual([]);
    expect(await eventsAbout(fresh.db, project.projectId, kept)).toHaveLength(1);
  });

  it("outside a transaction an insert is sent at once", async () => {
    const project = await makeProject(testDeps(fresh));
    const subject = newId("event", 7);
    const sent = await onTheWire(() =>
      insertRow(single.db, "events", eventRow(project.projectId, subject)),
    );
    expect(sent).toHaveLength(1);
    expect(await eventsAbout(fresh.db, project.projectId, subject)).toHaveLength(1);
  });
});
