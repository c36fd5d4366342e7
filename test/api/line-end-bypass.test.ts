import { describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../support/databases.js";
import { makeSubscription, testIccid } from "../support/factories.js";
import { type Credential, call, useApi } from "./support/harness.js";
import { expectError } from "./support/shapes.js";
import { eventsOf, type LoggedIn, loggedInMember, makeSide, type Side } from "./support/world.js";

const hour = 60 * 60 * 1000;

/**
 * §9 and F1: ending a line and giving its number to a new line on another SIM is a SIM swap, so
 * those who ask for actions cannot do it without the subscriber: a locked line does not end, and
 * a number that left a line recently goes to a new line only by an owner's hand.
 */
describe.each(testDatabaseKinds)("ending a line and reusing its number on %s", (kind) => {
  const api = useApi(kind);

  const asMember = (member: LoggedIn): Credential => ({
    session: member.session,
    csrf: member.csrf,
  });
  const post = (side: Side, path: string, as: Credential, payload: unknown = {}) =>
    call(api(), { method: "POST", url: `/api/projects/${side.projectId}/${path}`, as, payload });
  const lineOf = (side: Side) => makeSubscription(api().deps, side.project);

  /** A new user with the attacker's email, a new SIM, and a line with `phoneNumber` on them. */
  async function newLineWithNumber(side: Side, as: Credential, phoneNumber: string) {
    const user = await post(side, "users", as, {
      fullName: "Mallory",
      email: "mallory@attacker.example",
    });
    expect(user.statusCode, user.body).toBe(201);
    const sim = await post(side, "sims", as, { iccid: testIccid(), type: "eSIM", provider: "p7" });
    expect(sim.statusCode, sim.body).toBe(201);
    return post(side, "subscriptions", as, {
      user: user.json().id,
      phoneNumber,
      provider: "p7",
      sim: sim.json().id,
    });
  }

  const activeLinesWith = (side: Side, phoneNumber: string) =>
    api()
      .deps.db.selectFrom("subscriptions")
      .select("id")
      .where("project_id", "=", side.projectId)
      .where("phone_number", "=", phoneNumber)
      .where("status", "=", "active")
      .execute();

  it("the SIM swap around consent, step by step with a support key, is refused at both steps", async () => {
    const side = await makeSide(api());
    const support = { apiKey: side.keys.support.secret };
    const { subscription } = await lineOf(side);
    const number = subscription.phone_number;
    // The subscriber locked their line.
    const locked = await post(side, `subscriptions/${subscription.id}/locks`, support, {
      simChange: true,
      portOut: true,
    });
    expect(locked.statusCode, locked.body).toBe(200);

    // 1. The key cannot end the locked line.
    const end = await post(side, `subscriptions/${subscription.id}/end`, support);
    expectError(end, 409, "lineLocked", "locks.simChange");
    expect(end.json().details).toContainEqual({ path: "locks.portOut", message: "set" });
    expect((await activeLinesWith(side, number)).map((l) => l.id)).toEqual([subscription.id]);

    // 2. Nor, had the line ended, give its number to a new user on another SIM.
    await post(
      side,
      `subscriptions/${subscription.id}/unlock`,
      { apiKey: side.apiKey },
      {
        simChange: true,
        portOut: true,
        override: true,
        reason: "subscriber leaves; line closes",
      },
    );
    const ended = await post(side, `subscriptions/${subscription.id}/end`, support);
    expect(ended.statusCode, ended.body).toBe(200);
    const endedAt = Date.parse(ended.json().endedAt);
    const createdBefore = await eventsOf(api(), side.projectId, "subscription.created");
    const taken = await newLineWithNumber(side, support, number);
    expectError(taken, 409, "numberRecentlyReleased", "phoneNumber");
    expect(taken.json().details).toContainEqual({
      path: "reusableAt",
      message: new Date(endedAt + 24 * hour).toISOString(),
    });
    expect(await activeLinesWith(side, number)).toEqual([]);
    const createdAfter = await eventsOf(api(), side.projectId, "subscription.created");
    expect(createdAfter).toHaveLength(createdBefore.length);
  });

  it("ending a line with only one lock, simChange or portOut, answers 409 lineLocked, also to an owner", async () => {
    const side = await makeSide(api());
    for (const lock of ["simChange", "portOut"] as const) {
      const { subscription } = await lineOf(side);
      await post(
        side,
        `subscriptions/${subscription.id}/locks`,
        { apiKey: side.apiKey },
        {
          [lock]: true,
        },
      );
      for (const as of [
        { apiKey: side.keys.support.secret },
        asMember(side.support),
        { apiKey: side.apiKey },
      ]) {
        expectError(
          await post(side, `subscriptions/${subscription.id}/end`, as),
          409,
          "lineLocked",
          `locks.${lock}`,
        );
      }
      const ends = await eventsOf(api(), side.projectId, "subscription.ended");
      expect(ends.some((e) => e.subject === subscription.id)).toBe(false);
    }
  });

  it("a line whose locks an owner removed with a reason can then be ended", async () => {
    const side = await makeSide(api());
    const { subscription } = await lineOf(side);
    const owner = { apiKey: side.apiKey };
    await post(side, `subscriptions/${subscription.id}/locks`, owner, { simChange: true });
    const unlocked = await post(side, `subscriptions/${subscription.id}/unlock`, owner, {
      simChange: true,
      override: true,
      reason: "closing the account at the subscriber's request",
    });
    expect(unlocked.statusCode, unlocked.body).toBe(200);
    const ended = await post(side, `subscriptions/${subscription.id}/end`, owner);
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json().status).toBe("ended");
  });

  it("a support member in the dashboard is refused a number released within the hold too", async () => {
    const side = await makeSide(api());
    const { subscription } = await lineOf(side);
    const ended = await post(side, `subscriptions/${subscription.id}/end`, asMember(side.support));
    expect(ended.statusCode).toBe(200);
    api().deps.clock.advance(23 * hour);
    // A new day, a new login.
    const member = asMember(await loggedInMember(api(), side.projectId, "support"));
    expectError(
      await newLineWithNumber(side, member, subscription.phone_number),
      409,
      "numberRecentlyReleased",
      "reusableAt",
    );
  });

  it("once the project's contactChangeHoldSeconds has passed since the end, support may reuse the number", async () => {
    const side = await makeSide(api(), {
      consent: {
        deliveryMethods: ["email", "sms"],
        linkTtlSeconds: 10800,
        whenUnavailable: "performDirectly",
        contactChangeHoldSeconds: 3600,
      },
    });
    const support = { apiKey: side.keys.support.secret };
    const { subscription } = await lineOf(side);
    await post(side, `subscriptions/${subscription.id}/end`, support);
    api().deps.clock.advance(hour - 1);
    expectError(
      await newLineWithNumber(side, support, subscription.phone_number),
      409,
      "numberRecentlyReleased",
    );
    api().deps.clock.advance(1);
    const res = await newLineWithNumber(side, support, subscription.phone_number);
    expect(res.statusCode, res.body).toBe(201);
    const created = await eventsOf(api(), side.projectId, "subscription.created");
    const data = JSON.parse(String(created.find((e) => e.subject === res.json().id)?.data));
    expect(data).not.toHaveProperty("numberRecentlyReleased");
  });

  it("a project without consent settings holds a released number for the default 24 hours", async () => {
    const side = await makeSide(api(), { consent: null });
    const support = { apiKey: side.keys.support.secret };
    const { subscription } = await lineOf(side);
    await post(side, `subscriptions/${subscription.id}/end`, support);
    api().deps.clock.advance(24 * hour - 1);
    expectError(
      await newLineWithNumber(side, support, subscription.phone_number),
      409,
      "numberRecentlyReleased",
    );
    api().deps.clock.advance(1);
    expect((await newLineWithNumber(side, support, subscription.phone_number)).statusCode).toBe(
      201,
    );
  });

  it("an owner may give a recently released number to a new line, and subscription.created names the line it was on", async () => {
    const side = await makeSide(api());
    const { subscription } = await lineOf(side);
    const owner = { apiKey: side.apiKey };
    await post(side, `subscriptions/${subscription.id}/end`, owner);
    const endedAt = api().deps.clock.now();
    api().deps.clock.advance(hour);
    const res = await newLineWithNumber(side, owner, subscription.phone_number);
    expect(res.statusCode, res.body).toBe(201);
    const created = await eventsOf(api(), side.projectId, "subscription.created");
    const event = created.find((e) => e.subject === res.json().id);
    expect(JSON.parse(String(event?.data))).toMatchObject({
      numberRecentlyReleased: {
        subscription: subscription.id,
        endedAt: new Date(endedAt).toISOString(),
      },
    });
  });

  it("the hold counts from the number's latest end, and another project's ended line holds nothing here", async () => {
    const side = await makeSide(api());
    const other = await makeSide(api());
    const owner = { apiKey: side.apiKey };
    const support = { apiKey: side.keys.support.secret };
    const { subscription } = await lineOf(side);
    const number = subscription.phone_number;
    await post(side, `subscriptions/${subscription.id}/end`, owner);
    api().deps.clock.advance(25 * hour);
    const second = await newLineWithNumber(side, support, number);
    expect(second.statusCode, second.body).toBe(201);
    await post(side, `subscriptions/${second.json().id}/end`, support);
    api().deps.clock.advance(hour);
    expectError(await newLineWithNumber(side, support, number), 409, "numberRecentlyReleased");
    const elsewhere = await newLineWithNumber(other, { apiKey: other.keys.support.secret }, number);
    expect(elsewhere.statusCode, elsewhere.body).toBe(201);
  });

  it("the OpenAPI document names both refusals on the two routes, with their 409", async () => {
    const doc = (await call(api(), { method: "GET", url: "/api/openapi.json" })).json();
    const create = doc.paths["/api/projects/{projectId}/subscriptions"].post;
    const end = doc.paths["/api/projects/{projectId}/subscriptions/{subscriptionId}/end"].post;
    expect(create.responses).toHaveProperty("409");
    expect(create.description).toContain("numberRecentlyReleased");
    expect(end.responses).toHaveProperty("409");
    expect(end.description).toContain("lineLocked");
  });
});
