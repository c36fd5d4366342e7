import { describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../support/databases.js";
import { makeProject } from "../support/factories.js";
import { call, useApi } from "./support/harness.js";

describe.each(testDatabaseKinds)("API key revocation on %s", (kind) => {
  const api = useApi(kind);

  it("a revoked key is refused on every call once a few seconds have passed", async () => {
    const project = await makeProject(api().deps);
    const url = `/api/projects/${project.projectId}`;
    expect(
      (await call(api(), { method: "GET", url, as: { apiKey: project.apiKey } })).statusCode,
    ).toBe(200);

    await api()
      .deps.db.updateTable("api_keys")
      .set({ revoked_at: api().deps.clock.now() })
      .where("project_id", "=", project.projectId)
      .execute();
    api().deps.clock.advance(5_000);

    const refused = await call(api(), { method: "GET", url, as: { apiKey: project.apiKey } });
    expect(refused.statusCode).toBe(401);
    expect(refused.json()).toMatchObject({ object: "error", type: "unauthenticated" });
  });
});
