import type { KyselyPlugin } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../src/http/app.js";
import { serverFor } from "../api/support/harness.js";
import { freshDatabase } from "../support/databases.js";
import { makeProject, makeSubscription, testDeps } from "../support/factories.js";
import { checkUrl, expectCamaraError, retrieveDateUrl } from "./support.js";

/**
 * A relying party asking while the database cannot be reached gets CAMARA's 503 UNAVAILABLE with
 * Retry-After and its x-correlator back, so it can tell "try again" from "this number is not
 * ours" — never a 500, nor the database's own message.
 */
describe("CAMARA SIM swap while the database is unreachable", () => {
  let handle: Awaited<ReturnType<typeof freshDatabase>>;
  let app: App;
  let apiKey: string;
  let phoneNumber: string;
  let failing = false;

  const outage: KyselyPlugin = {
    transformQuery({ node }) {
      if (failing) throw new Error("Connection terminated unexpectedly");
      return node;
    },
    async transformResult({ result }) {
      return result;
    },
  };

  beforeAll(async () => {
    handle = await freshDatabase("sqlite");
    const deps = testDeps({ ...handle, db: handle.db.withPlugin(outage) });
    const project = await makeProject(deps);
    apiKey = project.apiKey;
    phoneNumber = (await makeSubscription(deps, project)).subscription.phone_number;
    app = await serverFor(deps, handle.url);
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it.each([retrieveDateUrl, checkUrl])(
    "%s answers 503 UNAVAILABLE with Retry-After and the x-correlator, naming nothing of the database",
    async (url) => {
      const ask = () =>
        app.inject({
          method: "POST",
          url,
          headers: { authorization: `Bearer ${apiKey}`, "x-correlator": "outage-42" },
          payload: { phoneNumber },
        });
      expect((await ask()).statusCode).toBe(200);
      failing = true;
      const res = await ask();
      failing = false;
      expectCamaraError(res, "UNAVAILABLE");
      expect(res.headers["retry-after"]).toBeDefined();
      expect(res.headers["x-correlator"]).toBe("outage-42");
      expect(res.body).not.toContain("Connection terminated");
      expect((await ask()).statusCode).toBe(200);
    },
  );
});
