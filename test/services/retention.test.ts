import { describe, expect, it } from "vitest";
import { sealAuditChains, verifyAuditChain } from "../../src/services/audit-chain.js";
import { decideByToken } from "../../src/services/consent-decisions.js";
import { updateUser } from "../../src/services/inventory.js";
import { redactExpiredPersonalData } from "../../src/services/retention.js";
import { testDatabaseKinds } from "../support/databases.js";
import { askConsent, projectWithLine, requestRow, withDatabase } from "./use-case-support.js";

/** F7: personal data older than the project's retention is redacted; the audit chain holds. */
describe.each(testDatabaseKinds)("retention of personal data on %s", (kind) => {
  const database = withDatabase(kind);
  const day = 24 * 60 * 60 * 1000;

  async function setup() {
    const { deps, project, line } = await projectWithLine(database(), { retentionDays: 30 });
    const { request, token } = await askConsent(deps, project, line.subscription.id);
    await decideByToken(deps, token, "decline", {
      address: "198.51.100.23",
      userAgent: "Mozilla/5.0 (Retention test)",
    });
    await updateUser(deps, project.actor, project.projectId, line.user.id, {
      email: "new.address@example.com",
    });
    await sealAuditChains(deps.db, deps.clock.now());
    /** Runs the daily job until it has caught up. */
    const redact = async () => {
      while ((await redactExpiredPersonalData(deps.db, deps.clock.now())) > 0) {}
    };
    return { deps, project, line, request, redact };
  }

  it("nothing younger than the retention is touched", async () => {
    const { deps, project, request, redact } = await setup();
    deps.clock.advance(29 * day);
    await redact();
    const row = await requestRow(deps.db, project.projectId, request.id);
    expect(row.recipient).toBe(request.recipient);
    expect(row.decision_client_address).toBe("198.51.100.23");
  });

  it("after the retention, requests lose recipient, client address and user agent, events their addresses; the job records it", async () => {
    const { deps, project, request, redact } = await setup();
    deps.clock.advance(31 * day);
    await redact();
    const row = await requestRow(deps.db, project.projectId, request.id);
    expect(row).toMatchObject({
      recipient: "[redacted]",
      decision_client_address: null,
      decision_user_agent: null,
      redacted_at: deps.clock.now(),
    });
    const events = await deps.db
      .selectFrom("events")
      .select(["type", "data"])
      .where("project_id", "=", project.projectId)
      .execute();
    const all = events.map((e) => e.data).join("\n");
    expect(all).not.toContain("new.address");
    expect(all).not.toContain(request.recipient.split("@")[0] as string);
    const recorded = events.filter((e) => e.type === "project.dataRedacted");
    expect(recorded).toHaveLength(1);
    expect(JSON.parse(recorded[0]?.data ?? "{}")).toMatchObject({ consentRequests: 1 });
    expect(JSON.parse(recorded[0]?.data ?? "{}").events).toBeGreaterThan(0);
  });

  it("the audit chain still verifies after redaction, and still finds an edit", async () => {
    const { deps, project, redact } = await setup();
    deps.clock.advance(31 * day);
    await redact();
    await sealAuditChains(deps.db, deps.clock.now());
    expect(await verifyAuditChain(deps.db, project.projectId)).toMatchObject({
      valid: true,
      unsealedEvents: 0,
    });
    const target = await deps.db
      .selectFrom("events")
      .select("id")
      .where("project_id", "=", project.projectId)
      .where("redacted_at", "is", null)
      .orderBy("chain_seq")
      .executeTakeFirstOrThrow();
    await deps.db
      .updateTable("events")
      .set({ type: "forged" })
      .where("id", "=", target.id)
      .execute();
    expect((await verifyAuditChain(deps.db, project.projectId)).firstBadEvent?.id).toBe(target.id);
  });

  it("an event marked redacted outside a window the job recorded does not verify, whatever its redaction time", async () => {
    const { deps, project, line, redact } = await setup();
    deps.clock.advance(31 * day);
    await redact();
    const redactedAt = deps.clock.now();
    // A later change, still inside the retention: its data must not be erasable as a redaction.
    await updateUser(deps, project.actor, project.projectId, line.user.id, {
      email: "third.address@example.com",
    });
    await sealAuditChains(deps.db, deps.clock.now());
    expect((await verifyAuditChain(deps.db, project.projectId)).valid).toBe(true);
    const target = await deps.db
      .selectFrom("events")
      .select("id")
      .where("project_id", "=", project.projectId)
      .where("type", "=", "user.contactChanged")
      .where("redacted_at", "is", null)
      .executeTakeFirstOrThrow();
    await deps.db
      .updateTable("events")
      .set({ data: "{}", redacted_at: redactedAt })
      .where("id", "=", target.id)
      .execute();
    expect((await verifyAuditChain(deps.db, project.projectId)).firstBadEvent).toMatchObject({
      id: target.id,
      reason: "it is marked redacted outside any recorded redaction",
    });
  });

  it("a second run redacts nothing more and records nothing", async () => {
    const { deps, project, redact } = await setup();
    deps.clock.advance(31 * day);
    await redact();
    deps.clock.advance(day);
    await redact();
    const recorded = await deps.db
      .selectFrom("events")
      .select("id")
      .where("project_id", "=", project.projectId)
      .where("type", "=", "project.dataRedacted")
      .execute();
    expect(recorded).toHaveLength(1);
  });
});
