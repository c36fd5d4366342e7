import { beforeAll, describe, expect, it } from "vitest";
import { call, useApi } from "../api/support/harness.js";

type Schema = {
  type?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  pattern?: string;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  default?: unknown;
  format?: string;
};
type Operation = {
  operationId: string;
  summary: string;
  security: Record<string, string[]>[];
  parameters: { in: string; name: string; schema: Schema }[];
  requestBody: { required: boolean; content: Record<string, { schema: Schema }> };
  responses: Record<
    string,
    { headers?: Record<string, { schema: Schema }>; content: Record<string, { schema: Schema }> }
  >;
};

describe("the OpenAPI document describes the CAMARA SIM swap routes", () => {
  const api = useApi("sqlite");
  let paths: Record<string, Record<string, Operation>>;

  beforeAll(async () => {
    const res = await call(api(), { method: "GET", url: "/api/openapi.json" });
    paths = res.json().paths;
  });

  const operation = (name: string) => paths[`/camara/sim-swap/v2/${name}`]?.post as Operation;
  const bodyOf = (op: Operation) => op.requestBody.content["application/json"]?.schema as Schema;
  const answerOf = (op: Operation, status: string) =>
    op.responses[status]?.content["application/json"]?.schema as Schema;

  it("with CAMARA's operation ids, a bearer key, and x-correlator in CAMARA's pattern, echoed in every answer", () => {
    expect(operation("retrieve-date").operationId).toBe("retrieveSimSwapDate");
    expect(operation("check").operationId).toBe("checkSimSwap");
    for (const op of [operation("retrieve-date"), operation("check")]) {
      expect(op.summary).toBeTruthy();
      expect(op.security).toEqual([{ apiKey: [] }]);
      const correlator = op.parameters.find((p) => p.in === "header" && p.name === "x-correlator");
      expect(correlator?.schema.pattern).toBe("^[a-zA-Z0-9-_:;./<>{}]{0,256}$");
      for (const [status, response] of Object.entries(op.responses)) {
        expect(response.headers?.["x-correlator"]?.schema.pattern, status).toBe(
          correlator?.schema.pattern,
        );
        expect(response.content["application/json"]?.schema, status).not.toHaveProperty("headers");
      }
    }
  });

  it("with CAMARA's request bodies: phoneNumber by its pattern, maxAge in hours from 1 to 2400", () => {
    for (const op of [operation("retrieve-date"), operation("check")]) {
      expect(op.requestBody.required).toBe(true);
      expect(bodyOf(op).properties?.phoneNumber).toMatchObject({
        type: "string",
        pattern: "^\\+[1-9][0-9]{4,14}$",
      });
    }
    expect(bodyOf(operation("check")).properties?.maxAge).toMatchObject({
      type: "integer",
      minimum: 1,
      maximum: 2400,
      default: 240,
    });
  });

  it("with CAMARA's answers: SimSwapInfo, CheckSimSwapInfo and ErrorInfo for each status", () => {
    expect(answerOf(operation("retrieve-date"), "200")).toMatchObject({
      required: ["latestSimChange"],
      properties: {
        // Nullable as CAMARA has it, though Assent always knows the time.
        latestSimChange: { anyOf: [{ type: "string", format: "date-time" }, { type: "null" }] },
        monitoredPeriod: { type: "integer" },
      },
    });
    expect(answerOf(operation("check"), "200")).toMatchObject({
      required: ["swapped"],
      properties: { swapped: { type: "boolean" } },
    });
    const codes: Record<string, string[]> = {
      "400": ["INVALID_ARGUMENT", "OUT_OF_RANGE"],
      "401": ["UNAUTHENTICATED"],
      "403": ["PERMISSION_DENIED"],
      "404": ["NOT_FOUND", "IDENTIFIER_NOT_FOUND"],
      "422": ["MISSING_IDENTIFIER"],
      "429": ["TOO_MANY_REQUESTS"],
      "503": ["UNAVAILABLE"],
    };
    for (const op of [operation("retrieve-date"), operation("check")]) {
      for (const [status, expected] of Object.entries(codes)) {
        const error = answerOf(op, status);
        expect(error.required).toEqual(["status", "code", "message"]);
        expect(error.properties?.status).toMatchObject({ type: "integer" });
        expect(error.properties?.code?.enum).toEqual(expected);
      }
      for (const status of ["429", "503"]) {
        expect(op.responses[status]?.headers?.["retry-after"]?.schema, status).toMatchObject({
          type: "integer",
        });
      }
    }
  });
});
