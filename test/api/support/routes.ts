import type { App } from "../../../src/http/app.js";
import { type IdKind, newId } from "../../../src/ids.js";
import { lockLine } from "../../../src/services/line-locks.js";
import { createEndpoint } from "../../../src/webhooks/endpoints.js";
import {
  makeApiKey,
  makeMember,
  makeSim,
  makeSubscription,
  testIccid,
  testPhoneNumber,
} from "../../support/factories.js";
import { type Api, startApi } from "./harness.js";
import { approvedPortOut, pathIds, pendingRequest, type Side } from "./world.js";

/**
 * Every route the app serves, read from its router, so that a route added later is tested by the
 * shared suites without anyone remembering to list it.
 */
export type Route = { method: string; path: string };

export const routeKey = (route: Route) => `${route.method} ${route.path}`;

/** Parses Fastify's route tree (`printRoutes({ commonPrefix: false })`) into method and path. */
export function routesOf(app: App): Route[] {
  const routes: Route[] = [];
  const stack: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split("\n")) {
    const match = /^((?:│ {3}| {4})*)[├└]── (\S+)(?: \(([^)]+)\))?$/.exec(line);
    if (!match) continue;
    const depth = (match[1] ?? "").length / 4;
    const path = (stack[depth - 1] ?? "") + (match[2] ?? "");
    stack[depth] = path;
    stack.length = depth + 1;
    for (const method of (match[3] ?? "").split(", ").filter(Boolean)) {
      routes.push({ method, path });
    }
  }
  return routes;
}

/** API routes anyone may call: logging in and out, and the API's own description. */
export const publicApiRoutes = new Set([
  "POST /api/session",
  "DELETE /api/session",
  "GET /api/openapi.json",
  "GET /api/eventTypes",
]);

/** API routes that need a key or a session. HEAD mirrors GET and is left out. */
export function protectedApiRoutes(app: App): Route[] {
  return routesOf(app).filter(
    (r) => r.path.startsWith("/api/") && r.method !== "HEAD" && !publicApiRoutes.has(routeKey(r)),
  );
}

/** The protected API routes, read from an app built as production builds it. */
export async function servedApiRoutes(): Promise<Route[]> {
  const probe = await startApi("sqlite");
  const found = protectedApiRoutes(probe.app);
  await probe.close();
  return found;
}

export const changesState = (route: Route) => route.method !== "GET";

export const roleRanks = ["viewer", "support", "owner"] as const;
export type RoleName = (typeof roleRanks)[number];

/**
 * The least role of a route: owners for project settings, API keys and members, support for any
 * other change (§1),
 * and owners to read the Outbox, whose messages hold live consent links.
 */
export function leastRole(route: Route): RoleName {
  const key = routeKey(route);
  if (key === "PATCH /api/projects/:projectId") return "owner";
  // Webhook endpoints are managed by owners only (W1), reading included.
  if (/^\/api\/projects\/:projectId\/webhookEndpoints(\/|$)/.test(route.path)) return "owner";
  // API keys and members are managed by owners only (T3), reading included.
  if (/^\/api\/projects\/:projectId\/(apiKeys|members)(\/|$)/.test(route.path)) return "owner";
  // The Outbox holds live consent links: owners only, never support, who ask for actions (T2).
  if (key === "GET /api/projects/:projectId/outbox") return "owner";
  if (key === "POST /api/projects/:projectId/subscriptions/:subscriptionId/clearFlag") {
    return "owner";
  }
  return changesState(route) ? "support" : "viewer";
}

export function paramNames(path: string): string[] {
  return [...path.matchAll(/:(\w+)/g)].map((m) => m[1] as string);
}

export function fillPath(path: string, ids: Record<string, string>): string {
  return path.replace(/:(\w+)/g, (_, name: string) => {
    const id = ids[name];
    if (id === undefined) {
      throw new Error(`No fixture for path parameter :${name}; add it to pathIds in world.ts`);
    }
    return id;
  });
}

