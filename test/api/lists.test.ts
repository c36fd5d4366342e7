import { beforeAll, describe, expect, it } from "vitest";
import { decideByToken } from "../../src/services/consent-decisions.js";
import { createEndpoint } from "../../src/webhooks/endpoints.js";
import { testDatabaseKinds } from "../support/databases.js";
import type { makeSubscription } from "../support/factories.js";
import { type Api, call, useApi } from "./support/harness.js";
import { fillPath, paramNames, servedApiRoutes } from "./support/routes.js";
import {
  approvedPortOut,
  keepOutboxMessages,
  makeSide,
  pathIds,
  pendingRequest,
  type Side,
} from "./support/world.js";

/** A3: lists are newest first, limited, paged by cursors without gap or duplicate, filtered. */
const listRoutes = (await servedApiRoutes()).filter(
  (r) =>
    r.method === "GET" &&
    paramNames(r.path).join() === "projectId" &&
    r.path !== "/api/projects/:projectId" &&
    // Figures for the dashboard's overview and the audit check: one object rather than a list.
    !r.path.startsWith("/api/projects/:projectId/stats/") &&
    r.path !== "/api/projects/:projectId/auditVerification",
);

type Item = { id: string; createdAt?: string; time?: string };
type Page = { items: Item[]; moreItemsAfter: string | null; moreItemsBefore: string | null };

