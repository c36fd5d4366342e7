import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import type { Db } from "../../src/db/database.js";
import { AppError } from "../../src/errors.js";
import { decideByToken } from "../../src/services/consent-decisions.js";
import { cancelConsentRequest, performAction } from "../../src/services/consent-requests.js";
import type { ConsentRequestRow } from "../../src/services/consent-transitions.js";
import { expireDueRequests } from "../../src/services/expiry.js";
import { getSubscription, lockLine } from "../../src/services/inventory.js";
import { postgresAvailable } from "../support/databases.js";
import { makeProject, makeSim, makeSubscription, testDeps } from "../support/factories.js";
import { askConsent, requestRow, stateChanges, withDatabase } from "./use-case-support.js";

/**
 * Races between instances (C3, §8): every attempt runs in its own transaction on its own pooled
 * PostgreSQL connection. Approvals and cancels see a clock before the request's expiry, the
 * expiry sweeps one at its expiry, as two instances with slightly different clocks would.
 */
const attempts = 20;
const rounds = 6;
const headStart = 2;

/** Settles every attempt; a refusal of the product's own kind is an answer, anything else fails. */
async function settle<T>(work: Promise<T>[]): Promise<(T | AppError)[]> {
  const results = await Promise.allSettled(work);
  return results.map((r) => {
    if (r.status === "fulfilled") return r.value;
    if (r.reason instanceof AppError) return r.reason;
    throw r.reason;
  });
}

type Kind = "approve" | "decline" | "cancel" | "expire";

/**
 * Runs `attempts` attempts, the kinds taking turns. Each round gives one kind a head start of a
 * couple of database round trips, so that every kind gets to win some races, not only the one
 * with the shortest transaction.
 */
async function race(
  db: Db,
  kinds: readonly Kind[],
  round: number,
  attempt: (kind: Kind) => Promise<unknown>,
): Promise<unknown[]> {
  const all = Array.from({ length: attempts }, (_, i) => kinds[i % kinds.length] as Kind);
  const favoured = kinds[round % kinds.length];
  const first = all.filter((k) => k === favoured).map(attempt);
  for (let trip = 0; trip < headStart; trip++) await sql`select 1`.execute(db);
  const rest = all.filter((k) => k !== favoured).map(attempt);
  return settle([...first, ...rest]);
}

