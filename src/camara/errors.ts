import type { FastifyError } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { isDatabaseUnavailable } from "../db/database.js";
import { type CamaraErrorCode, camaraErrorStatus } from "./schemas.js";

/**
 * Errors of the CAMARA routes. They answer CAMARA's `{ status, code, message }` with CAMARA's
 * codes, which relying parties' generated clients expect, rather than the API's own error shape
 * (A4): the codes are a protocol of their own, so they stay within these routes.
 */
export class CamaraError extends Error {
  readonly code: CamaraErrorCode;

  constructor(code: CamaraErrorCode, message: string) {
    super(message);
    this.name = "CamaraError";
    this.code = code;
  }

  get status() {
    return camaraErrorStatus[this.code];
  }
}

export function camaraErrorBody(error: CamaraError) {
  return { status: error.status, code: error.code, message: error.message };
}

/** Zod's codes for a number outside its bounds: CAMARA's OUT_OF_RANGE rather than a bad argument. */
const rangeIssues = new Set(["too_small", "too_big"]);

/** Any error thrown while answering, as CAMARA names it; never a stack trace. */
export function toCamaraError(error: unknown): CamaraError {
  if (error instanceof CamaraError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const [issue] = error.validation;
    const field = issue?.instancePath.split("/").filter(Boolean).join(".") || "body";
    const message = `${field}: ${issue?.message ?? "is invalid"}`;
    return new CamaraError(
      issue && rangeIssues.has(issue.keyword) ? "OUT_OF_RANGE" : "INVALID_ARGUMENT",
      message,
    );
  }
  if (isDatabaseUnavailable(error)) {
    return new CamaraError("UNAVAILABLE", "The service is briefly unavailable; try again.");
  }
  const { statusCode: status, code } = (error ?? {}) as Partial<FastifyError>;
  if (code === "FST_ERR_CTP_EMPTY_JSON_BODY") {
    return new CamaraError(
      "INVALID_ARGUMENT",
      'The body is empty: send a JSON object, e.g. {"phoneNumber":"+15550100123"}.',
    );
  }
  if (error instanceof SyntaxError || code === "FST_ERR_CTP_INVALID_JSON_BODY") {
    return new CamaraError("INVALID_ARGUMENT", "The body is not valid JSON.");
  }
  if (status === 413) return new CamaraError("INVALID_ARGUMENT", "The body is too large.");
  if (status === 415)
    return new CamaraError("INVALID_ARGUMENT", "Send the body as application/json.");
  if (status !== undefined && status >= 400 && status < 500) {
    return new CamaraError(
      "INVALID_ARGUMENT",
      "Client specified an invalid argument, request body or query param.",
    );
  }
  return new CamaraError("INTERNAL", "Something went wrong on our side.");
}
