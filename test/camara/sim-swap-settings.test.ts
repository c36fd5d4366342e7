import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.js";
import { buildServer } from "../../src/runtime.js";
import type { Api } from "../api/support/harness.js";
import { freshDatabase } from "../support/databases.js";
import { makeProject, makeSubscription, testAppSecret, testDeps } from "../support/factories.js";
import { ask, checkUrl, expectCamaraError, keyWithRole } from "./support.js";

describe("SIM_SWAP_RATE_LIMIT", () => {
  it("sets how many questions one key may ask per minute", async () => {
    const handle = await freshDatabase("sqlite");
    const deps = testDeps(handle);
    const config = loadConfig({
      DATABASE_URL: handle.url,
      APP_SECRET: testAppSecret,
      SIM_SWAP_RATE_LIMIT: "2",
    });
    const app = await buildServer({ config, deps, close: () => handle.close() });
    try {
      const api: Api = { app, deps, kind: "sqlite" };
      const project = await makeProject(deps);
      const { phone_number: phoneNumber } = (await makeSubscription(deps, project)).subscription;
      const key = await keyWithRole(api, project.projectId, "simSwapCheck");
      for (let i = 0; i < 2; i++) {
        expect((await ask(api, checkUrl, { phoneNumber }, { apiKey: key })).statusCode).toBe(200);
      }
      expectCamaraError(
        await ask(api, checkUrl, { phoneNumber }, { apiKey: key }),
        "TOO_MANY_REQUESTS",
      );
    } finally {
      await app.close();
      await handle.close();
    }
  });

  it("refuses to start with anything but a whole number of at least 1, naming the variable", () => {
    const base = { DATABASE_URL: "sqlite::memory:", APP_SECRET: testAppSecret };
    expect(loadConfig(base).simSwapRateLimit).toBeNull();
    expect(loadConfig({ ...base, SIM_SWAP_RATE_LIMIT: "600" }).simSwapRateLimit).toBe(600);
    for (const bad of ["0", "-5", "1.5", "lots", " 60"]) {
      expect(() => loadConfig({ ...base, SIM_SWAP_RATE_LIMIT: bad })).toThrow(ConfigError);
      expect(() => loadConfig({ ...base, SIM_SWAP_RATE_LIMIT: bad })).toThrow(
        /SIM_SWAP_RATE_LIMIT/,
      );
    }
  });
});
