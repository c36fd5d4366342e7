import { beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../support/databases.js";
import { call, startApi, useApi } from "./support/harness.js";
import { fillPath, prepare, servedApiRoutes } from "./support/routes.js";
import { expectApiObject, expectError } from "./support/shapes.js";
import { projectState } from "./support/state.js";
import { makeSide, type Side } from "./support/world.js";

/** A2 and A4 on every route: what a success and a failure look like, whatever the route. */
const routes = await servedApiRoutes();

describe.each(testDatabaseKinds)("answer shapes on %s", (kind) => {
  const api = useApi(kind);
  let mine: Side;
  beforeAll(async () => {
    mine = await makeSide(api());
  });

  describe.each(routes)("$method $path", (route) => {
    it("answers its success status with objects that carry object, id, ISO times and null for absent values", async () => {
      const { ids, payload, status } = await prepare(api(), mine, route);
      const res = await call(api(), {
        method: route.method,
        url: fillPath(route.path, ids),
        payload,
        as: { apiKey: mine.apiKey },
      });
      expect(res.statusCode, res.body).toBe(status);
      expect(res.headers["content-type"]).toMatch(/^application\/json/);
      expectApiObject(res.json());
    });
  });

  it("an unknown API path answers 404 notFound in the error shape", async () => {
    const res = await call(api(), {
      method: "GET",
      url: `/api/projects/${mine.projectId}/nothingHere`,
      as: { apiKey: mine.apiKey },
    });
    expectError(res, 404, "notFound");
  });

  it("a body that is not JSON answers 400 badRequest in the error shape, with no parser internals", async () => {
    const res = await call(api(), {
      method: "POST",
      url: `/api/projects/${mine.projectId}/users`,
      as: { apiKey: mine.apiKey },
      headers: { "content-type": "application/json" },
      payload: '{"fullName": "Ana",',
    });
    expectError(res, 400, "badRequest");
  });

  it("a body sent as a form or as plain text answers 400 badRequest saying to send JSON, and creates nothing", async () => {
    const before = await projectState(api().deps.db, mine.projectId);
    for (const [type, payload] of [
      ["application/x-www-form-urlencoded", "fullName=Ana"],
      ["text/plain", "fullName=Ana"],
    ]) {
      const res = await call(api(), {
        method: "POST",
        url: `/api/projects/${mine.projectId}/users`,
        as: { apiKey: mine.apiKey },
        headers: { "content-type": type as string },
        payload,
      });
      expectError(res, 400, "badRequest");
      expect(res.json().message).toMatch(/application\/json/);
    }
    expect(await projectState(api().deps.db, mine.projectId)).toEqual(before);
  });

  it("a body over the size limit answers 400 badRequest", async () => {
    const res = await call(api(), {
      method: "POST",
      url: `/api/projects/${mine.projectId}/users`,
      as: { apiKey: mine.apiKey },
      payload: { fullName: "A".repeat(70 * 1024) },
    });
    expectError(res, 400, "badRequest");
  });

  it("a validation failure answers 422 validationFailed naming every refused field", async () => {
    const res = await call(api(), {
      method: "POST",
      url: `/api/projects/${mine.projectId}/users`,
      as: { apiKey: mine.apiKey },
      payload: { fullName: "", email: "not-an-email", preferredLocale: "english" },
    });
    expectError(res, 422, "validationFailed", "fullName");
    expectError(res, 422, "validationFailed", "email");
    expectError(res, 422, "validationFailed", "preferredLocale");
  });

  it("a failure on the server answers 500 internal with no stack trace, SQL or driver message", async () => {
    const broken = await startApi(kind);
    const side = await makeSide(broken);
    await broken.deps.db.destroy();
    const res = await call(broken, {
      method: "GET",
      url: `/api/projects/${side.projectId}/users`,
      as: { apiKey: side.apiKey },
    });
    expectError(res, 500, "internal");
    expect(res.body).not.toMatch(/select|sqlite|postgres|pool|destroy/i);
    await broken.app.close();
  });
});
