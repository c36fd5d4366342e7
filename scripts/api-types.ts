/**
 * Writes web/src/api/schema.d.ts, the dashboard's types of the API, from the OpenAPI document the
 * server itself describes (`npm run generate:api`). test/web/api-types.test.ts fails when the
 * committed file no longer matches the routes.
 */
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import { buildServer, openRuntime } from "../src/runtime.js";

export const apiTypesPath = join(
  dirname(fileURLToPath(import.meta.url)),
  "../web/src/api/schema.d.ts",
);

/**
 * The document without its descriptions and summaries: the types depend on shapes only, so a
 * reworded description does not make the committed file stale. A property named `description`
 * is a schema (an object), not prose, and stays.
 */
function withoutProse(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutProse);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(
        ([key, v]) => !((key === "description" || key === "summary") && typeof v === "string"),
      )
      .map(([key, v]) => [key, withoutProse(v)]),
  );
}

/** Builds the app in this process (an in-memory database, nothing listening) and reads its document. */
export async function generateApiTypes(): Promise<string> {
  const runtime = await openRuntime({ DATABASE_URL: "sqlite::memory:", LOG_LEVEL: "silent" });
  try {
    const app = await buildServer(runtime);
    await app.ready();
    const document = withoutProse(app.swagger()) as Parameters<typeof openapiTS>[0];
    await app.close();
    const types = astToString(await openapiTS(document));
    return `/** Generated from the server's OpenAPI document by scripts/api-types.ts: do not edit. */\n\n${types}`;
  } finally {
    await runtime.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(apiTypesPath, await generateApiTypes());
  console.log(`wrote ${apiTypesPath}`);
}
