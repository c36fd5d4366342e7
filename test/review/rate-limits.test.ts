import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/database.js";
import { defaultReviewRateLimits } from "../../src/review/routes.js";
import { hitRateLimit } from "../../src/services/rate-limits.js";
import { freshDatabase, testDatabaseKinds } from "../support/databases.js";
import { testDeps } from "../support/factories.js";
import {
  formTokenOf,
  freshAddress,
  pendingLink,
  postDecision,
  requestRow,
  reviewApp,
  textOf,
} from "./support.js";

const perToken = defaultReviewRateLimits.perToken;
const perAddress = defaultReviewRateLimits.perAddress;

describe.each(testDatabaseKinds)("rate limits of decision posts on %s", (kind) => {
  let handle: Awaited<ReturnType<typeof freshDatabase>>;
  beforeAll(async () => {
    handle = await freshDatabase(kind);
  });
  afterAll(async () => handle.close());

  /** Another instance on the same database: its own connections (one database for SQLite). */
  async function secondInstance() {
    return kind === "postgres" ? openDatabase(handle.url) : { ...handle, close: async () => {} };
  }

  it("a window allows its limit, refuses the rest, and starts again when it ends", async () => {
    const deps = testDeps(handle);
    const rule = { key: `test:${Math.random()}`, limit: 3, windowMs: 60_000 };
    const start = deps.clock.now();

    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await hitRateLimit(deps.db, rule, start + i));
    const later = await hitRateLimit(deps.db, rule, start + 60_000);

    expect(answers.map((a) => a.allowed)).toEqual([true, true, true, false, false]);
    expect(answers.every((a) => a.resetAt === start + 60_000)).toBe(true);
    expect(later).toEqual({ allowed: true, count: 1, resetAt: start + 120_000 });
  });

  it("hits from two instances at once are all counted", async () => {
    const other = await secondInstance();
    const deps = testDeps(handle);
    const rule = { key: `test:${Math.random()}`, limit: 20, windowMs: 60_000 };
    const now = deps.clock.now();

    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) => hitRateLimit(i % 2 ? other.db : deps.db, rule, now)),
    );

    expect(answers.map((a) => a.count).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 40 }, (_, i) => i + 1),
    );
    expect(answers.filter((a) => a.allowed)).toHaveLength(20);
    await other.close();
  });

  it("a link that is posted too often is answered 429 with a readable page, and nothing changes", async () => {
    const deps = testDeps(handle);
    const app = await reviewApp(deps);
    const link = await pendingLink(deps);

    for (let i = 0; i < perToken.limit; i++) {
      const forged = await postDecision(app, link.token, { decision: "approve", formToken: "x" });
      expect(forged.statusCode).toBe(403);
    }
    const page = await app.inject({ method: "GET", url: `/consent/${link.token}` });
    const res = await postDecision(app, link.token, {
      decision: "approve",
      formToken: formTokenOf(page.body),
    });

    expect(res.statusCode).toBe(429);
    expect(Number(res.headers["retry-after"])).toBe(perToken.windowMs / 1000);
    expect(textOf(res.body)).toContain("Too many attempts");
    expect((await requestRow(deps, link.requestId)).status).toBe("pending");
    await app.close();
  });

  it("a client address that posts too often is refused on every link, others are not", async () => {
    const deps = testDeps(handle);
    const app = await reviewApp(deps);
    const address = freshAddress();
    const project = (await pendingLink(deps)).project;
    const victim = await pendingLink(deps, undefined, { project });
    const page = await app.inject({ method: "GET", url: `/consent/${victim.token}` });
    const fields = { decision: "approve", formToken: formTokenOf(page.body) };

    for (let i = 0; i < perAddress.limit; i++) {
      const probe = `probe-${String(i).padStart(40, "0")}`;
      await postDecision(app, probe, { decision: "approve", formToken: "x" }, { address });
    }
    const refused = await postDecision(app, victim.token, fields, { address });
    const statusAfterRefusal = (await requestRow(deps, victim.requestId)).status;
    const elsewhere = await postDecision(app, victim.token, fields, { address: freshAddress() });

    expect(refused.statusCode).toBe(429);
    expect(statusAfterRefusal).toBe("pending");
    expect(elsewhere.statusCode).toBe(200);
    expect((await requestRow(deps, victim.requestId)).status).toBe("fulfilled");
    await app.close();
  });

  it("the limit on a link holds across instances and lifts when its window ends", async () => {
    const other = await secondInstance();
    const deps = testDeps(handle);
    const otherDeps = testDeps(other, { clock: deps.clock });
    const apps = [await reviewApp(deps), await reviewApp(otherDeps)] as const;
    const link = await pendingLink(deps);
    const page = await apps[0].inject({ method: "GET", url: `/consent/${link.token}` });
    const forged = { decision: "approve", formToken: "x" };

    for (let i = 0; i < perToken.limit; i++) {
      await postDecision(apps[i % 2] as (typeof apps)[number], link.token, forged);
    }
    const limited = await postDecision(apps[1], link.token, forged);
    deps.clock.advance(perToken.windowMs);
    const afterWindow = await postDecision(apps[1], link.token, {
      decision: "decline",
      formToken: formTokenOf(page.body),
    });

    expect(limited.statusCode).toBe(429);
    expect(afterWindow.statusCode).toBe(200);
    expect((await requestRow(deps, link.requestId)).status).toBe("declined");
    for (const app of apps) await app.close();
    await other.close();
  });
});
