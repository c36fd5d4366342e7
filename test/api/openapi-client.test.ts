import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import openapiTS, { astToString } from "openapi-typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, startApi } from "./support/harness.js";

/**
 * A6: the API document is good enough to generate a client from. Runs once (the document is the
 * same on both databases).
 */
type Operation = { operationId?: string; summary?: string };
type Document = {
  servers?: { url: string }[];
  info: { license?: { name: string; identifier?: string; url?: string } };
  paths: Record<string, Record<string, Operation>>;
  webhooks?: Record<string, Record<string, Operation>>;
};

const root = fileURLToPath(new URL("../..", import.meta.url));
const run = promisify(execFile);

describe("the OpenAPI document as a client generator needs it (A6)", () => {
  let doc: Document;
  let dir: string;

  beforeAll(async () => {
    const api = await startApi("sqlite");
    const res = await call(api, { method: "GET", url: "/api/openapi.json" });
    doc = res.json();
    await api.close();
    // Inside node_modules, so that the generated client resolves openapi-fetch as the app would.
    const cache = join(root, "node_modules", ".cache");
    mkdirSync(cache, { recursive: true });
    dir = mkdtempSync(join(cache, "assent-openapi-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const operations = () =>
    [
      ...Object.entries(doc.paths),
      ...Object.entries(doc.webhooks ?? {}).map(([name, ops]) => [`webhook ${name}`, ops] as const),
    ].flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, op })),
    );

  it("every operation has an operationId and a summary; the ones that do not are listed", () => {
    const missing = operations()
      .filter(({ op }) => !op.operationId || !op.summary)
      .map(
        ({ key, op }) =>
          `${key}${op.operationId ? "" : " (operationId)"}${op.summary ? "" : " (summary)"}`,
      );
    expect(missing, "add operationId and summary to the schema of these routes").toEqual([]);
    const ids = operations().map(({ op }) => op.operationId);
    expect(new Set(ids).size, "operationIds are unique").toBe(ids.length);
  });

  it("names its servers and its licence", () => {
    expect(doc.servers?.[0]?.url).toMatch(/^https?:\/\//);
    expect(doc.info.license?.name).toBeTruthy();
    expect(doc.info.license?.identifier ?? doc.info.license?.url).toBeTruthy();
  });

  it("passes Redocly's recommended lint rules", async () => {
    const file = join(dir, "openapi.json");
    writeFileSync(file, JSON.stringify(doc));
    const out = await run(
      "npx",
      ["redocly", "lint", file, "--extends=recommended", "--format=json"],
      { cwd: root, maxBuffer: 64 * 1024 * 1024 },
    ).catch((error: { stdout: string }) => ({ stdout: error.stdout }));
    const report = JSON.parse(out.stdout) as {
      totals: { errors: number; warnings: number };
      problems: { ruleId: string; message: string; location: { pointer: string }[] }[];
    };
    const problems = report.problems.map(
      (p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer ?? "?"}`,
    );
    expect(problems).toEqual([]);
  }, 60_000);

  it("a client generated with openapi-typescript type-checks against the routes", async () => {
    writeFileSync(
      join(dir, "schema.d.ts"),
      astToString(await openapiTS(doc as unknown as Parameters<typeof openapiTS>[0])),
    );
    writeFileSync(
      join(dir, "client.ts"),
      `import createClient from "openapi-fetch";
import type { operations, paths, webhooks } from "./schema.js";

const client = createClient<paths>({ baseUrl: "http://localhost:3000" });
const params = { path: { projectId: "prj_1" } };

export async function registerEndpoint() {
  const { data, error } = await client.POST("/api/projects/{projectId}/webhookEndpoints", {
    params,
    body: { url: "https://crm.example.com/assent", eventTypes: ["consentRequest.approved"] },
  });
  if (error) return error.type;
  const secret: string | null = data.secret;
  return secret;
}

export async function listTypes() {
  const { data } = await client.GET("/api/eventTypes");
  return data?.items.map((item) => item.type);
}

export async function askForConsent(subscriptionId: string) {
  const { data } = await client.POST(
    "/api/projects/{projectId}/subscriptions/{subscriptionId}/simReplacements",
    { params: { path: { projectId: "prj_1", subscriptionId } }, body: { sim: "auto" } },
  );
  return data;
}

// Operations that take no body are called without one.
export async function rotateThenDelete(endpointId: string) {
  const endpoint = { params: { path: { projectId: "prj_1", endpointId } } };
  const rotated = await client.POST(
    "/api/projects/{projectId}/webhookEndpoints/{endpointId}/rotateSecret",
    endpoint,
  );
  const secret: string | null | undefined = rotated.data?.secret;
  await client.DELETE("/api/projects/{projectId}/webhookEndpoints/{endpointId}", endpoint);
  await client.POST("/api/projects/{projectId}/consentRequests/{consentRequestId}/cancel", {
    params: { path: { projectId: "prj_1", consentRequestId: "csr_1" } },
  });
  return secret;
}

type Created = operations["createWebhookEndpoint"]["responses"][201]["content"]["application/json"];
export const enabled = (endpoint: Created): boolean => endpoint.enabled;
type Approved = webhooks["consentRequest.approved"]["post"]["requestBody"];
export const approvedType = (body: NonNullable<Approved>["content"]["application/json"]) => body.type;

export async function refused() {
  // @ts-expect-error: url is required, and the client knows it
  await client.POST("/api/projects/{projectId}/webhookEndpoints", { params, body: {} });
}
`,
    );
    const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
    const result = await run(
      process.execPath,
      [
        tsc,
        "--noEmit",
        "--strict",
        "--skipLibCheck",
        "--target",
        "es2022",
        "--module",
        "nodenext",
        "--moduleResolution",
        "nodenext",
        join(dir, "client.ts"),
      ],
      { cwd: dir },
    ).catch((error: { stdout: string }) => ({ stdout: error.stdout }));
    expect(result.stdout).toBe("");
  }, 60_000);
});
