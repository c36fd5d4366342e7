import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cancelConsentRequest, fulfilApproved } from "../../src/services/consent-requests.js";
import { applyTransitionToMany } from "../../src/services/consent-transitions.js";
import { systemActor } from "../../src/services/deps.js";
import { expireDueRequests } from "../../src/services/expiry.js";
import { getSim, getSubscription } from "../../src/services/inventory.js";
import { testDatabaseKinds } from "../support/databases.js";
import { makeSim } from "../support/factories.js";
import {
  askConsent,
  eventsAbout,
  expectRefusal,
  projectWithLine,
  requestRow,
  stateChanges,
  withDatabase,
} from "./use-case-support.js";

/**
 * C3: every change of a request's status is one conditional update with its event
 * (applyTransition). A change that loses a race does nothing, and nothing else moves a status.
 */
describe.each(testDatabaseKinds)("one rule for every status change on %s", (kind) => {
  const database = withDatabase(kind);

  it("fulfilling a request that is no longer approved does nothing: no SIM taken, no line change, no event", async () => {
    const { deps, project, line } = await projectWithLine(database());
    const chosen = await makeSim(deps, project);
    const { request } = await askConsent(deps, project, line.subscription.id, {
      type: "simReplacement",
      sim: chosen.id,
    });
    await cancelConsentRequest(deps, project.actor, project.projectId, request.id);
    // A caller holding the request as it was when approved, after a cancel won.
    const stale = { ...request, status: "approved" as const };
    const subscription = await getSubscription(deps.db, project.projectId, line.subscription.id);

    await expectRefusal(
      deps.db
        .transaction()
        .execute((tx) =>
          fulfilApproved(tx, stale, subscription, project.actor, deps.clock.now(), deps.sealer),
        ),
      "consentRequestNotFulfillable",
    );

    expect((await getSim(deps.db, project.projectId, chosen.id)).status).toBe("available");
    expect(await getSubscription(deps.db, project.projectId, line.subscription.id)).toEqual(
      subscription,
    );
    expect((await requestRow(deps.db, project.projectId, request.id)).status).toBe("canceled");
    expect(await stateChanges(deps.db, project.projectId, request.id)).toEqual([
      "consentRequest.canceled",
    ]);
    const lineEvents = await eventsAbout(deps.db, project.projectId, line.subscription.id);
    expect(lineEvents.map((e) => e.type)).not.toContain("subscription.simReplaced");
  });

  it("a failed fulfilment of a request that is no longer approved records no fulfillmentError", async () => {
    const { deps, project, line } = await projectWithLine(database());
    const chosen = await makeSim(deps, project);
    const { request } = await askConsent(deps, project, line.subscription.id, {
      type: "simReplacement",
      sim: chosen.id,
    });
    await cancelConsentRequest(deps, project.actor, project.projectId, request.id);
    // The chosen SIM is gone, so fulfilment fails; the request was canceled meanwhile.
    await deps.db
      .updateTable("sims")
      .set({ status: "retired" })
      .where("id", "=", chosen.id)
      .execute();
    const subscription = await getSubscription(deps.db, project.projectId, line.subscription.id);

    await expectRefusal(
      deps.db
        .transaction()
        .execute((tx) =>
          fulfilApproved(
            tx,
            { ...request, status: "approved" },
            subscription,
            project.actor,
            deps.clock.now(),
            deps.sealer,
          ),
        ),
      "consentRequestNotFulfillable",
    );
    const row = await requestRow(deps.db, project.projectId, request.id);
    expect(row).toMatchObject({ status: "canceled", fulfillment_error: null });
    const events = await eventsAbout(deps.db, project.projectId, request.id);
    expect(events.map((e) => e.type)).not.toContain("consentRequest.fulfillmentFailed");
  });

  it("the sweep's batch transition leaves a request decided after it was found alone, with no event", async () => {
    const { deps, project, line } = await projectWithLine(database());
    const { request } = await askConsent(deps, project, line.subscription.id);
    await cancelConsentRequest(deps, project.actor, project.projectId, request.id);
    deps.clock.set(request.expires_at);

    // As if the sweep had found the request due just before the cancel committed.
    const expired = await deps.db
      .transaction()
      .execute((tx) =>
        applyTransitionToMany(tx, [request.id], "expire", systemActor, deps.clock.now()),
      );

    expect(expired).toEqual([]);
    expect((await requestRow(deps.db, project.projectId, request.id)).status).toBe("canceled");
    expect(await stateChanges(deps.db, project.projectId, request.id)).toEqual([
      "consentRequest.canceled",
    ]);
  });

  it("the sweep records an expiry exactly as a single expire transition does: status, time and one event", async () => {
    const { deps, project, line } = await projectWithLine(database());
    const { request } = await askConsent(deps, project, line.subscription.id);
    deps.clock.set(request.expires_at);

    expect(await expireDueRequests(deps)).toBeGreaterThanOrEqual(1);

    expect(await requestRow(deps.db, project.projectId, request.id)).toMatchObject({
      status: "expired",
      expired_at: request.expires_at,
    });
    const events = await eventsAbout(deps.db, project.projectId, request.id);
    const expiredEvents = events.filter((e) => e.type === "consentRequest.expired");
    expect(expiredEvents).toHaveLength(1);
    expect(expiredEvents[0]).toMatchObject({ actor_type: "system", time: request.expires_at });
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe("no code outside applyTransition changes a request's status", () => {
  it("every update of consent_requests that sets status is in consent-transitions.ts", () => {
    const offenders: string[] = [];
    for (const path of sourceFiles(join(import.meta.dirname, "../../src"))) {
      if (path.endsWith("services/consent-transitions.ts")) continue;
      const text = readFileSync(path, "utf8");
      for (const match of text.matchAll(/updateTable\(\s*["']consent_requests["']\s*\)/g)) {
        // What the statement sets: from its set(...) to its first condition or execution.
        const rest = text.slice(match.index);
        const set = rest.slice(rest.indexOf(".set("), rest.search(/\.where|\.execute|;/));
        if (/\bstatus\b/.test(set)) offenders.push(path);
      }
      if (/update\s+consent_requests\s+set[^;`]*\bstatus\b/i.test(text)) offenders.push(path);
    }
    expect(offenders).toEqual([]);
  });
});
