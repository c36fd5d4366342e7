import type { KyselyPlugin, RootOperationNode } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../src/http/app.js";
import { serverFor } from "../api/support/harness.js";
import { freshDatabase } from "../support/databases.js";
import { makeProject, type TestProject, testDeps } from "../support/factories.js";

/**
 * Found by the soak: the database went away in the middle of an idempotent POST, after its
 * Idempotency-Key was claimed. The answer must still be the 503 with Retry-After of any outage,
 * in the API's error shape, and never the database's own message.
 */
describe("a POST whose database goes away after its Idempotency-Key was claimed", () => {
  let handle: Awaited<ReturnType<typeof freshDatabase>>;
  let app: App;
  let project: TestProject;
  let armed = false;
  let failing = false;

  // Once armed, the database "goes away" right after the Idempotency-Key's claim is written:
  // the use case's writes and the giving-up of the claim fail as a lost connection would.
  const outage: KyselyPlugin = {
    transformQuery({ node }) {
      if (failing && node.kind !== "SelectQueryNode") {
        throw new Error("Connection terminated unexpectedly");
      }
      const text = JSON.stringify(node as RootOperationNode);
      if (armed && node.kind === "InsertQueryNode" && text.includes('"idempotency_keys"')) {
        failing = true;
      }
      return node;
    },
    async transformResult({ result }) {
      return result;
    },
  };

  beforeAll(async () => {
    handle = await freshDatabase("sqlite");
    const deps = testDeps({ ...handle, db: handle.db.withPlugin(outage) });
    project = await makeProject(deps);
    app = await serverFor(deps, handle.url);
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it("answers 503 with Retry-After in the API's error shape, naming nothing of the database", async () => {
    armed = true;
    const response = await app.inject({
      method: "POST",
      url: `/api/projects/${project.projectId}/users`,
      headers: { authorization: `Bearer ${project.apiKey}`, "idempotency-key": "outage-1" },
      payload: { fullName: "Jane Roe" },
    });
    armed = false;
    failing = false;
    expect(response.statusCode).toBe(503);
    expect(response.headers["retry-after"]).toBeDefined();
    expect(response.json()).toMatchObject({ type: "serviceUnavailable" });
    expect(response.body).not.toContain("Connection terminated");
  });
});
