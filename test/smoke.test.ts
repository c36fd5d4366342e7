import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../src/http/app.js";
import { freshDatabase, testDatabaseKinds } from "./support/databases.js";
import { makeProject, makeSubscription, testDeps } from "./support/factories.js";

describe.each(testDatabaseKinds)("smoke on %s", (kind) => {
  let handle: Awaited<ReturnType<typeof freshDatabase>>;
  beforeAll(async () => {
    handle = await freshDatabase(kind);
  });
  afterAll(async () => handle.close());

  it("a SIM replacement asks for consent and answers 202 with a pending request", async () => {
    const deps = testDeps(handle);
    const app = await buildApp(deps);
    const project = await makeProject(deps);
    const { subscription } = await makeSubscription(deps, project);
    const res = await app.inject({
      method: "POST",
      url: `/api/projects/${project.projectId}/subscriptions/${subscription.id}/simReplacements`,
      headers: { authorization: `Bearer ${project.apiKey}` },
      payload: { sim: "auto" },
    });
    expect(res.statusCode).toBe(202);
    expect(res.json()).toMatchObject({
      object: "consentRequest",
      status: "pending",
      type: "simReplacement",
    });
    await app.close();
  });
});