const paramKinds: Record<string, IdKind> = {
  projectId: "project",
  userId: "user",
  simId: "sim",
  subscriptionId: "subscription",
  consentRequestId: "consentRequest",
  messageId: "message",
  eventId: "event",
  apiKeyId: "apiKey",
  memberId: "member",
  endpointId: "webhookEndpoint",
};

/** Ids of the right shape that name nothing. */
export function missingIds(now: number): Record<string, string> {
  return Object.fromEntries(
    Object.entries(paramKinds).map(([name, kind]) => [name, newId(kind, now)]),
  );
}

/** A call that succeeds on a route, built from fresh objects of `side` when it changes them. */
export type Prepared = { ids: Record<string, string>; payload?: unknown; status: number };
type Prepare = (api: Api, side: Side) => Promise<Prepared>;

const onFreshLine =
  (action: string, payload: unknown): Prepare =>
  async (api, side) => {
    const { subscription } = await makeSubscription(api.deps, side.project);
    return {
      ids: { ...pathIds(side), subscriptionId: subscription.id },
      payload,
      status: action === "end" ? 200 : 202,
    };
  };

const onFreshPending =
  (payload: unknown, status: number): Prepare =>
  async (api, side) => {
    const { request } = await pendingRequest(api, side.project);
    return { ids: { ...pathIds(side), consentRequestId: request.id }, payload, status };
  };

const p = "/api/projects/:projectId";
let freshMembers = 0;

/** A fresh enabled endpoint of `side`'s project, for the webhook routes that change one. */
const onFreshEndpoint =
  (payload: unknown, status: number): Prepare =>
  async (api, side) => {
    const { endpoint } = await createEndpoint(api.deps, side.project.actor, side.projectId, {
      url: "http://127.0.0.1:9/assent",
    });
    return { ids: { ...pathIds(side), endpointId: endpoint.id }, payload, status };
  };

