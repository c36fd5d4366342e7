import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { isDatabaseUnavailable } from "../db/database.js";
import { AppError, type ErrorDetail } from "../errors.js";

/**
 * A4: every error answers `{ object: "error", type, message, details }`, never a stack trace.
 * `details` is null when there is nothing to add: absent values are null, not missing (A2).
 */
export function errorBody(error: AppError) {
  return {
    object: "error" as const,
    type: error.type,
    message: error.message,
    details: error.details ?? null,
  };
}

/**
 * Names the field as the client sent it (`phoneNumber`, `consent.linkTtlSeconds`), the same way
 * the use cases name the fields they refuse; a whole missing or malformed part is named by the
 * part (`body`).
 */
function validationPath(
  part: string | undefined,
  instancePath: string,
  params: Record<string, unknown>,
): string {
  const segments = instancePath.split("/").filter(Boolean);
  // Unknown keys of a strict object are reported on the object itself; name the key.
  const keys = params.keys;
  if (Array.isArray(keys) && keys.length > 0) segments.push(String(keys[0]));
  return segments.length > 0 ? segments.join(".") : (part ?? "body");
}

export function toAppError(error: FastifyError | Error): AppError {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const part = (error as FastifyError).validationContext;
    const details: ErrorDetail[] = error.validation.map((issue) => ({
      path: validationPath(part, issue.instancePath, issue.params as Record<string, unknown>),
      message: issue.message ?? "is invalid",
    }));
    const first = details[0];
    return new AppError(
      "validationFailed",
      first ? `${first.path}: ${first.message}` : "The request is invalid.",
      details,
    );
  }
  if (isDatabaseUnavailable(error)) {
    return new AppError("serviceUnavailable", "The service is briefly unavailable; try again.");
  }
  const status = (error as FastifyError).statusCode;
  if (status === 429) return new AppError("tooManyRequests", "Too many requests; try again later.");
  if (status === 404) return new AppError("notFound", "Not found.");
  if (status === 413) return new AppError("badRequest", "The request body is too large.");
  if (status === 415) return new AppError("badRequest", "Send the body as application/json.");
  if (status !== undefined && status >= 400 && status < 500) {
    return new AppError("badRequest", error.message || "The request is invalid.");
  }
  return new AppError("internal", "Something went wrong on our side.");
}

/** How soon a client may try again when the database was unreachable. */
export const retryAfterSeconds = 5;

export function handleError(
  error: FastifyError | Error,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  const appError = toAppError(error);
  if (appError.type === "internal") request.log.error({ err: error }, "request failed");
  if (appError.type === "serviceUnavailable") {
    request.log.warn({ err: error }, "database unavailable");
    reply.header("retry-after", String(retryAfterSeconds));
  }
  return reply.status(appError.status).send(errorBody(appError));
}
