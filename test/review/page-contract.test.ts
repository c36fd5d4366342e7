import type { LightMyRequestResponse as InjectResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { supportedLocales } from "../../src/domain/formats.js";
import { newSecretToken } from "../../src/secrets.js";
import { freshDatabase, testDatabaseKinds } from "../support/databases.js";
import { testDeps } from "../support/factories.js";
import { decide, freshAddress, pendingLink, postDecision, reviewApp } from "./support.js";

function expectPageHeaders(res: InjectResponse) {
  const csp = String(res.headers["content-security-policy"]);
  const directives = new Map(
    csp.split(";").map((d) => {
      const [name = "", ...values] = d.trim().split(/\s+/);
      return [name, values.join(" ")] as const;
    }),
  );
  expect(directives.get("default-src")).toBe("'none'");
  expect(directives.get("style-src")).toBe("'self'");
  expect(directives.get("form-action")).toBe("'self'");
  expect(directives.get("frame-ancestors")).toBe("'none'");
  expect(directives.has("script-src")).toBe(false);
  expect(csp).not.toContain("unsafe-inline");
  expect(res.headers["referrer-policy"]).toBe("no-referrer");
  expect(res.headers["cache-control"]).toBe("no-store");
  expect(res.headers["x-frame-options"]).toBe("DENY");
  expect(res.headers["x-content-type-options"]).toBe("nosniff");
}

function stylesheetPathOf(html: string): string {
  const match = /<link rel="stylesheet" href="([^"]+)">/.exec(html);
  if (!match?.[1]) throw new Error("the page links no stylesheet");
  return match[1];
}

describe.each(testDatabaseKinds)("the review page's contract on %s", (kind) => {
  let handle: Awaited<ReturnType<typeof freshDatabase>>;
  beforeAll(async () => {
    handle = await freshDatabase(kind);
  });
  afterAll(async () => handle.close());

  it("every page it answers carries the strict security headers", async () => {
    const deps = testDeps(handle);
    const app = await reviewApp(deps, {
      rateLimits: {
        perToken: { limit: 1, windowMs: 60_000 },
        perAddress: { limit: 100, windowMs: 60_000 },
      },
    });
    const link = await pendingLink(deps);
    const expiring = await pendingLink(deps);

    const pending = await app.inject({ method: "GET", url: `/consent/${link.token}` });
    const unknown = await app.inject({ method: "GET", url: `/consent/${newSecretToken()}` });
    const refused = await postDecision(app, expiring.token, { decision: "approve" });
    const limited = await postDecision(app, expiring.token, { decision: "approve" });
    const confirmed = await decide(app, link.token, "approve");
    deps.clock.advance(3 * 60 * 60 * 1000);
    const expired = await app.inject({ method: "GET", url: `/consent/${expiring.token}` });

    expect(
      [pending, unknown, refused, limited, confirmed, expired].map((r) => r.statusCode),
    ).toEqual([200, 404, 403, 429, 200, 404]);
    for (const res of [pending, unknown, refused, limited, confirmed, expired]) {
      expectPageHeaders(res);
    }
    await app.close();
  });

  it("the page's security headers stay on the page and do not reach the API", async () => {
    const deps = testDeps(handle);
    const app = await reviewApp(deps);

    const res = await app.inject({ method: "GET", url: "/healthz" });

    expect(res.statusCode).toBe(200);
    expect(res.headers["content-security-policy"]).toBeUndefined();
    await app.close();
  });

  it("the stylesheet is one file of our own, cached for long under a name that changes with it", async () => {
    const deps = testDeps(handle);
    const app = await reviewApp(deps);
    const link = await pendingLink(deps);
    const page = await app.inject({ method: "GET", url: `/consent/${link.token}` });

    const path = stylesheetPathOf(page.body);
    const css = await app.inject({ method: "GET", url: path });

    expect(path).toMatch(/^\/consent\/assets\/review-[0-9a-f]{12}\.css$/);
    expect(css.statusCode).toBe(200);
    expect(css.headers["content-type"]).toMatch(/^text\/css/);
    expect(css.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(css.body).toContain("button");
    expect(page.body.match(/<link /g)).toHaveLength(1);
    await app.close();
  });

  it("no page needs script, and every control is a labelled button", async () => {
    const deps = testDeps(handle);
    const app = await reviewApp(deps);
    const link = await pendingLink(deps);

    const page = await app.inject({ method: "GET", url: `/consent/${link.token}` });

    expect(page.body).not.toMatch(/<script|\son\w+=|javascript:|style=/i);
    expect(page.body).toMatch(
      /<meta name="viewport" content="width=device-width, initial-scale=1">/,
    );
    const inputs = page.body.match(/<input [^>]*>/g) ?? [];
    expect(inputs.every((input) => input.includes('type="hidden"'))).toBe(true);
    const buttons = [...page.body.matchAll(/<button [^>]*>([^<]*)<\/button>/g)];
    expect(buttons.map((b) => b[1])).toEqual(["Approve", "I did not ask for this"]);
    await app.close();
  });

  it("every page, with its stylesheet, weighs under 20 KB in every language", async () => {
    const deps = testDeps(handle);
    const app = await reviewApp(deps);
    const cssCache = new Map<string, number>();
    const weigh = async (res: InjectResponse) => {
      const path = stylesheetPathOf(res.body);
      if (!cssCache.has(path)) {
        const css = await app.inject({ method: "GET", url: path });
        cssCache.set(path, Buffer.byteLength(css.body));
      }
      return Buffer.byteLength(res.body) + (cssCache.get(path) as number);
    };
    const weights: number[] = [];
    for (const locale of supportedLocales) {
      for (const input of [
        { type: "simReplacement", sim: "auto" },
        { type: "providerChange", provider: "p9", sim: "auto" },
        { type: "portOutCredentials" },
      ] as const) {
        const link = await pendingLink(deps, input, { locale });
        weights.push(
          await weigh(await app.inject({ method: "GET", url: `/consent/${link.token}` })),
        );
        weights.push(await weigh(await decide(app, link.token, "approve", freshAddress())));
      }
      const declined = await pendingLink(deps, undefined, { locale });
      weights.push(await weigh(await decide(app, declined.token, "decline")));
      weights.push(
        await weigh(
          await app.inject({
            method: "GET",
            url: `/consent/${newSecretToken()}`,
            headers: { "accept-language": locale },
          }),
        ),
      );
    }

    expect(weights).toHaveLength(supportedLocales.length * 8);
    expect(Math.max(...weights)).toBeLessThan(20 * 1024);
    await app.close();
  });
});
