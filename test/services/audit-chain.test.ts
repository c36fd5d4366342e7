import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import {
  sealAuditChains,
  sealAuditChainsStep,
  sealProject,
  verifyAuditChain,
} from "../../src/services/audit-chain.js";
import { testDatabaseKinds } from "../support/databases.js";
import {
  askConsent,
  projectWithLine,
  recordProjectEvents,
  withDatabase,
} from "./use-case-support.js";

/** F6: a project's events form a hash chain that shows any later edit. */
describe.each(testDatabaseKinds)("the audit hash chain on %s", (kind) => {
  const database = withDatabase(kind);

  async function sealedProject() {
    const { deps, project, line } = await projectWithLine(database());
    await askConsent(deps, project, line.subscription.id);
    await sealProject(deps.db, project.projectId, deps.clock.now());
    const events = await deps.db
      .selectFrom("events")
      .selectAll()
      .where("project_id", "=", project.projectId)
      .orderBy("chain_seq")
      .execute();
    return { deps, project, line, events };
  }

  it("the sealer's step seals what waits and asks to go again at once only when a batch was full", async () => {
    const { deps, project, line } = await projectWithLine(database());
    await askConsent(deps, project, line.subscription.id);
    const waiting = async () =>
      Number(
        (
          await deps.db
            .selectFrom("events")
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .where("project_id", "=", project.projectId)
            .where("hash", "is", null)
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await waiting();
    expect(before).toBeGreaterThan(2);
    // A full batch: more may wait, so the loop goes again at once.
    expect(await sealAuditChainsStep(deps.db, deps.clock.now(), { batchSize: 2 })).toBe(2);
    // The rest, less than a batch: all sealed, and the loop waits for its interval.
    expect(await sealAuditChainsStep(deps.db, deps.clock.now(), { batchSize: 500 })).toBe(0);
    expect(await waiting()).toBe(0);
    expect(await verifyAuditChain(deps.db, project.projectId)).toMatchObject({
      valid: true,
      checkedEvents: before,
    });
  });

  it("sealing gives every event its place and hash; the chain verifies", async () => {
    const { deps, project, events } = await sealedProject();
    expect(events.length).toBeGreaterThan(3);
    expect(events.map((e) => Number(e.chain_seq))).toEqual(events.map((_, i) => i + 1));
    for (const event of events) expect(event.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await verifyAuditChain(deps.db, project.projectId)).toMatchObject({
      object: "auditVerification",
      valid: true,
      checkedEvents: events.length,
      unsealedEvents: 0,
      firstBadEvent: null,
    });
  });

  it("an event's data edited in the database is found, and named as the first bad event", async () => {
    const { deps, project, events } = await sealedProject();
    const target = events[2];
    if (!target) throw new Error("no event");
    await deps.db
      .updateTable("events")
      .set({ data: JSON.stringify({ forged: true }) })
      .where("id", "=", target.id)
      .execute();
    expect(await verifyAuditChain(deps.db, project.projectId)).toMatchObject({
      valid: false,
      firstBadEvent: { id: target.id, seq: 3 },
    });
  });

  it("an edit of an event's type, actor or time, or of its data with a matching digest, is found", async () => {
    for (const change of [
      { type: "consentRequest.approved" },
      { actor_id: "key_forged" },
      { time: 1 },
    ] as const) {
      const { deps, project, events } = await sealedProject();
      const target = events[1];
      if (!target) throw new Error("no event");
      await deps.db.updateTable("events").set(change).where("id", "=", target.id).execute();
      const report = await verifyAuditChain(deps.db, project.projectId);
      expect(report.firstBadEvent?.id, JSON.stringify(change)).toBe(target.id);
    }
    const { deps, project, events } = await sealedProject();
    const target = events[0];
    if (!target) throw new Error("no event");
    const data = JSON.stringify({ forged: true });
    const { createHash } = await import("node:crypto");
    await deps.db
      .updateTable("events")
      .set({ data, data_digest: createHash("sha256").update(data).digest("hex") })
      .where("id", "=", target.id)
      .execute();
    expect((await verifyAuditChain(deps.db, project.projectId)).firstBadEvent?.id).toBe(target.id);
  });

  it("a deleted event, or a cut end of the chain, is found", async () => {
    const middle = await sealedProject();
    await middle.deps.db
      .deleteFrom("events")
      .where("id", "=", middle.events[1]?.id as string)
      .execute();
    expect(await verifyAuditChain(middle.deps.db, middle.project.projectId)).toMatchObject({
      valid: false,
      firstBadEvent: { seq: 2 },
    });
    const end = await sealedProject();
    await end.deps.db
      .deleteFrom("events")
      .where("id", "=", end.events.at(-1)?.id as string)
      .execute();
    expect((await verifyAuditChain(end.deps.db, end.project.projectId)).valid).toBe(false);
  });

  it("the background sealer takes a project's events a hundred at a time, so that no batch holds writers long", async () => {
    const { deps, project, events } = await sealedProject();
    await recordProjectEvents(deps.db, project.projectId, deps.clock.now(), 250);
    expect(await sealAuditChainsStep(deps.db, deps.clock.now())).toBe(100);
    expect(await sealAuditChainsStep(deps.db, deps.clock.now())).toBe(100);
    expect(await sealAuditChainsStep(deps.db, deps.clock.now())).toBe(0);
    expect(await verifyAuditChain(deps.db, project.projectId)).toMatchObject({
      valid: true,
      checkedEvents: events.length + 250,
    });
  });

  it("a batch of several hundred events is sealed in order and verifies", async () => {
    const { deps, project, events } = await sealedProject();
    await recordProjectEvents(deps.db, project.projectId, deps.clock.now(), 600);
    expect(await sealProject(deps.db, project.projectId, deps.clock.now())).toBe(500);
    expect(await sealProject(deps.db, project.projectId, deps.clock.now())).toBe(100);
    const report = await verifyAuditChain(deps.db, project.projectId);
    expect(report).toMatchObject({ valid: true, checkedEvents: events.length + 600 });
    const seqs = await deps.db
      .selectFrom("events")
      .select("chain_seq")
      .where("project_id", "=", project.projectId)
      .orderBy("chain_seq")
      .execute();
    expect(seqs.map((row) => Number(row.chain_seq))).toEqual(
      Array.from({ length: events.length + 600 }, (_, i) => i + 1),
    );
  });

  it("an event written after the seal, even with an earlier id, takes the next place", async () => {
    const { deps, project, events } = await sealedProject();
    const early = deps.clock.now() - 60_000;
    await recordProjectEvents(deps.db, project.projectId, early);
    expect((await verifyAuditChain(deps.db, project.projectId)).unsealedEvents).toBe(1);
    await sealAuditChains(deps.db, deps.clock.now());
    const report = await verifyAuditChain(deps.db, project.projectId);
    expect(report).toMatchObject({ valid: true, checkedEvents: events.length + 1 });
  });

  it("a project whose lease another instance holds is left alone until the lease runs out", async () => {
    const { deps, project, line } = await projectWithLine(database());
    await askConsent(deps, project, line.subscription.id);
    const now = deps.clock.now();
    await sealProject(deps.db, project.projectId, now, { owner: "a", batchSize: 0 });
    await deps.db
      .updateTable("audit_chains")
      .set({ lease_owner: "a", lease_until: now + 30_000 })
      .where("project_id", "=", project.projectId)
      .execute();
    expect(await sealProject(deps.db, project.projectId, now, { owner: "b" })).toBe(0);
    expect(
      await sealProject(deps.db, project.projectId, now + 30_000, { owner: "b" }),
    ).toBeGreaterThan(0);
    expect((await verifyAuditChain(deps.db, project.projectId)).valid).toBe(true);
  });

  it("two sealers at once never give two events one place", async () => {
    const { deps, project, line } = await projectWithLine(database());
    for (let i = 0; i < 3; i++) await askConsent(deps, project, line.subscription.id);
    const now = deps.clock.now();
    await Promise.all([
      sealProject(deps.db, project.projectId, now, { owner: "a" }),
      sealProject(deps.db, project.projectId, now, { owner: "b" }),
    ]);
    await sealProject(deps.db, project.projectId, now, { owner: "c" });
    const report = await verifyAuditChain(deps.db, project.projectId);
    expect(report).toMatchObject({ valid: true, unsealedEvents: 0 });
    const { rows } = await sql<{ n: number }>`
      select count(distinct chain_seq) as n from events where project_id = ${project.projectId}`.execute(
      deps.db,
    );
    expect(Number(rows[0]?.n)).toBe(report.checkedEvents);
  });
});
