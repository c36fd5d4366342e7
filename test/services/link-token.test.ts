import { describe, expect, it } from "vitest";
import { createSealer, newSecretToken } from "../../src/secrets.js";
import { decideByToken, openByToken } from "../../src/services/consent-decisions.js";
import { cancelConsentRequest, resendConsentRequest } from "../../src/services/consent-requests.js";
import { getSubscription } from "../../src/services/inventory.js";
import { testDatabaseKinds } from "../support/databases.js";
import {
  askConsent,
  eventsAbout,
  projectWithLine,
  requestRow,
  stateChanges,
  whereStored,
  withDatabase,
} from "./use-case-support.js";

/** The link token (L1) and the decision use cases behind the review page (L2, C4), per database. */
describe.each(testDatabaseKinds)("the link on %s", (kind) => {
  const database = withDatabase(kind);
  const hour = 60 * 60 * 1000;

  async function setup() {
    const { deps, project, line } = await projectWithLine(database());
    const asked = await askConsent(deps, project, line.subscription.id);
    return { deps, project, ...line, ...asked };
  }

  describe("the token", () => {
    it("carries at least 256 random bits and is new for every request", async () => {
      const { deps, project, subscription, token } = await setup();
      const tokens = new Set([token]);
      for (let i = 0; i < 10; i++) {
        tokens.add((await askConsent(deps, project, subscription.id)).token);
      }
      expect(tokens.size).toBe(11);
      for (const t of tokens) {
        expect(t).toMatch(/^[A-Za-z0-9_-]+$/);
        expect(Buffer.from(t, "base64url").length).toBeGreaterThanOrEqual(32);
      }
    });

    it("appears nowhere in the database, through creation, resend, view, decision and cancel", async () => {
      const { deps, project, request, token } = await setup();
      const resent = await resendConsentRequest(
        deps,
        project.actor,
        project.projectId,
        request.id,
        {},
      );
      await openByToken(deps, resent.linkToken);
      await openByToken(deps, token);
      await decideByToken(deps, resent.linkToken, "decline");
      await cancelConsentRequest(deps, project.actor, project.projectId, request.id).catch(
        () => undefined,
      );
      for (const secret of [token, resent.linkToken]) {
        expect(await whereStored(deps.db, secret)).toEqual([]);
      }
      // The scan does see the requests: their hashes are found where they belong.
      expect(await whereStored(deps.db, request.token_hash)).toEqual([
        "consent_requests.token_hash",
      ]);
    });

    it("travels to the delivery job sealed and bound to its request; only the application key opens it", async () => {
      const { deps, project, request, token } = await setup();
      const jobs = await deps.db
        .selectFrom("jobs")
        .select("payload")
        .where("project_id", "=", project.projectId)
        .where("kind", "=", "consentRequest.deliver")
        .execute();
      const payload = jobs
        .map((j) => JSON.parse(j.payload) as { consentRequestId: string; sealedToken: string })
        .find((p) => p.consentRequestId === request.id);
      expect(payload?.sealedToken).toBeDefined();
      const sealed = payload?.sealedToken as string;
      expect(deps.sealer.open("linkToken", request.id, sealed)).toBe(token);
      expect(() => deps.sealer.open("linkToken", "cr_another", sealed)).toThrow();
      expect(() =>
        createSealer("another-secret-another-secret-0123").open("linkToken", request.id, sealed),
      ).toThrow();
    });
  });

  describe("opening the link", () => {
    it("shows the request and records only its first view", async () => {
      const { deps, project, request, token } = await setup();
      deps.clock.advance(60_000);
      const opened = deps.clock.now();
      const view = await openByToken(deps, token);
      expect(view).toMatchObject({ status: "pending", superseded: false });
      expect(view?.request.id).toBe(request.id);
      deps.clock.advance(60_000);
      await openByToken(deps, token);
      expect(await requestRow(deps.db, project.projectId, request.id)).toMatchObject({
        status: "pending",
        opened_at: opened,
        approved_at: null,
        declined_at: null,
      });
      const events = await eventsAbout(deps.db, project.projectId, request.id);
      expect(events.filter((e) => e.type === "consentRequest.opened")).toEqual([
        expect.objectContaining({ actor_type: "user", actor_id: request.user_id }),
      ]);
    });

    it("whose validity passed shows it expired and records no view", async () => {
      const { deps, project, request, token } = await setup();
      deps.clock.advance(3 * hour);
      expect((await openByToken(deps, token))?.status).toBe("expired");
      expect((await requestRow(deps.db, project.projectId, request.id)).opened_at).toBeNull();
    });

    it("with an unknown token shows nothing", async () => {
      const { deps } = await setup();
      for (const token of [newSecretToken(), "short", "x".repeat(500), ""]) {
        expect(await openByToken(deps, token)).toBeUndefined();
      }
    });
  });

  describe("deciding through the link", () => {
    it("approving a SIM replacement carries it out at once, with the user as actor", async () => {
      const { deps, project, request, token, sim, subscription } = await setup();
      const result = await decideByToken(deps, token, "approve");
      expect(result?.outcome).toBe("fulfilled");
      expect(result?.view.status).toBe("fulfilled");
      const events = await eventsAbout(deps.db, project.projectId, request.id);
      expect(events.find((e) => e.type === "consentRequest.approved")).toMatchObject({
        actor_type: "user",
        actor_id: request.user_id,
      });
      const line = await getSubscription(deps.db, project.projectId, subscription.id);
      expect(line.sim_id).not.toBe(sim.id);
    });

    it("declining records declined and carries out nothing", async () => {
      const { deps, project, request, token, sim, subscription } = await setup();
      const result = await decideByToken(deps, token, "decline");
      expect(result?.outcome).toBe("declined");
      expect(await requestRow(deps.db, project.projectId, request.id)).toMatchObject({
        status: "declined",
        declined_at: deps.clock.now(),
      });
      const line = await getSubscription(deps.db, project.projectId, subscription.id);
      expect(line.sim_id).toBe(sim.id);
    });

    it("a second decision on the same link does nothing", async () => {
      const { deps, project, request, token } = await setup();
      await decideByToken(deps, token, "decline");
      const again = await decideByToken(deps, token, "approve");
      expect(again?.outcome).toBe("none");
      expect(again?.view.status).toBe("declined");
      expect(await stateChanges(deps.db, project.projectId, request.id)).toEqual([
        "consentRequest.declined",
      ]);
    });

    it("just before the validity ends still counts", async () => {
      const { deps, request, token } = await setup();
      deps.clock.set(request.expires_at - 1);
      expect((await decideByToken(deps, token, "decline"))?.outcome).toBe("declined");
    });

    it.each(["approve", "decline"] as const)(
      "to %s once the validity has ended does nothing, and the link reads expired",
      async (decision) => {
        const { deps, project, request, token } = await setup();
        deps.clock.set(request.expires_at);
        const result = await decideByToken(deps, token, decision);
        expect(result?.outcome).toBe("none");
        expect(result?.view.status).toBe("expired");
        expect(await stateChanges(deps.db, project.projectId, request.id)).toEqual([]);
      },
    );

    it("with an unknown token answers nothing and changes nothing", async () => {
      const { deps, project, request } = await setup();
      expect(await decideByToken(deps, newSecretToken(), "approve")).toBeUndefined();
      expect((await requestRow(deps.db, project.projectId, request.id)).status).toBe("pending");
    });
  });
});
