import { describe, expect, it } from "vitest";
import { z } from "zod";
import { serializerCompiler } from "../../src/http/serializer.js";

const schema = z.object({
  object: z.literal("thing"),
  id: z.string(),
  status: z.enum(["pending", "done"]),
  note: z.string().nullable(),
  count: z.number().int(),
  details: z.record(z.string(), z.unknown()),
  items: z.array(z.object({ at: z.string().nullable() })),
});
const serialize = serializerCompiler({ schema, method: "GET", url: "/things/:id" });
const thing = {
  object: "thing",
  id: "thg_1",
  status: "pending",
  note: null,
  count: 3,
  details: { sim: "auto", nested: { a: [1, "two", null] } },
  items: [{ at: "2026-01-01T00:00:00.000Z" }, { at: null }],
};

describe("answers written by the compiled serializer", () => {
  it("writes exactly the schema's fields, as zod would, in the schema's order", () => {
    expect(JSON.parse(serialize({ ...thing, keyHash: "must not leave" }))).toEqual(thing);
    expect(serialize({ keyHash: "x", ...thing })).toBe(JSON.stringify(thing));
  });

  it("fails, under test, an answer the schema refuses rather than writing it", () => {
    expect(() => serialize({ ...thing, status: "unknown" })).toThrow();
    expect(() => serialize({ ...thing, note: undefined })).toThrow();
  });
});
