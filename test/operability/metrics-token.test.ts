import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { type App, buildApp } from "../../src/http/app.js";
import { freshDatabase } from "../support/databases.js";
import { testDeps } from "../support/factories.js";

/** T7: with METRICS_TOKEN set, /metrics answers only to that token as a bearer. */
describe("the metrics token", () => {
  let handle: Awaited<ReturnType<typeof freshDatabase>>;
  let guarded: App;
  let open: App;
  const token = "metrics-token-0123456789";

  beforeAll(async () => {
    handle = await freshDatabase("sqlite");
    const deps = testDeps(handle);
    guarded = await buildApp(deps, { metricsToken: token });
    open = await buildApp(deps, {});
  });
  afterAll(async () => {
    await Promise.all([guarded?.close(), open?.close()]);
    await handle?.close();
  });

  const scrape = (app: App, authorization?: string) =>
    app.inject({
      method: "GET",
      url: "/metrics",
      ...(authorization ? { headers: { authorization } } : {}),
    });

  it("with METRICS_TOKEN set, /metrics answers 401 without the token or with another", async () => {
    for (const authorization of [undefined, "Bearer wrong", `Basic ${token}`, token]) {
      const answer = await scrape(guarded, authorization);
      expect(answer.statusCode).toBe(401);
      expect(answer.json().type).toBe("unauthenticated");
      expect(answer.body).not.toContain("assent_http_request_duration_seconds");
    }
  });

  it("with METRICS_TOKEN set, /metrics answers the metrics to the token as a bearer", async () => {
    const answer = await scrape(guarded, `Bearer ${token}`);
    expect(answer.statusCode).toBe(200);
    expect(answer.body).toContain("assent_http_request_duration_seconds");
  });

  it("without METRICS_TOKEN, /metrics answers anyone (for a scraper on a private network)", async () => {
    expect((await scrape(open)).statusCode).toBe(200);
  });

  it("METRICS_TOKEN is read from the environment", () => {
    const base = { DATABASE_URL: "sqlite::memory:" };
    expect(loadConfig({ ...base, METRICS_TOKEN: token }).metricsToken).toBe(token);
    expect(loadConfig(base).metricsToken).toBeNull();
  });
});