const preparers: Record<string, Prepare> = {
  [`POST ${p}/webhookEndpoints`]: async (_api, side) => ({
    ids: pathIds(side),
    payload: { url: "http://127.0.0.1:9/assent", eventTypes: ["consentRequest.approved"] },
    status: 201,
  }),
  [`PATCH ${p}/webhookEndpoints/:endpointId`]: onFreshEndpoint({ description: "CRM" }, 200),
  [`DELETE ${p}/webhookEndpoints/:endpointId`]: onFreshEndpoint(undefined, 200),
  [`POST ${p}/webhookEndpoints/:endpointId/rotateSecret`]: onFreshEndpoint(undefined, 200),
  [`POST ${p}/webhookEndpoints/:endpointId/events/:eventId/redeliver`]: onFreshEndpoint(
    undefined,
    202,
  ),
  [`PATCH ${p}`]: async (_api, side) => ({
    ids: pathIds(side),
    payload: { name: "Acme Mobile (renamed)" },
    status: 200,
  }),
  [`POST ${p}/users`]: async (_api, side) => ({
    ids: pathIds(side),
    payload: { fullName: "Ana Ruiz", email: "ana@example.com", preferredLocale: "es" },
    status: 201,
  }),
  [`PATCH ${p}/users/:userId`]: async (_api, side) => ({
    ids: pathIds(side),
    payload: { preferredLocale: "fr" },
    status: 200,
  }),
  [`POST ${p}/sims`]: async (_api, side) => ({
    ids: pathIds(side),
    payload: { iccid: testIccid(), type: "eSIM", provider: "p9" },
    status: 201,
  }),
  [`POST ${p}/subscriptions`]: async (api, side) => {
    const sim = await makeSim(api.deps, side.project);
    return {
      ids: pathIds(side),
      payload: {
        user: side.line.user.id,
        phoneNumber: testPhoneNumber(),
        provider: "p7",
        sim: sim.id,
      },
      status: 201,
    };
  },
  [`POST ${p}/subscriptions/:subscriptionId/end`]: onFreshLine("end", undefined),
  [`POST ${p}/subscriptions/:subscriptionId/simReplacements`]: onFreshLine("act", { sim: "auto" }),
  [`POST ${p}/subscriptions/:subscriptionId/providerChanges`]: onFreshLine("act", {
    provider: "p9",
  }),
  [`POST ${p}/subscriptions/:subscriptionId/portOutCredentials`]: onFreshLine("act", {}),
  [`POST ${p}/portOutCredentials/verify`]: async (_api, side) => ({
    ids: pathIds(side),
    payload: {
      phoneNumber: side.line.subscription.phone_number,
      accountNumber: side.line.subscription.account_number,
      pin: "000000",
    },
    status: 200,
  }),
  [`POST ${p}/subscriptions/:subscriptionId/locks`]: async (api, side) => ({
    ...(await onFreshLine("lock", { simChange: true })(api, side)),
    status: 200,
  }),
  [`POST ${p}/subscriptions/:subscriptionId/unlock`]: async (api, side) => {
    const prepared = await onFreshLine("unlock", { simChange: true })(api, side);
    const subscriptionId = prepared.ids.subscriptionId as string;
    await lockLine(api.deps, side.project.actor, side.projectId, subscriptionId, {
      simChange: true,
    });
    return prepared;
  },
  [`POST ${p}/subscriptions/:subscriptionId/clearFlag`]: async (api, side) => {
    const prepared = await onFreshLine("clearFlag", { reason: "The customer asked for it" })(
      api,
      side,
    );
    await api.deps.db
      .updateTable("subscriptions")
      .set({ flagged_at: api.deps.clock.now() })
      .where("id", "=", prepared.ids.subscriptionId as string)
      .execute();
    return { ...prepared, status: 200 };
  },
  [`POST ${p}/consentRequests/:consentRequestId/cancel`]: onFreshPending(undefined, 200),
  [`POST ${p}/consentRequests/:consentRequestId/resend`]: onFreshPending({}, 201),
  [`POST ${p}/apiKeys`]: async (_api, side) => ({
    ids: pathIds(side),
    payload: { name: "Billing integration", role: "viewer" },
    status: 201,
  }),
  [`POST ${p}/apiKeys/:apiKeyId/revoke`]: async (api, side) => {
    const key = await makeApiKey(api.deps, side.projectId, "support");
    return { ids: { ...pathIds(side), apiKeyId: key.id }, status: 200 };
  },
  [`POST ${p}/members`]: async (_api, side) => ({
    ids: pathIds(side),
    payload: { email: `agent${++freshMembers}@example.com`, role: "support" },
    status: 201,
  }),
  [`PATCH ${p}/members/:memberId`]: async (api, side) => {
    const member = await makeMember(api.deps, side.projectId, "viewer");
    return {
      ids: { ...pathIds(side), memberId: member.memberId },
      payload: { role: "support" },
      status: 200,
    };
  },
  [`POST ${p}/members/:memberId/remove`]: async (api, side) => {
    const member = await makeMember(api.deps, side.projectId, "viewer");
    return { ids: { ...pathIds(side), memberId: member.memberId }, status: 200 };
  },
  [`POST ${p}/consentRequests/:consentRequestId/fulfill`]: async (api, side) => {
    const { request } = await approvedPortOut(api, side.project);
    return { ids: { ...pathIds(side), consentRequestId: request.id }, status: 200 };
  },
};

/** A call that succeeds on `route` in `side`'s project (reads need nothing fresh). */
export async function prepare(api: Api, side: Side, route: Route): Promise<Prepared> {
  const preparer = preparers[routeKey(route)];
  if (preparer) return preparer(api, side);
  if (!changesState(route)) return { ids: pathIds(side), status: 200 };
  throw new Error(`No successful call known for ${routeKey(route)}; add one to routes.ts`);
}
