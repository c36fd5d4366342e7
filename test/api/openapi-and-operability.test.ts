import { beforeAll, describe, expect, it } from "vitest";
import { decideByToken } from "../../src/services/consent-decisions.js";
import { testDatabaseKinds } from "../support/databases.js";
import { call, startApi, useApi } from "./support/harness.js";
import { changesState, protectedApiRoutes, publicApiRoutes, routeKey } from "./support/routes.js";
import { makeSide, pendingRequest, type Side } from "./support/world.js";

type Operation = {
  parameters?: { in: string; name: string; required?: boolean; schema: Record<string, unknown> }[];
  requestBody?: { content: Record<string, { schema: Record<string, unknown> }> };
  responses: Record<string, unknown>;
};
type Document = {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { securitySchemes: Record<string, Record<string, unknown>> };
};

const openApiPath = (path: string) => path.replace(/:(\w+)/g, "{$1}");

describe.each(testDatabaseKinds)("OpenAPI, health and metrics on %s", (kind) => {
  const api = useApi(kind);
  let side: Side;
  let doc: Document;

  beforeAll(async () => {
    side = await makeSide(api());
    const res = await call(api(), { method: "GET", url: "/api/openapi.json" });
    expect(res.statusCode).toBe(200);
    doc = res.json();
  });

  const operation = (method: string, path: string) =>
    doc.paths[openApiPath(path)]?.[method.toLowerCase()] as Operation;

  it("GET /api/openapi.json answers an OpenAPI 3.1 document without credentials", () => {
    expect(doc.openapi).toMatch(/^3\.1\./);
  });

  it("documents every route of the API the router serves, with its path parameters and statuses", () => {
    const routes = protectedApiRoutes(api().app);
    expect(routes.length).toBeGreaterThan(20);
    for (const route of routes) {
      const op = operation(route.method, route.path);
      expect(op, `${routeKey(route)} is not documented`).toBeDefined();
      const documented = (op.parameters ?? []).filter((p) => p.in === "path").map((p) => p.name);
      expect(documented.sort()).toEqual(
        [...route.path.matchAll(/:(\w+)/g)].map((m) => m[1]).sort(),
      );
      expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(["401", "404"]));
    }
    expect(operation("POST", "/api/session")).toBeDefined();
    expect(publicApiRoutes.has("GET /api/openapi.json")).toBe(true);
  });

  it("documents the request body of every route that changes state, refusing unknown fields", () => {
    for (const route of protectedApiRoutes(api().app).filter(changesState)) {
      const body = operation(route.method, route.path).requestBody;
      expect(body, `${routeKey(route)} has no request body`).toBeDefined();
      const schema = JSON.stringify(body?.content["application/json"]?.schema);
      expect(schema, routeKey(route)).toContain('"additionalProperties":false');
    }
  });

  it("documents the formats and limits the API validates with", () => {
    const base = "/api/projects/:projectId";
    const subscription = operation("POST", `${base}/subscriptions`).requestBody?.content[
      "application/json"
    ]?.schema as { properties: Record<string, { pattern?: string }>; required: string[] };
    expect(subscription.required).toEqual(["user", "phoneNumber", "provider", "sim"]);
    expect(subscription.properties.phoneNumber?.pattern).toBeDefined();
    const sim = operation("POST", `${base}/sims`).requestBody?.content["application/json"]
      ?.schema as { properties: Record<string, { pattern?: string }> };
    expect(sim.properties.iccid?.pattern).toBe("^\\d{18,22}$");
    const limit = operation("GET", `${base}/consentRequests`).parameters?.find(
      (p) => p.name === "limit",
    );
    expect(limit?.schema).toMatchObject({ minimum: 1, maximum: 200, default: 10 });
    const action = operation("POST", `${base}/subscriptions/:subscriptionId/simReplacements`);
    expect(Object.keys(action.responses)).toEqual(expect.arrayContaining(["200", "202", "409"]));
    expect(action.parameters?.find((p) => p.in === "header")?.name).toBe("idempotency-key");
  });

  it("documents both ways to authenticate: a bearer API key and the session cookie", () => {
    expect(doc.components.securitySchemes).toMatchObject({
      apiKey: { type: "http", scheme: "bearer" },
      session: { type: "apiKey", in: "cookie" },
    });
  });

  it("every secret a POST shows once (pin, key, password, secret) is documented as null-able, as a replay for its Idempotency-Key answers it", () => {
    const shownOnce = ["pin", "key", "password", "secret"];
    const found: string[] = [];
    const visit = (schema: unknown, where: string) => {
      if (typeof schema !== "object" || schema === null) return;
      const node = schema as Record<string, unknown>;
      const properties = (node.properties ?? {}) as Record<string, { type?: unknown }>;
      for (const field of shownOnce) {
        const type = properties[field]?.type;
        if (type === undefined) continue;
        found.push(`${where} ${field}`);
        expect([type].flat(), `${where} ${field}`).toContain("null");
      }
      for (const value of Object.values(node)) visit(value, where);
    };
    for (const [path, operations] of Object.entries(doc.paths)) {
      const post = operations.post;
      if (!post) continue;
      for (const [status, response] of Object.entries(post.responses)) {
        if (status.startsWith("2")) visit(response, `POST ${path} ${status}`);
      }
    }
    expect(
      found.some((where) => where.includes("webhookEndpoints") && where.endsWith("secret")),
    ).toBe(true);
  });

  it("every POST of a project documents 409, which it answers while the first call with its Idempotency-Key runs", () => {
    const without = Object.entries(doc.paths)
      .filter(([path, operations]) => path.startsWith("/api/projects/") && operations.post)
      .filter(([, operations]) => !(operations.post as Operation).responses["409"])
      .map(([path]) => path);
    expect(without).toEqual([]);
  });

  it("/healthz answers 200 without credentials", async () => {
    const res = await call(api(), { method: "GET", url: "/healthz" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: "ok" });
  });

  it("/readyz answers 200 while the database answers", async () => {
    const res = await call(api(), { method: "GET", url: "/readyz" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: "ready" });
  });

  it("/readyz answers 503 once the database is gone, while /healthz still answers", async () => {
    const broken = await startApi(kind);
    await broken.deps.db.destroy();
    expect((await call(broken, { method: "GET", url: "/readyz" })).statusCode).toBe(503);
    expect((await call(broken, { method: "GET", url: "/healthz" })).statusCode).toBe(200);
    await broken.app.close();
  });

  it("/metrics has the HTTP latency histogram by route template and consent requests by type and outcome", async () => {
    const { linkToken } = await pendingRequest(api(), side.project);
    await decideByToken(api().deps, linkToken, "approve");
    await call(api(), {
      method: "GET",
      url: `/api/projects/${side.projectId}/consentRequests`,
      as: { apiKey: side.apiKey },
    });
    const res = await call(api(), { method: "GET", url: "/metrics" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^text\/plain/);
    const text = res.body;
    expect(text).toContain("# TYPE assent_http_request_duration_seconds histogram");
    expect(text).toMatch(
      /assent_http_request_duration_seconds_bucket\{le="[\d.]+",method="GET",route="\/api\/projects\/:projectId\/consentRequests",status="200"\}/,
    );
    for (const outcome of ["created", "approved", "fulfilled"]) {
      expect(text).toMatch(
        new RegExp(
          `assent_consent_requests_total\\{type="simReplacement",outcome="${outcome}"\\} [1-9]`,
        ),
      );
    }
    // Routes are labelled by template: no ids, keys or tokens end up in metrics.
    expect(text).not.toMatch(/prj_|csr_|ask_/);
  });
});
