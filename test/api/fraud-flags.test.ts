import { beforeAll, describe, expect, it } from "vitest";
import { decideByToken } from "../../src/services/consent-decisions.js";
import { testDatabaseKinds } from "../support/databases.js";
import { call, useApi } from "./support/harness.js";
import { expectError } from "./support/shapes.js";
import { eventsOf, type LoggedIn, makeSide, pendingRequest, type Side } from "./support/world.js";

/** F2 through the API: flagged lines are listed by filter, and an owner clears the flag. */
describe.each(testDatabaseKinds)("fraud flags through the API on %s", (kind) => {
  const api = useApi(kind);
  let side: Side;

  beforeAll(async () => {
    side = await makeSide(api());
  });

  const asMember = (member: LoggedIn) => ({ session: member.session, csrf: member.csrf });
  const declinedLine = async () => {
    const { line, linkToken } = await pendingRequest(api(), side.project);
    await decideByToken(api().deps, linkToken, "decline");
    return line.subscription.id;
  };
  const list = async (flagged: string) =>
    (
      await call(api(), {
        method: "GET",
        url: `/api/projects/${side.projectId}/subscriptions`,
        as: { apiKey: side.apiKey },
        query: { flagged, limit: "200" },
      })
    ).json().items as { id: string; flaggedAt: string | null }[];
  const clear = (id: string, as: LoggedIn, payload: unknown = { reason: "Customer confirmed" }) =>
    call(api(), {
      method: "POST",
      url: `/api/projects/${side.projectId}/subscriptions/${id}/clearFlag`,
      as: asMember(as),
      payload,
    });

  it("flagged=true lists the lines whose subscriber declined, flagged=false the others", async () => {
    const id = await declinedLine();
    const flagged = await list("true");
    expect(flagged.map((s) => s.id)).toContain(id);
    expect(flagged.every((s) => s.flaggedAt !== null)).toBe(true);
    const others = await list("false");
    expect(others.map((s) => s.id)).not.toContain(id);
    expect(others.map((s) => s.id)).toContain(side.line.subscription.id);
  });

  it("an owner clears the flag with a reason, recorded in subscription.flagCleared", async () => {
    const id = await declinedLine();
    const res = await clear(id, side.owner);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().flaggedAt).toBeNull();
    expect((await list("true")).map((s) => s.id)).not.toContain(id);
    const cleared = await eventsOf(api(), side.projectId, "subscription.flagCleared");
    const event = cleared.find((e) => e.subject === id);
    expect(JSON.parse(event?.data ?? "{}")).toMatchObject({ reason: "Customer confirmed" });
  });

  it("support cannot clear a flag; a reason is required; a line without a flag answers 409", async () => {
    const id = await declinedLine();
    expectError(await clear(id, side.support), 403, "forbidden");
    expectError(await clear(id, side.owner, {}), 422, "validationFailed", "reason");
    expectError(await clear(side.line.subscription.id, side.owner), 409, "conflict");
    const doc = (await call(api(), { method: "GET", url: "/api/openapi.json" })).json();
    const documented =
      doc.paths["/api/projects/{projectId}/subscriptions/{subscriptionId}/clearFlag"].post
        .responses;
    expect(Object.keys(documented)).toContain("409");
  });
});
