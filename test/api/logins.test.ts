import { beforeAll, describe, expect, it } from "vitest";
import { createPasswordHasher } from "../../src/services/passwords.js";
import { testDatabaseKinds } from "../support/databases.js";
import { makeMember } from "../support/factories.js";
import { type Api, startApi, useApi } from "./support/harness.js";
import { expectError } from "./support/shapes.js";
import { eventsOf, makeSide, type Side } from "./support/world.js";

const fifteenMinutes = 15 * 60 * 1000;

let addresses = 0;
/** A client address no other test uses, so that per-address counts start at zero. */
const freshAddress = () => {
  addresses += 1;
  return `10.${Math.floor(addresses / 250)}.${addresses % 250}.1`;
};

function login(api: Api, email: string, password: string, remoteAddress = freshAddress()) {
  return api.app.inject({
    method: "POST",
    url: "/api/session",
    payload: { email, password },
    remoteAddress,
  });
}

/** T4: logins resist guessing. */
describe.each(testDatabaseKinds)("logins on %s", (kind) => {
  const api = useApi(kind);
  let side: Side;

  beforeAll(async () => {
    side = await makeSide(api());
  });

  it("after ten failures for one email in 15 minutes even the right password answers 429 with Retry-After, until the window passes", async () => {
    const member = await makeMember(api().deps, side.projectId, "support");
    for (let i = 0; i < 10; i++) {
      api().deps.clock.advance(1_000);
      expectError(await login(api(), member.email, `guess ${i}`), 401, "unauthenticated");
    }
    const refused = await login(api(), member.email, member.password);
    expectError(refused, 429, "tooManyRequests");
    // The window opened at the first failure, 9 s ago.
    expect(Number(refused.headers["retry-after"])).toBe(15 * 60 - 9);
    expect(refused.cookies).toHaveLength(0);

    api().deps.clock.advance(fifteenMinutes - 9_001);
    expectError(await login(api(), member.email, member.password), 429, "tooManyRequests");
    api().deps.clock.advance(1);
    expect((await login(api(), member.email, member.password)).statusCode).toBe(201);
  });

  it("each failure records member.loginFailed in the member's projects, without the password", async () => {
    const member = await makeMember(api().deps, side.projectId, "viewer");
    await login(api(), member.email, "hunter2-wrong", "203.0.113.7");
    const failures = (await eventsOf(api(), side.projectId, "member.loginFailed")).filter(
      (e) => e.subject === member.memberId,
    );
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ actor_type: "system" });
    expect(JSON.parse(failures[0]?.data ?? "{}")).toMatchObject({
      reason: "wrongPassword",
      clientAddress: "203.0.113.7",
      failuresInWindow: 1,
    });
    expect(failures[0]?.data).not.toContain("hunter2");
  });

  it("a right password does not count towards the limit", async () => {
    const member = await makeMember(api().deps, side.projectId, "viewer");
    for (let i = 0; i < 9; i++) await login(api(), member.email, "wrong");
    for (let i = 0; i < 3; i++) {
      expect((await login(api(), member.email, member.password)).statusCode).toBe(201);
    }
    expectError(await login(api(), member.email, "wrong"), 401, "unauthenticated");
    expectError(await login(api(), member.email, member.password), 429, "tooManyRequests");
  });

  it("an unknown email is throttled exactly like a known one, so answers tell no emails apart", async () => {
    const member = await makeMember(api().deps, side.projectId, "viewer");
    const unknown = `nobody-${kind}@example.com`;
    const answers = [];
    for (let i = 0; i < 11; i++) {
      answers.push([
        await login(api(), member.email, "wrong"),
        await login(api(), unknown, "wrong"),
      ]);
    }
    for (const [known, absent] of answers) {
      expect(known?.statusCode).toBe(absent?.statusCode);
      expect(known?.json()).toEqual(absent?.json());
    }
    expect(answers.at(-1)?.[0]?.statusCode).toBe(429);
  });

  it("a hundred failures from one address stop logins from it for any email, not from others", async () => {
    const address = "192.0.2.200";
    for (let i = 0; i < 100; i++) {
      expectError(
        await login(api(), `guess${i}-${kind}@example.com`, "wrong", address),
        401,
        "unauthenticated",
      );
    }
    const member = await makeMember(api().deps, side.projectId, "viewer");
    const refused = await login(api(), member.email, member.password, address);
    expectError(refused, 429, "tooManyRequests");
    expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
    expect((await login(api(), member.email, member.password, "192.0.2.201")).statusCode).toBe(201);
    api().deps.clock.advance(fifteenMinutes);
    expect((await login(api(), member.email, member.password, address)).statusCode).toBe(201);
  });

  it("a hash of older parameters still logs in, and is replaced by one of the current parameters", async () => {
    const member = await makeMember(api().deps, side.projectId, "viewer");
    const older = createPasswordHasher({ params: { logN: 8, r: 8, p: 1 } });
    await api()
      .deps.db.updateTable("members")
      .set({ password_hash: await older.hash(member.password) })
      .where("id", "=", member.memberId)
      .execute();
    const stored = async () =>
      (
        await api()
          .deps.db.selectFrom("members")
          .select("password_hash")
          .where("id", "=", member.memberId)
          .executeTakeFirstOrThrow()
      ).password_hash;
    expect(await stored()).toMatch(/^scrypt\$ln=8,/);
    expect((await login(api(), member.email, member.password)).statusCode).toBe(201);
    expect(await stored()).toMatch(/^scrypt\$ln=10,r=8,p=1\$/);
    expect((await login(api(), member.email, member.password)).statusCode).toBe(201);
  });
});

describe.each(testDatabaseKinds)("a burst of logins on %s", (kind) => {
  it("hashes a few at a time and turns away what would wait too long with 429, while other calls are answered", async () => {
    const slow = await startApi(kind, {
      passwords: createPasswordHasher({
        params: { logN: 15, r: 8, p: 1 },
        concurrency: 1,
        maxWaiting: 2,
      }),
    });
    try {
      const side = await makeSide(slow);
      // Distinct emails and addresses: only the hashing queue can turn these away.
      const burst = Array.from({ length: 12 }, (_, i) =>
        login(slow, `burst${i}-${kind}@example.com`, "a guess"),
      );
      const read = await slow.app.inject({
        method: "GET",
        url: `/api/projects/${side.projectId}`,
        headers: { authorization: `Bearer ${side.apiKey}` },
      });
      expect(read.statusCode).toBe(200);
      const answers = await Promise.all(burst);
      const hashed = answers.filter((r) => r.statusCode === 401);
      const turnedAway = answers.filter((r) => r.statusCode === 429);
      expect(hashed.length + turnedAway.length).toBe(12);
      expect(hashed.length).toBeGreaterThanOrEqual(3);
      expect(turnedAway.length).toBeGreaterThan(0);
      for (const res of turnedAway) {
        expectError(res, 429, "tooManyRequests");
        expect(res.headers["retry-after"]).toBe("1");
      }
    } finally {
      await slow.close();
    }
  });
});