async function page(api: Api, side: Side, url: string, query: Record<string, string> = {}) {
  const res = await call(api, { method: "GET", url, query, as: { apiKey: side.apiKey } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Page;
}

const ids = (items: { id: string }[]) => items.map((i) => i.id);

describe.each(testDatabaseKinds)("lists on %s", (kind) => {
  const api = useApi(kind);
  let side: Side;
  const requests: Record<string, string> = {};
  let lines: Record<string, Awaited<ReturnType<typeof makeSubscription>>> = {};

  /**
   * One project with a consent request in every status, one second apart: P0 pending but past
   * its validity (no sweep has run), then P1 pending, P2 approved, P3 canceled, P4 declined and
   * P5 fulfilled.
   */
  beforeAll(async () => {
    const tick = () => api().deps.clock.advance(1000);
    side = await makeSide(api());
    requests.P0 = side.pendingRequestId as string;
    lines = { line0: side.line };
    api().deps.clock.advance(3 * 3600 * 1000);
    const p1 = await pendingRequest(api(), side.project, {
      action: { type: "portOutCredentials" },
    });
    requests.P1 = p1.request.id;
    lines.line1 = p1.line;
    tick();
    requests.P2 = (await approvedPortOut(api(), side.project)).request.id;
    tick();
    const p3 = await pendingRequest(api(), side.project, {
      action: { type: "providerChange", provider: "p9" },
    });
    requests.P3 = p3.request.id;
    tick();
    const canceled = await call(api(), {
      method: "POST",
      url: `/api/projects/${side.projectId}/consentRequests/${p3.request.id}/cancel`,
      as: { apiKey: side.apiKey },
    });
    expect(canceled.statusCode).toBe(200);
    tick();
    const p4 = await pendingRequest(api(), side.project);
    requests.P4 = p4.request.id;
    await decideByToken(api().deps, p4.linkToken, "decline");
    tick();
    const p5 = await pendingRequest(api(), side.project);
    requests.P5 = p5.request.id;
    tick();
    expect((await decideByToken(api().deps, p5.linkToken, "approve"))?.outcome).toBe("fulfilled");
    tick();
    await keepOutboxMessages(api(), side, 3);
    for (const n of [1, 2]) {
      tick();
      await createEndpoint(api().deps, side.project.actor, side.projectId, {
        url: `http://127.0.0.1:9/more-${n}`,
        eventTypes: ["consentRequest.declined"],
      });
    }
  });

  const url = () => `/api/projects/${side.projectId}/consentRequests`;
  const named = (...names: string[]) => names.map((n) => requests[n]);

  it("consent requests come newest first, ten by default", async () => {
    const all = await page(api(), side, url());
    expect(ids(all.items)).toEqual(named("P5", "P4", "P3", "P2", "P1", "P0"));
    expect(all).toMatchObject({ moreItemsAfter: null, moreItemsBefore: null });
    const events = await page(api(), side, `/api/projects/${side.projectId}/events`);
    expect(events.items).toHaveLength(10);
    expect(events.moreItemsAfter).toBe(events.items[9]?.id);
  });

  it("limit caps a page and moreItemsAfter names its last item when older ones exist", async () => {
    const first = await page(api(), side, url(), { limit: "2" });
    expect(ids(first.items)).toEqual(named("P5", "P4"));
    expect(first.moreItemsAfter).toBe(requests.P4);
    expect(first.moreItemsBefore).toBeNull();
  });

  it("status=expired finds a pending request past its validity before any sweep, shown expired; status=pending leaves it out", async () => {
    const expired = await page(api(), side, url(), { status: "expired" });
    expect(ids(expired.items)).toEqual(named("P0"));
    expect(expired.items[0]).toMatchObject({ status: "expired", expiredAt: expect.any(String) });
    const pending = await page(api(), side, url(), { status: "pending" });
    expect(ids(pending.items)).toEqual(named("P1"));
  });

  it.each([
    ["approved", ["P2"]],
    ["canceled", ["P3"]],
    ["declined", ["P4"]],
    ["fulfilled", ["P5"]],
  ])("status=%s lists exactly the requests in that status", async (status, expected) => {
    const res = await page(api(), side, url(), { status });
    expect(ids(res.items)).toEqual(named(...expected));
    for (const item of res.items) expect(item).toMatchObject({ status });
  });

  it.each([
    ["simReplacement", ["P5", "P4", "P0"]],
    ["providerChange", ["P3"]],
    ["portOutCredentials", ["P2", "P1"]],
  ])("type=%s lists exactly the requests of that type", async (type, expected) => {
    expect(ids((await page(api(), side, url(), { type })).items)).toEqual(named(...expected));
  });

  it("subscription and user filters list the requests of that line and of that user", async () => {
    const bySubscription = await page(api(), side, url(), {
      subscription: lines.line0?.subscription.id as string,
    });
    expect(ids(bySubscription.items)).toEqual(named("P0"));
    const byUser = await page(api(), side, url(), { user: lines.line1?.user.id as string });
    expect(ids(byUser.items)).toEqual(named("P1"));
  });

  it("filters combine", async () => {
    const res = await page(api(), side, url(), { type: "simReplacement", status: "expired" });
    expect(ids(res.items)).toEqual(named("P0"));
  });

  it("a filtered list pages without gap or duplicate", async () => {
    const first = await page(api(), side, url(), { type: "simReplacement", limit: "2" });
    const second = await page(api(), side, url(), {
      type: "simReplacement",
      limit: "2",
      after: first.moreItemsAfter as string,
    });
    expect([...ids(first.items), ...ids(second.items)]).toEqual(named("P5", "P4", "P0"));
    expect(second.moreItemsAfter).toBeNull();
  });

  it("events filter by type and by subject, newest first", async () => {
    const events = `/api/projects/${side.projectId}/events`;
    const canceled = await page(api(), side, events, { type: "consentRequest.canceled" });
    expect(canceled.items.map((e) => (e as Item & { subject: string }).subject)).toContain(
      requests.P3,
    );
    for (const item of canceled.items)
      expect(item).toMatchObject({ type: "consentRequest.canceled" });
    const ofP3 = await page(api(), side, events, { subject: requests.P3 as string });
    expect(ofP3.items.map((e) => (e as Item & { type: string }).type)).toEqual([
      "consentRequest.canceled",
      "consentRequest.created",
    ]);
  });

  it("the events one change writes at one instant list in the order they happened, newest first", async () => {
    const ofP5 = await page(api(), side, `/api/projects/${side.projectId}/events`, {
      subject: requests.P5 as string,
    });
    expect(ofP5.items.map((e) => (e as Item & { type: string }).type)).toEqual([
      "consentRequest.fulfilled",
      "consentRequest.approved",
      "consentRequest.created",
    ]);
  });

  describe.each(listRoutes)("GET $path", (route) => {
    it("walks the whole list forwards with after and back with before, with no gap or duplicate, newest first", async () => {
      const path = fillPath(route.path, pathIds(side));
      const whole = await page(api(), side, path, { limit: "200" });
      expect(whole.items.length).toBeGreaterThan(2);
      // Newest first: ids sort by creation time, and so do the times they carry.
      expect(ids(whole.items)).toEqual([...ids(whole.items)].sort().reverse());
      const times = whole.items.map((i) => i.createdAt ?? i.time ?? "");
      expect(times).toEqual([...times].sort().reverse());

      const forwards: Page[] = [await page(api(), side, path, { limit: "2" })];
      for (let last = forwards[0]; last?.moreItemsAfter; last = forwards.at(-1)) {
        forwards.push(await page(api(), side, path, { limit: "2", after: last.moreItemsAfter }));
      }
      expect(forwards.flatMap((p) => ids(p.items))).toEqual(ids(whole.items));

      const backwards: Page[] = [forwards.at(-1) as Page];
      for (let last = backwards[0]; last?.moreItemsBefore; last = backwards.at(-1)) {
        backwards.push(await page(api(), side, path, { limit: "2", before: last.moreItemsBefore }));
      }
      expect(backwards.reverse().flatMap((p) => ids(p.items))).toEqual(ids(whole.items));
      expect(backwards[0]?.moreItemsBefore).toBeNull();
    });
  });
});
