import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig, type TrustProxy } from "../../src/config.js";
import { buildApp } from "../../src/http/app.js";
import { reviewRoutes } from "../../src/review/routes.js";
import { newSecretToken } from "../../src/secrets.js";
import { freshDatabase, testDatabaseKinds } from "../support/databases.js";
import { type TestDeps, testDeps } from "../support/factories.js";
import { freshAddress, sameOriginHeaders } from "./support.js";

/**
 * T6: the client's address, by which the review page's posts are limited, is the socket's peer
 * unless a trusted proxy wrote X-Forwarded-For; a header the client writes itself changes nothing.
 */
const perAddress = { limit: 3, windowMs: 10 * 60_000 };
const rateLimits = { perToken: { limit: 100, windowMs: 10 * 60_000 }, perAddress };

describe.each(testDatabaseKinds)("client addresses behind proxies on %s", (kind) => {
  let handle: Awaited<ReturnType<typeof freshDatabase>>;
  let deps: TestDeps;
  beforeAll(async () => {
    handle = await freshDatabase(kind);
    deps = testDeps(handle);
  });
  afterAll(async () => handle.close());

  async function appTrusting(trustProxy: TrustProxy) {
    const app = await buildApp(deps, {
      trustProxy,
      plugins: [reviewRoutes(deps, { rateLimits })],
    });
    await app.ready();
    return app;
  }

  /** Posts a decision on a made-up link from `from`, with the X-Forwarded-For given. */
  function post(app: Awaited<ReturnType<typeof appTrusting>>, from: string, forwardedFor?: string) {
    return app.inject({
      method: "POST",
      url: `/consent/${newSecretToken()}`,
      remoteAddress: from,
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        ...sameOriginHeaders,
        ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}),
      },
      payload: "decision=approve&formToken=x",
    });
  }

  /** Runs the posts one after another, in order. */
  async function statuses(posts: (() => Promise<{ statusCode: number }>)[]) {
    const answers = [];
    for (const next of posts) answers.push((await next()).statusCode);
    return answers;
  }

  it("without TRUST_PROXY, a forged X-Forwarded-For does not escape the limit of the client's own address", async () => {
    const app = await appTrusting(false);
    const client = freshAddress();
    const answers = await statuses(
      Array.from({ length: perAddress.limit + 1 }, () => () => post(app, client, freshAddress())),
    );
    expect(answers.slice(0, perAddress.limit)).not.toContain(429);
    expect(answers.at(-1)).toBe(429);
    await app.close();
  });

  it("behind one trusted hop, the address the proxy appended is the client's; what the client put before it is not", async () => {
    const app = await appTrusting(1);
    const proxy = freshAddress();
    // Clients of their own, each under its limit, although they all come through one proxy.
    const clients = await statuses(
      Array.from({ length: perAddress.limit + 2 }, () => () => post(app, proxy, freshAddress())),
    );
    expect(clients).not.toContain(429);
    // One client forging ever new addresses in front of the one the proxy appended.
    const client = freshAddress();
    const forged = await statuses(
      Array.from(
        { length: perAddress.limit + 1 },
        () => () => post(app, proxy, `${freshAddress()}, ${client}`),
      ),
    );
    expect(forged.at(-1)).toBe(429);
    await app.close();
  });

  it("with a list of proxies, only a listed proxy's X-Forwarded-For is read", async () => {
    const app = await appTrusting(["192.0.2.0/24"]);
    const listed = await statuses(
      Array.from(
        { length: perAddress.limit + 2 },
        () => () => post(app, "192.0.2.10", freshAddress()),
      ),
    );
    expect(listed).not.toContain(429);
    const unlisted = freshAddress();
    const direct = await statuses(
      Array.from({ length: perAddress.limit + 1 }, () => () => post(app, unlisted, freshAddress())),
    );
    expect(direct.at(-1)).toBe(429);
    await app.close();
  });

  it("made-up links from an address past its limit write nothing more", async () => {
    const app = await appTrusting(false);
    const client = freshAddress();
    for (let i = 0; i < perAddress.limit; i++) await post(app, client);
    const rows = async () =>
      (await deps.db.selectFrom("rate_limits").select("key").execute()).length;
    const before = await rows();
    const answers = await statuses(Array.from({ length: 5 }, () => () => post(app, client)));
    expect(answers).toEqual([429, 429, 429, 429, 429]);
    expect(await rows()).toBe(before);
    await app.close();
  });
});

describe("TRUST_PROXY", () => {
  const base = { DATABASE_URL: "sqlite::memory:" };
  it("is off unless set: X-Forwarded-For is then never read", () => {
    expect(loadConfig(base).trustProxy).toBe(false);
    expect(loadConfig({ ...base, TRUST_PROXY: "" }).trustProxy).toBe(false);
    expect(loadConfig({ ...base, TRUST_PROXY: "0" }).trustProxy).toBe(false);
  });

  it("takes a hop count, or proxy addresses and CIDR ranges", () => {
    expect(loadConfig({ ...base, TRUST_PROXY: "2" }).trustProxy).toBe(2);
    expect(
      loadConfig({ ...base, TRUST_PROXY: "10.0.0.0/8, 192.0.2.1,fd00::/8,loopback" }).trustProxy,
    ).toEqual(["10.0.0.0/8", "192.0.2.1", "fd00::/8", "loopback"]);
  });

  it("refuses anything else, trusting every hop included, naming TRUST_PROXY", () => {
    for (const value of ["true", "*", "10.0.0.0/33", "proxy.example.com", "1.2.3"]) {
      expect(() => loadConfig({ ...base, TRUST_PROXY: value })).toThrow(/^TRUST_PROXY must be/);
    }
  });
});
