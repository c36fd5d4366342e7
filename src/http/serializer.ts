import fastJson from "fast-json-stringify";
import { serializerCompiler as zodSerializerCompiler } from "fastify-type-provider-zod";
import { z } from "zod";

/**
 * Answers are written by a serializer compiled from the route's response schema
 * (fast-json-stringify, as Fastify does for JSON schemas) instead of zod checking and copying
 * every answer before JSON.stringify: only the schema's fields are written, so a field a view
 * leaves in by mistake never reaches the client, as with zod. Schemas JSON Schema cannot express
 * (a transform) keep zod's serializer.
 *
 * Under test every answer is also put through zod, and one that zod would refuse or write
 * differently fails the request: the tests check that the fast serializer writes exactly what
 * the schema promises.
 */

type SerializerInput = { schema: unknown; method: string; url: string };
type Serialize = (data: unknown) => string;

const checking = process.env.VITEST !== undefined || process.env.ASSENT_CHECK_ANSWERS === "1";

const primitive = new Set(["string", "number", "integer", "boolean"]);

/** `anyOf: [{ type: T, … }, { type: "null" }]` as `type: [T, "null"]`, which needs no matching. */
function simplify(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(simplify);
  if (typeof node !== "object" || node === null) return node;
  const entries = Object.entries(node).map(([key, value]) => [key, simplify(value)] as const);
  const schema = Object.fromEntries(entries) as Record<string, unknown>;
  const anyOf = schema.anyOf as Record<string, unknown>[] | undefined;
  if (Array.isArray(anyOf) && anyOf.length === 2) {
    const nonNull = anyOf.filter((branch) => branch.type !== "null");
    const [only] = nonNull;
    if (nonNull.length === 1 && only && primitive.has(only.type as string)) {
      const { anyOf: _, ...rest } = schema;
      return { ...rest, ...only, type: [only.type, "null"] };
    }
  }
  return schema;
}

const compiled = new WeakMap<object, Serialize | null>();

/** The compiled serializer of a zod schema, or null when JSON Schema cannot express it. */
function fastSerializer(schema: z.ZodType): Serialize | null {
  let serialize = compiled.get(schema);
  if (serialize !== undefined) return serialize;
  try {
    const json = z.toJSONSchema(schema, {
      target: "draft-7",
      io: "output",
      unrepresentable: "throw",
    }) as Record<string, unknown>;
    delete json.$schema;
    serialize = fastJson(simplify(json) as Parameters<typeof fastJson>[0]) as Serialize;
  } catch {
    serialize = null;
  }
  compiled.set(schema, serialize);
  return serialize;
}

export function serializerCompiler(input: SerializerInput): Serialize {
  const schema = input.schema;
  const zod = zodSerializerCompiler(input as Parameters<typeof zodSerializerCompiler>[0]);
  if (!(schema instanceof z.ZodType)) return zod as Serialize;
  // Compiled at the first answer of its kind, so that building an app stays quick.
  let fast: Serialize | null | undefined;
  return (data) => {
    if (fast === undefined) fast = fastSerializer(schema);
    if (fast === null) return zod(data) as string;
    const written = fast(data);
    if (checking) {
      const expected = zod(data) as string;
      if (written !== expected) {
        throw new Error(
          `${input.method} ${input.url}: the compiled serializer wrote ${written}, zod ${expected}`,
        );
      }
    }
    return written;
  };
}
