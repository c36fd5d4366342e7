import { beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../support/databases.js";
import { type Api, type Credential, call, useApi } from "./support/harness.js";
import {
  changesState,
  fillPath,
  leastRole,
  missingIds,
  paramNames,
  prepare,
  type Route,
  roleRanks,
  routeKey,
  servedApiRoutes,
} from "./support/routes.js";
import { expectError } from "./support/shapes.js";
import { projectState } from "./support/state.js";
import { type LoggedIn, makeSide, type Side } from "./support/world.js";

/**
 * A1, A4 and §1 for every route the app serves under /api, read from the router itself: a route
 * added later is covered here without being listed.
 */
const routes = await servedApiRoutes();

const asSession = (member: LoggedIn): Credential => ({
  session: member.session,
  csrf: member.csrf,
});

async function send(
  api: Api,
  route: Route,
  ids: Record<string, string>,
  payload: unknown,
  as: Credential,
) {
  return call(api, { method: route.method, url: fillPath(route.path, ids), payload, as });
}

describe.each(testDatabaseKinds)("security of every API route on %s", (kind) => {
  const api = useApi(kind);
  let mine: Side;
  let theirs: Side;
  let revokedKey: string;

  beforeAll(async () => {
    mine = await makeSide(api());
    theirs = await makeSide(api());
    const revoked = await makeSide(api());
    await api()
      .deps.db.updateTable("api_keys")
      .set({ revoked_at: api().deps.clock.now() })
      .where("project_id", "=", revoked.projectId)
      .execute();
    revokedKey = revoked.apiKey;
  });

  it("the suite finds every route of A6 in the router", () => {
    const p = "/api/projects/:projectId";
    expect(routes.map(routeKey)).toEqual(
      expect.arrayContaining([
        `GET ${p}`,
        `PATCH ${p}`,
        `POST ${p}/users`,
        `GET ${p}/users`,
        `GET ${p}/users/:userId`,
        `PATCH ${p}/users/:userId`,
        `POST ${p}/sims`,
        `GET ${p}/sims`,
        `GET ${p}/sims/:simId`,
        `POST ${p}/subscriptions`,
        `GET ${p}/subscriptions`,
        `GET ${p}/subscriptions/:subscriptionId`,
        `POST ${p}/subscriptions/:subscriptionId/end`,
        `POST ${p}/subscriptions/:subscriptionId/simReplacements`,
        `POST ${p}/subscriptions/:subscriptionId/providerChanges`,
        `POST ${p}/subscriptions/:subscriptionId/portOutCredentials`,
        `GET ${p}/consentRequests`,
        `GET ${p}/consentRequests/:consentRequestId`,
        `POST ${p}/consentRequests/:consentRequestId/cancel`,
        `POST ${p}/consentRequests/:consentRequestId/resend`,
        `POST ${p}/consentRequests/:consentRequestId/fulfill`,
        `GET ${p}/events`,
      ]),
    );
  });

  describe.each(routes)("$method $path", (route) => {
    const scoped = route.path.includes(":projectId");
    const objectParams = paramNames(route.path).filter((name) => name !== "projectId");

    it("answers 401 unauthenticated to a call with no key and no session, and changes nothing", async () => {
      const { ids, payload } = await prepare(api(), mine, route);
      const before = await projectState(api().deps.db, mine.projectId);
      expectError(await send(api(), route, ids, payload, {}), 401, "unauthenticated");
      expect(await projectState(api().deps.db, mine.projectId)).toEqual(before);
    });

    it("answers 401 unauthenticated alike to a wrong, a revoked and a malformed key", async () => {
      const { ids, payload } = await prepare(api(), mine, route);
      const before = await projectState(api().deps.db, mine.projectId);
      const answers = [];
      for (const as of [
        { apiKey: `ask_${"x".repeat(43)}` },
        { apiKey: revokedKey },
        { authorization: `Basic ${Buffer.from(`${mine.apiKey}:`).toString("base64")}` },
        { authorization: "Bearer" },
      ]) {
        const res = await send(api(), route, ids, payload, as);
        expectError(res, 401, "unauthenticated");
        answers.push(res.json());
      }
      // Wrong and revoked keys are told apart by nobody.
      expect(answers[1]).toEqual(answers[0]);
      expect(await projectState(api().deps.db, mine.projectId)).toEqual(before);
    });

    it("answers 401 unauthenticated to an unknown session cookie", async () => {
      const { ids, payload } = await prepare(api(), mine, route);
      const res = await send(api(), route, ids, payload, {
        session: mine.owner.session.replace(/^./, (c) => (c === "a" ? "b" : "a")),
        csrf: mine.owner.csrf,
      });
      expectError(res, 401, "unauthenticated");
    });

    if (scoped) {
      it("answers another project's key and member 404 notFound, the same body as for a project that does not exist, and changes nothing there", async () => {
        const { ids, payload } = await prepare(api(), theirs, route);
        const missing = {
          ...ids,
          projectId: missingIds(api().deps.clock.now()).projectId as string,
        };
        const before = await projectState(api().deps.db, theirs.projectId);
        for (const as of [
          { apiKey: mine.apiKey },
          { apiKey: mine.keys.viewer.secret },
          { apiKey: mine.keys.simSwapCheck.secret },
          asSession(mine.owner),
          asSession(mine.support),
        ]) {
          const foreign = await send(api(), route, ids, payload, as);
          const absent = await send(api(), route, missing, payload, as);
          expectError(foreign, 404, "notFound");
          expectError(absent, 404, "notFound");
          expect(foreign.json()).toEqual(absent.json());
        }
        expect(await projectState(api().deps.db, theirs.projectId)).toEqual(before);
      });
    }

    if (scoped && objectParams.length > 0) {
      it("answers 404 notFound for another project's objects named under one's own project, the same body as for objects that do not exist", async () => {
        const { ids: theirIds, payload } = await prepare(api(), theirs, route);
        const foreignIds = { ...theirIds, projectId: mine.projectId };
        const missing = missingIds(api().deps.clock.now());
        const absentIds: Record<string, string> = { ...foreignIds };
        for (const name of objectParams) absentIds[name] = missing[name] as string;
        const before = await projectState(api().deps.db, theirs.projectId);
        for (const as of [{ apiKey: mine.apiKey }, asSession(mine.owner)]) {
          const foreign = await send(api(), route, foreignIds, payload, as);
          const absent = await send(api(), route, absentIds, payload, as);
          expectError(foreign, 404, "notFound");
          expectError(absent, 404, "notFound");
          expect(foreign.json()).toEqual(absent.json());
        }
        expect(await projectState(api().deps.db, theirs.projectId)).toEqual(before);
      });
    }

    const least = roleRanks.indexOf(leastRole(route));
    const refusedRoles = roleRanks.slice(0, least);
    const allowedRoles = roleRanks.slice(least);

    if (refusedRoles.length > 0) {
      it(`refuses ${refusedRoles.join(" and ")} members and API keys with 403 forbidden, whatever the input, and changes nothing`, async () => {
        const { ids, payload } = await prepare(api(), mine, route);
        const before = await projectState(api().deps.db, mine.projectId);
        for (const role of refusedRoles) {
          for (const as of [asSession(mine[role]), { apiKey: mine.keys[role].secret }]) {
            expectError(await send(api(), route, ids, payload, as), 403, "forbidden");
            if (changesState(route)) {
              expectError(
                await send(api(), route, ids, { unexpected: true }, as),
                403,
                "forbidden",
              );
            }
          }
        }
        expect(await projectState(api().deps.db, mine.projectId)).toEqual(before);
      });
    }

    if (scoped) {
      it("refuses a simSwapCheck API key with 403 forbidden, whatever the input, and changes nothing", async () => {
        const { ids, payload } = await prepare(api(), mine, route);
        const before = await projectState(api().deps.db, mine.projectId);
        const as = { apiKey: mine.keys.simSwapCheck.secret };
        expectError(await send(api(), route, ids, payload, as), 403, "forbidden");
        if (changesState(route)) {
          expectError(await send(api(), route, ids, { unexpected: true }, as), 403, "forbidden");
        }
        expect(await projectState(api().deps.db, mine.projectId)).toEqual(before);
      });
    }

    it(`lets ${allowedRoles.join(", ")} members and API keys call it`, async () => {
      for (const as of [
        ...allowedRoles.map((role) => asSession(mine[role])),
        ...allowedRoles.map((role) => ({ apiKey: mine.keys[role].secret })),
      ]) {
        const { ids, payload, status } = await prepare(api(), mine, route);
        const res = await send(api(), route, ids, payload, as);
        expect(res.statusCode, res.body).toBe(status);
      }
    });

    if (changesState(route)) {
      it("refuses a session call without the x-csrf-token header, or with a wrong one, with 403 and changes nothing", async () => {
        const { ids, payload } = await prepare(api(), mine, route);
        const before = await projectState(api().deps.db, mine.projectId);
        for (const csrf of [undefined, mine.support.csrf, "not-the-token"]) {
          const res = await send(api(), route, ids, payload, { session: mine.owner.session, csrf });
          expectError(res, 403, "forbidden");
        }
        expect(await projectState(api().deps.db, mine.projectId)).toEqual(before);
      });
    }
  });
});
