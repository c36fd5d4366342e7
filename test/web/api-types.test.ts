import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { apiTypesPath, generateApiTypes } from "../../scripts/api-types.js";

describe("the dashboard's API types", () => {
  it("match the server's OpenAPI document (run `npm run generate:api` after changing a route)", async () => {
    expect(readFileSync(apiTypesPath, "utf8")).toBe(await generateApiTypes());
  });
});
