import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import type { Executor } from "../../src/db/database.js";
import { hashSecret, newSecretToken } from "../../src/secrets.js";
import { cancelConsentRequest, resendConsentRequest } from "../../src/services/consent-requests.js";
import {
  type ConsentRequestRow,
  findOpenRequests,
  openRequestsQuery,
} from "../../src/services/consent-transitions.js";
import { testDatabaseKinds } from "../support/databases.js";
import { askConsent, projectWithLine, withDatabase } from "./use-case-support.js";

const history = 300;

/**
 * Creating or resending a request looks up the line's open requests of its type. That lookup
 * must go straight to the pending and the approved one through their partial indexes, whatever
 * the number of requests the line had before; a walk over the line's history would make every
 * new request slower than the last.
 */
describe.each(testDatabaseKinds)("finding a line's open requests on %s", (kind) => {
  const database = withDatabase(kind);

  /** A line with a long history of finished requests, one pending and one approved request. */
  async function lineWithHistory() {
    const { deps, project, line } = await projectWithLine(database());
    const { request: template } = await askConsent(deps, project, line.subscription.id);
    const finished: ConsentRequestRow[] = Array.from({ length: history }, (_, i) => ({
      ...template,
      id: `${template.id}h${i}`,
      token_hash: hashSecret(newSecretToken()),
      status: i % 2 === 0 ? "canceled" : "expired",
    }));
    await deps.db.insertInto("consent_requests").values(finished).execute();
    const { request: portOut } = await askConsent(deps, project, line.subscription.id, {
      type: "portOutCredentials",
    });
    await deps.db
      .updateTable("consent_requests")
      .set({ status: "approved", approved_at: deps.clock.now() })
      .where("id", "=", portOut.id)
      .execute();
    if (kind === "postgres") await sql`analyze consent_requests`.execute(deps.db);
    return { deps, project, line, pending: template, approved: portOut };
  }

  async function planOf(db: Executor, query: ReturnType<typeof openRequestsQuery>) {
    const compiled = query.compile();
    if (kind === "sqlite") {
      const result = await db.executeQuery({
        ...compiled,
        sql: `explain query plan ${compiled.sql}`,
      });
      return result.rows.map((r) => (r as { detail: string }).detail).join("\n");
    }
    return db.transaction().execute(async (tx) => {
      // The question is which rows are read, not which plan is cheapest on a small table.
      await sql`set local enable_seqscan = off`.execute(tx);
      const result = await tx.executeQuery({
        ...compiled,
        sql: `explain (analyze, format json) ${compiled.sql}`,
      });
      return JSON.stringify((result.rows[0] as { "QUERY PLAN": unknown })["QUERY PLAN"]);
    });
  }

  it("finds the pending and the approved request of a type among hundreds of finished ones", async () => {
    const { deps, line, pending, approved } = await lineWithHistory();
    const ofType = async (type: ConsentRequestRow["type"]) => {
      const open = await findOpenRequests(deps.db, line.subscription, type);
      return { pending: open.pending?.id, approved: open.approved?.id };
    };
    expect(await ofType("simReplacement")).toEqual({ pending: pending.id, approved: undefined });
    expect(await ofType("portOutCredentials")).toEqual({
      pending: undefined,
      approved: approved.id,
    });
    expect(await ofType("providerChange")).toEqual({ pending: undefined, approved: undefined });
  });

  it("reads the open requests through the partial indexes, not the line's history", async () => {
    const { deps, line } = await lineWithHistory();
    const plan = await planOf(
      deps.db,
      openRequestsQuery(deps.db, line.subscription, "simReplacement"),
    );
    if (kind === "sqlite") {
      expect(plan).toContain("USING INDEX consent_requests_one_pending");
      expect(plan).toContain("USING INDEX consent_requests_one_approved");
      expect(plan).not.toMatch(/consent_requests_subscription|consent_requests_project|SCAN/);
    } else {
      expect(plan).toContain("consent_requests_one_pending");
      expect(plan).toContain("consent_requests_one_approved");
      // Rows read and then thrown away would be the line's history.
      const removed = [...plan.matchAll(/"Rows Removed by (?:Filter|Index Recheck)":(\d+)/g)];
      expect(removed.reduce((sum, m) => sum + Number(m[1]), 0)).toBe(0);
    }
  });

  it("resending on a line with a long history supersedes the pending request and keeps the approved one", async () => {
    const { deps, project, pending, approved } = await lineWithHistory();
    const resent = await resendConsentRequest(
      deps,
      project.actor,
      project.projectId,
      pending.id,
      {},
    );
    expect(resent.request).toMatchObject({ status: "pending", resent_from: pending.id });
    const statuses = await deps.db
      .selectFrom("consent_requests")
      .select(["id", "status"])
      .where("id", "in", [pending.id, approved.id])
      .execute();
    expect(Object.fromEntries(statuses.map((r) => [r.id, r.status]))).toEqual({
      [pending.id]: "canceled",
      [approved.id]: "approved",
    });
    await cancelConsentRequest(deps, project.actor, project.projectId, approved.id);
  });
});
