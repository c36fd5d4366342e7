import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../src/http/app.js";
import { buildApp } from "../../src/http/app.js";
import { createApiKey, type Role } from "../../src/services/access.js";
import { revokeApiKey } from "../../src/services/api-keys.js";
import { systemActor } from "../../src/services/deps.js";
import { type Api, type Credential, useApi } from "../api/support/harness.js";
import { eventsOf, loggedInMember } from "../api/support/world.js";
import { freshDatabase, testDatabaseKinds } from "../support/databases.js";
import { makeProject, makeSubscription, testDeps } from "../support/factories.js";
import {
  ask,
  checkUrl,
  expectCamaraError,
  keyWithRole,
  makeKey,
  retrieveDateUrl,
} from "./support.js";

const urls = [retrieveDateUrl, checkUrl];

describe.each(testDatabaseKinds)("CAMARA SIM swap refusals on %s", (kind) => {
  const api = useApi(kind);
  let projectId: string;
  let phoneNumber: string;
  let bankKey: string;

  beforeAll(async () => {
    const project = await makeProject(api().deps);
    projectId = project.projectId;
    phoneNumber = (await makeSubscription(api().deps, project)).subscription.phone_number;
    bankKey = await keyWithRole(api(), projectId, "simSwapCheck");
  });

  describe("who may ask (S3)", () => {
    const keyRoles: [Role, number][] = [
      ["simSwapCheck", 200],
      ["owner", 200],
      ["support", 403],
      ["viewer", 403],
    ];
    it.each(keyRoles)("an API key with the role %s answers %i", async (role, status) => {
      const key = await keyWithRole(api(), projectId, role);
      for (const url of urls) {
        const res = await ask(api(), url, { phoneNumber }, { apiKey: key });
        if (status === 200) expect(res.statusCode, res.body).toBe(200);
        else expectCamaraError(res, "PERMISSION_DENIED");
      }
    });

    it.each(["owner", "support", "viewer"] as const)(
      "a dashboard session of a %s is refused with PERMISSION_DENIED: relying parties ask with a key",
      async (role) => {
        const member = await loggedInMember(api(), projectId, role);
        for (const url of urls) {
          const res = await ask(
            api(),
            url,
            { phoneNumber },
            { session: member.session, csrf: member.csrf },
          );
          expectCamaraError(res, "PERMISSION_DENIED");
        }
      },
    );

    it("no credentials, an unknown key, a malformed header, a revoked or an expired key answer UNAUTHENTICATED", async () => {
      const { deps } = api();
      const revoked = await makeKey(api(), projectId, "simSwapCheck");
      await revokeApiKey(deps, systemActor, projectId, revoked.id);
      const expiring = await createApiKey(deps, systemActor, projectId, {
        name: "bank, for a day",
        role: "simSwapCheck",
        expiresAt: deps.clock.now() + 60_000,
      });
      deps.clock.advance(60_001);
      const refused: Credential[] = [
        {},
        { apiKey: "ask_not-a-key" },
        { authorization: `Basic ${bankKey}` },
        { apiKey: revoked.secret },
        { apiKey: expiring.secret },
        { session: "not-a-session" },
      ];
      for (const as of refused) {
        for (const url of urls) {
          expectCamaraError(await ask(api(), url, { phoneNumber }, as), "UNAUTHENTICATED");
        }
      }
    });

    it("a key revoked after use is refused at once, though lookups are cached", async () => {
      const key = await makeKey(api(), projectId, "simSwapCheck");
      const before = await ask(api(), checkUrl, { phoneNumber }, { apiKey: key.secret });
      expect(before.statusCode).toBe(200);
      await revokeApiKey(api().deps, systemActor, projectId, key.id);
      const after = await ask(api(), checkUrl, { phoneNumber }, { apiKey: key.secret });
      expectCamaraError(after, "UNAUTHENTICATED");
    });

    it("a simSwapCheck key can do nothing on the project API", async () => {
      const res = await api().app.inject({
        method: "GET",
        url: `/api/projects/${projectId}/subscriptions`,
        headers: { authorization: `Bearer ${bankKey}` },
      });
      expect(res.statusCode).toBe(403);
    });

    it("a simSwapCheck key is refused by /api/me too: it learns nothing of its project", async () => {
      const res = await api().app.inject({
        method: "GET",
        url: "/api/me",
        headers: { authorization: `Bearer ${bankKey}` },
      });
      expect(res.statusCode, res.body).toBe(403);
      expect(res.json()).toMatchObject({ object: "error", type: "forbidden" });
      expect(res.body).not.toContain(projectId);
    });

    it("authentication comes before the body: a refused caller learns nothing about its input", async () => {
      const res = await ask(api(), checkUrl, { phoneNumber: "nope", maxAge: 0 }, {});
      expectCamaraError(res, "UNAUTHENTICATED");
    });
  });

  describe("what a question must hold (S2)", () => {
    it("without a phone number: MISSING_IDENTIFIER", async () => {
      for (const url of urls) {
        expectCamaraError(await ask(api(), url, {}, { apiKey: bankKey }), "MISSING_IDENTIFIER");
      }
      const checkOnly = await ask(api(), checkUrl, { maxAge: 24 }, { apiKey: bankKey });
      expectCamaraError(checkOnly, "MISSING_IDENTIFIER");
    });

    it("a phone number outside CAMARA's pattern: INVALID_ARGUMENT", async () => {
      for (const bad of [
        "15550100123",
        "+0123456789",
        "+1234",
        "+1234567890123456",
        "+1 555 0100",
        15550100123,
      ]) {
        for (const url of urls) {
          const res = await ask(api(), url, { phoneNumber: bad }, { apiKey: bankKey });
          expectCamaraError(res, "INVALID_ARGUMENT");
        }
      }
    });

    it("a maxAge outside 1 to 2400 hours: OUT_OF_RANGE; one that is no whole number: INVALID_ARGUMENT", async () => {
      for (const maxAge of [0, -1, 2401, 100_000]) {
        const res = await ask(api(), checkUrl, { phoneNumber, maxAge }, { apiKey: bankKey });
        expectCamaraError(res, "OUT_OF_RANGE");
      }
      for (const maxAge of [1.5, "24", null]) {
        const res = await ask(api(), checkUrl, { phoneNumber, maxAge }, { apiKey: bankKey });
        expectCamaraError(res, "INVALID_ARGUMENT");
      }
      for (const maxAge of [1, 2400]) {
        const res = await ask(api(), checkUrl, { phoneNumber, maxAge }, { apiKey: bankKey });
        expect(res.statusCode, res.body).toBe(200);
      }
    });

    it("an unknown field, a body that is not a JSON object, or not JSON at all: INVALID_ARGUMENT", async () => {
      const key = { apiKey: bankKey };
      const refused = [
        await ask(api(), checkUrl, { phoneNumber, extra: true }, key),
        // maxAge belongs to check only.
        await ask(api(), retrieveDateUrl, { phoneNumber, maxAge: 24 }, key),
      ];
      const malformed: [unknown, Record<string, string>][] = [
        [[phoneNumber], {}],
        ["{not json", { "content-type": "application/json" }],
        [`phoneNumber=${phoneNumber}`, { "content-type": "application/x-www-form-urlencoded" }],
      ];
      for (const [payload, headers] of malformed) {
        for (const url of urls) refused.push(await ask(api(), url, payload, key, headers));
      }
      for (const res of refused) expectCamaraError(res, "INVALID_ARGUMENT");
    });

    it("an empty body or one that is not JSON says so in its INVALID_ARGUMENT", async () => {
      const key = { apiKey: bankKey };
      const json = { "content-type": "application/json" };
      for (const url of urls) {
        const empty = await ask(api(), url, undefined, key, json);
        expectCamaraError(empty, "INVALID_ARGUMENT");
        expect(empty.json().message).toMatch(/body is empty/);
        const broken = await ask(api(), url, '{"phoneNumber":', key, json);
        expectCamaraError(broken, "INVALID_ARGUMENT");
        expect(broken.json().message).toMatch(/not valid JSON/);
      }
    });

    it("a path that does not exist under the API answers CAMARA's NOT_FOUND", async () => {
      const url = "/camara/sim-swap/v2/nothing-here";
      const res = await ask(api(), url, { phoneNumber }, { apiKey: bankKey });
      expectCamaraError(res, "NOT_FOUND");
    });
  });

  describe("x-correlator", () => {
    it("is echoed on answers and on refusals", async () => {
      const correlator = "b4333c46-49c0-4f62-80d7-f0ef930f1c46";
      const answered = await ask(
        api(),
        checkUrl,
        { phoneNumber },
        { apiKey: bankKey },
        {
          "x-correlator": correlator,
        },
      );
      expect(answered.statusCode).toBe(200);
      expect(answered.headers["x-correlator"]).toBe(correlator);
      const refused = await ask(api(), retrieveDateUrl, {}, {}, { "x-correlator": correlator });
      expectCamaraError(refused, "UNAUTHENTICATED");
      expect(refused.headers["x-correlator"]).toBe(correlator);
    });

    it("outside CAMARA's pattern is refused with INVALID_ARGUMENT and not echoed", async () => {
      for (const bad of ["has space", "x".repeat(257), 'quote"d']) {
        const res = await ask(
          api(),
          checkUrl,
          { phoneNumber },
          { apiKey: bankKey },
          {
            "x-correlator": bad,
          },
        );
        expectCamaraError(res, "INVALID_ARGUMENT");
        expect(res.headers["x-correlator"]).toBeUndefined();
      }
    });
  });

  it("answers no question to a refused caller without writing simSwap.checked", async () => {
    const before = (await eventsOf(api(), projectId, "simSwap.checked")).length;
    await ask(
      api(),
      checkUrl,
      { phoneNumber },
      { apiKey: await keyWithRole(api(), projectId, "support") },
    );
    await ask(api(), checkUrl, { phoneNumber, maxAge: 0 }, { apiKey: bankKey });
    expect(await eventsOf(api(), projectId, "simSwap.checked")).toHaveLength(before);
  });
});