describe.skipIf(!postgresAvailable)("concurrent changes on postgres", () => {
  describe("of one pending request", () => {
    const database = withDatabase("postgres");

    async function pendingPortOut() {
      const deps = testDeps(database());
      const project = await makeProject(deps);
      const { subscription } = await makeSubscription(deps, project);
      const asked = await askConsent(deps, project, subscription.id, {
        type: "portOutCredentials",
      });
      const late = testDeps(database());
      late.clock.set(asked.request.expires_at);
      return { deps, late, project, ...asked };
    }

    it("20 approvals, cancels and expiries: exactly one takes it out of pending, with exactly one event", async () => {
      for (let round = 0; round < rounds; round++) {
        const { deps, late, project, request, token } = await pendingPortOut();
        const answers = await race(deps.db, ["approve", "cancel", "expire"], round, (kind) =>
          kind === "approve"
            ? decideByToken(deps, token, "approve").then((r) => r?.outcome)
            : kind === "cancel"
              ? cancelConsentRequest(deps, project.actor, project.projectId, request.id)
              : expireDueRequests(late),
        );
        const approvals = answers.filter((a) => a === "approved").length;
        const expiries = answers.filter((a) => a === 1).length;
        const cancels = answers.filter((a) => (a as ConsentRequestRow).status === "canceled");
        // A cancel after the approval won is a second, legitimate change (C5): it counts apart.
        const cancelsOfPending = cancels.filter(
          (c) => (c as ConsentRequestRow).approved_at === null,
        );
        expect(approvals + expiries + cancelsOfPending.length).toBe(1);
        expect(cancels.length).toBeLessThanOrEqual(1);
        if (approvals === 0) expect(cancels).toEqual(cancelsOfPending);
        for (const answer of answers) {
          if (answer instanceof AppError) expect(answer.type).toBe("consentRequestNotCancelable");
        }
        const changes = await stateChanges(deps.db, project.projectId, request.id);
        expect(changes).toEqual(
          [
            ...(approvals ? ["consentRequest.approved"] : []),
            ...(cancels.length ? ["consentRequest.canceled"] : []),
            ...(expiries ? ["consentRequest.expired"] : []),
          ].sort(),
        );
      }
    });

    it("20 approvals, declines and expiries: exactly one wins and exactly one event is written", async () => {
      for (let round = 0; round < rounds; round++) {
        const { deps, late, project, request, token } = await pendingPortOut();
        const answers = await race(deps.db, ["approve", "decline", "expire"], round, (kind) =>
          kind === "expire"
            ? expireDueRequests(late)
            : decideByToken(deps, token, kind as "approve" | "decline").then((r) => r?.outcome),
        );
        const winners = answers.filter((a) => a === "approved" || a === "declined" || a === 1);
        const losers = answers.filter((a) => a === "none" || a === 0);
        expect(winners).toHaveLength(1);
        expect(losers).toHaveLength(attempts - 1);
        const row = await requestRow(deps.db, project.projectId, request.id);
        const expected = winners[0] === 1 ? "expired" : (winners[0] as string);
        expect(row.status).toBe(expected);
        expect(await stateChanges(deps.db, project.projectId, request.id)).toEqual([
          `consentRequest.${expected}`,
        ]);
      }
    });
  });

  describe("of one line", () => {
    const database = withDatabase("postgres");

    it("20 concurrent actions of one type leave exactly one pending; the others are superseded once each", async () => {
      const deps = testDeps(database());
      const project = await makeProject(deps);
      const { subscription } = await makeSubscription(deps, project);
      const results = await Promise.all(
        Array.from({ length: attempts }, () =>
          performAction(deps, project.actor, project.projectId, subscription.id, {
            type: "simReplacement",
            sim: "auto",
          }),
        ),
      );
      expect(results.every((r) => r.kind === "consentRequest")).toBe(true);
      const rows = await deps.db
        .selectFrom("consent_requests")
        .selectAll()
        .where("project_id", "=", project.projectId)
        .where("subscription_id", "=", subscription.id)
        .execute();
      expect(rows).toHaveLength(attempts);
      expect(rows.filter((r) => r.status === "pending")).toHaveLength(1);
      const superseded = rows.filter((r) => r.cancellation_reason === "superseded");
      expect(superseded).toHaveLength(attempts - 1);
      for (const row of superseded) {
        expect(await stateChanges(deps.db, project.projectId, row.id)).toEqual([
          "consentRequest.canceled",
        ]);
      }
    });

    it("an action holds its line only: another line of the project, the project and the user stay free", async () => {
      const deps = testDeps(database());
      const project = await makeProject(deps);
      const [one, other] = [
        await makeSubscription(deps, project),
        await makeSubscription(deps, project),
      ];
      await deps.db.transaction().execute(async (tx) => {
        await lockLine(tx, project.projectId, one.subscription.id);
        // On other connections, meanwhile: none of this waits for the action.
        await deps.db.transaction().execute(async (elsewhere) => {
          await sql`set local lock_timeout = '2s'`.execute(elsewhere);
          await lockLine(elsewhere, project.projectId, other.subscription.id);
          await elsewhere
            .updateTable("users")
            .set({ full_name: "Jane Changed" })
            .where("id", "=", one.subscription.user_id)
            .execute();
          await elsewhere
            .updateTable("projects")
            .set({ name: "Renamed" })
            .where("id", "=", project.projectId)
            .execute();
        });
        // The line itself is held.
        await expect(
          deps.db.transaction().execute(async (elsewhere) => {
            await sql`set local lock_timeout = '100ms'`.execute(elsewhere);
            await lockLine(elsewhere, project.projectId, one.subscription.id);
          }),
        ).rejects.toThrow(/lock timeout/);
      });
    });

    it("two lines approving requests for the same SIM at once: one gets it, the other's fails cleanly", async () => {
      const deps = testDeps(database());
      const project = await makeProject(deps);
      const chosen = await makeSim(deps, project);
      const lines = await Promise.all([
        makeSubscription(deps, project),
        makeSubscription(deps, project),
      ]);
      const asked = [];
      for (const line of lines) {
        asked.push(
          await askConsent(deps, project, line.subscription.id, {
            type: "simReplacement",
            sim: chosen.id,
          }),
        );
      }
      const outcomes = await Promise.all(
        asked.map(({ token }) => decideByToken(deps, token, "approve").then((r) => r?.outcome)),
      );
      expect([...outcomes].sort()).toEqual(["fulfilled", "fulfillmentFailed"]);
      const holders = await Promise.all(
        lines.map((l) => getSubscription(deps.db, project.projectId, l.subscription.id)),
      );
      expect(holders.filter((h) => h.sim_id === chosen.id)).toHaveLength(1);
    });
  });
});
