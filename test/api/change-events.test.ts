import { describe, expect, it } from "vitest";
import { createOrganization, createProject } from "../../src/services/projects.js";
import { testDatabaseKinds } from "../support/databases.js";
import { call, useApi } from "./support/harness.js";
import { eventsOf, makeSide } from "./support/world.js";

/** T9: changes to organizations and projects are events, written with the change. */
describe.each(testDatabaseKinds)("change events on %s", (kind) => {
  const api = useApi(kind);

  it("a new project records project.created with its settings; an organization's first project also records organization.created", async () => {
    const deps = api().deps;
    const organizationId = await createOrganization(deps, "Beta Group");
    const first = await createProject(deps, organizationId, { name: "Beta – production" });
    const second = await createProject(deps, organizationId, { name: "Beta – staging" });

    const firstEvents = await eventsOf(api(), first.id);
    expect(firstEvents.map((e) => e.type)).toEqual(["organization.created", "project.created"]);
    expect(firstEvents[0]).toMatchObject({ subject: organizationId, actor_type: "system" });
    expect(JSON.parse(firstEvents[0]?.data ?? "{}")).toEqual({ name: "Beta Group" });
    expect(JSON.parse(firstEvents[1]?.data ?? "{}").settings).toMatchObject({
      name: "Beta – production",
      providers: ["p7", "p9"],
    });
    expect((await eventsOf(api(), second.id)).map((e) => e.type)).toEqual(["project.created"]);
  });

  it("a settings change records project.updated with each changed setting before and after, and nothing else", async () => {
    const side = await makeSide(api());
    const patch = (payload: unknown) =>
      call(api(), {
        method: "PATCH",
        url: `/api/projects/${side.projectId}`,
        as: { apiKey: side.apiKey },
        payload,
      });
    expect((await patch({ name: "Acme Mobile EU", smsEnabled: true })).statusCode).toBe(200);
    const [updated, ...rest] = await eventsOf(api(), side.projectId, "project.updated");
    expect(rest).toHaveLength(0);
    expect(updated).toMatchObject({ actor_type: "apiKey", actor_id: side.keys.owner.id });
    expect(JSON.parse(updated?.data ?? "{}")).toEqual({
      changed: ["name"],
      before: { name: "Acme Mobile" },
      after: { name: "Acme Mobile EU" },
    });

    // Setting what is already set changes nothing, so records nothing.
    expect((await patch({ name: "Acme Mobile EU" })).statusCode).toBe(200);
    expect(await eventsOf(api(), side.projectId, "project.updated")).toHaveLength(1);
  });
});