describe.each(testDatabaseKinds)("CAMARA SIM swap rate limit on %s", (kind) => {
  let app: App;
  let deps: ReturnType<typeof testDeps>;
  let close: () => Promise<void>;

  beforeAll(async () => {
    const handle = await freshDatabase(kind);
    deps = testDeps(handle);
    app = await buildApp(deps, { simSwap: { rateLimit: { limit: 3, windowMs: 60_000 } } });
    await app.ready();
    close = async () => {
      await app.close();
      await handle.close();
    };
  });
  afterAll(async () => close?.());

  it("each key has its own allowance; past it TOO_MANY_REQUESTS with Retry-After until the window ends", async () => {
    const api: Api = { app, deps, kind };
    const project = await makeProject(deps);
    const { phone_number: phoneNumber } = (await makeSubscription(deps, project)).subscription;
    const first = await keyWithRole(api, project.projectId, "simSwapCheck");
    const second = await keyWithRole(api, project.projectId, "simSwapCheck");
    for (let i = 0; i < 3; i++) {
      expect((await ask(api, checkUrl, { phoneNumber }, { apiKey: first })).statusCode).toBe(200);
    }
    const refused = await ask(api, retrieveDateUrl, { phoneNumber }, { apiKey: first });
    expectCamaraError(refused, "TOO_MANY_REQUESTS");
    expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
    expect((await ask(api, checkUrl, { phoneNumber }, { apiKey: second })).statusCode).toBe(200);

    deps.clock.advance(60_000);
    expect((await ask(api, checkUrl, { phoneNumber }, { apiKey: first })).statusCode).toBe(200);
  });
});
