import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { webhookDocuments } from "../../src/http/openapi-webhooks.js";
import { eventCatalogue, eventTypeList } from "../../src/services/event-catalogue.js";
import { eventTypes } from "../../src/services/events.js";

const srcDir = fileURLToPath(new URL("../../src", import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/**
 * The event types the code writes: the literals of the `type` of what it hands to recordEvent or
 * recordEvents (a ternary between two included), and of `event` in transition tables.
 */
function recordedTypes(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of sourceFiles(srcDir)) {
    const text = readFileSync(file, "utf8");
    if (!/recordEvents?\(|event: "/.test(text)) continue;
    for (const match of text.matchAll(/\b(?:type|event):((?:[^,;{}])*?),/g)) {
      for (const literal of (match[1] ?? "").matchAll(/"([a-z][A-Za-z]*\.[a-z][A-Za-z]*)"/g)) {
        found.set(literal[1] as string, file.slice(srcDir.length + 1));
      }
    }
  }
  return found;
}

describe("the event catalogue (W6)", () => {
  it("describes every event type of the list, and nothing else", () => {
    expect(Object.keys(eventCatalogue).sort()).toEqual([...eventTypes].sort());
  });

  it("describes every event type the code records anywhere", () => {
    const recorded = recordedTypes();
    expect(recorded.size).toBeGreaterThan(20);
    const missing = [...recorded].filter(([type]) => !(type in eventCatalogue));
    expect(missing, "event types recorded but not in the catalogue (type, file)").toEqual([]);
  });

  it("gives each type a description and a JSON Schema of an object for its data", () => {
    for (const { type, description, dataSchema } of eventTypeList()) {
      expect(description, type).toMatch(/^[A-Z].{10,}\.$/);
      expect(dataSchema.type, type).toBe("object");
    }
  });

  it("the OpenAPI webhooks describe each type's POST with the same data schema, signed headers included", () => {
    const documents = webhookDocuments() as unknown as Record<
      string,
      {
        post: {
          operationId: string;
          parameters: { name: string }[];
          requestBody: { content: { "application/json": { schema: unknown } } };
        };
      }
    >;
    const schemas = new Map(eventTypeList().map((t) => [t.type, t.dataSchema]));
    expect(Object.keys(documents).sort()).toEqual([...eventTypes].sort());
    const operationIds = new Set<string>();
    for (const [type, { post }] of Object.entries(documents)) {
      operationIds.add(post.operationId);
      expect(post.parameters.map((p) => p.name)).toEqual([
        "webhook-id",
        "webhook-timestamp",
        "webhook-signature",
      ]);
      const body = post.requestBody.content["application/json"].schema as {
        properties: { type: { const: string }; data: Record<string, unknown> };
      };
      expect(body.properties.type.const).toBe(type);
      const { $schema: _ignored, ...data } = schemas.get(type) as Record<string, unknown>;
      expect(body.properties.data).toEqual(data);
    }
    expect(operationIds.size).toBe(eventTypes.length);
  });
});
