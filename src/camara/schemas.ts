import { z } from "zod";

/**
 * The shapes of CAMARA's SIM Swap API v2 (camaraproject/SimSwap, code/API_definitions/
 * sim-swap.yaml): what the routes validate and answer is what the OpenAPI document says.
 */

/** CAMARA's `PhoneNumber`: E.164 with a leading `+`, 5 to 15 digits. */
export const camaraPhoneNumberPattern = /^\+[1-9][0-9]{4,14}$/;

/** CAMARA's `XCorrelator`. */
export const xCorrelatorPattern = /^[a-zA-Z0-9-_:;./<>{}]{0,256}$/;

export const xCorrelator = z
  .string()
  .regex(xCorrelatorPattern, "must match CAMARA's x-correlator pattern")
  .describe("Correlation id for the different services; echoed in the answer.");

export const correlatorHeaders = z.looseObject({ "x-correlator": xCorrelator.optional() });

/**
 * Every answer carries the request's x-correlator back. @fastify/swagger turns a response
 * schema's `headers` into the response's headers in the document.
 */
const correlated = {
  headers: {
    "x-correlator": {
      type: "string",
      pattern: xCorrelatorPattern.source,
      description: "The request's x-correlator, when it sent one.",
    },
  },
};

/** A refusal that passes (too many questions, the database away) also says when to ask again. */
const retryable = {
  headers: {
    ...correlated.headers,
    "retry-after": {
      type: "integer",
      minimum: 1,
      description: "Seconds to wait before asking again.",
    },
  },
};

const phoneNumber = z
  .string()
  .regex(camaraPhoneNumberPattern, "must be an E.164 number with a leading +, e.g. +15550100123")
  .describe(
    "The number of the line asked about, in E.164 with a leading +. Required: Assent identifies the line only by this number.",
  );

export const maxAgeBounds = { min: 1, max: 2400, default: 240 } as const;

export const createSimSwapDate = z
  .strictObject({ phoneNumber: phoneNumber.optional() })
  .describe("A SIM swap date request for a phone number.");

export const createCheckSimSwap = z
  .strictObject({
    phoneNumber: phoneNumber.optional(),
    maxAge: z
      .int()
      .min(maxAgeBounds.min)
      .max(maxAgeBounds.max)
      .default(maxAgeBounds.default)
      .describe("Period in hours to be checked for SIM swap."),
  })
  .describe("A check SIM swap request for a phone number.");

export const simSwapInfo = z
  .object({
    latestSimChange: z.iso
      .datetime({ offset: true })
      .nullable()
      .describe(
        "When the line last took a SIM: its last SIM replacement or provider change, or its activation when there was none. RFC 3339 with a time zone.",
      ),
    monitoredPeriod: z
      .int()
      .optional()
      .describe(
        "Days of SIM changes kept, when the latest one is older; absent here, as every change is kept.",
      ),
  })
  .describe("Contains information about SIM swap change")
  .meta(correlated);

export const checkSimSwapInfo = z
  .object({
    swapped: z.boolean().describe("Whether the SIM changed within the last maxAge hours."),
  })
  .describe("Returns whether a SIM swap has been performed during a past period")
  .meta(correlated);

/** The error codes these routes answer, with their statuses (CAMARA's `ErrorInfo.code`). */
export const camaraErrorStatus = {
  INVALID_ARGUMENT: 400,
  OUT_OF_RANGE: 400,
  UNAUTHENTICATED: 401,
  PERMISSION_DENIED: 403,
  NOT_FOUND: 404,
  IDENTIFIER_NOT_FOUND: 404,
  MISSING_IDENTIFIER: 422,
  TOO_MANY_REQUESTS: 429,
  INTERNAL: 500,
  // CAMARA_common's Generic503: the database cannot be reached right now; try again.
  UNAVAILABLE: 503,
} as const;

export type CamaraErrorCode = keyof typeof camaraErrorStatus;
export type CamaraErrorStatus = (typeof camaraErrorStatus)[CamaraErrorCode];

const statusDescriptions: Record<CamaraErrorStatus, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not found",
  422: "Unprocessable Content",
  429: "Too Many Requests",
  500: "Internal server error",
  503: "Service Unavailable",
};

function errorInfo(status: CamaraErrorStatus) {
  const codes = (Object.keys(camaraErrorStatus) as CamaraErrorCode[]).filter(
    (code) => camaraErrorStatus[code] === status,
  ) as [CamaraErrorCode, ...CamaraErrorCode[]];
  return z
    .object({
      // An integer, as CAMARA types it (a literal alone would be documented as a number).
      status: z.literal(status).meta({ type: "integer" }).describe("HTTP response status code"),
      code: z.enum(codes).describe("Code given to this error"),
      message: z.string().describe("Detailed error description"),
    })
    .describe(statusDescriptions[status])
    .meta(status === 429 || status === 503 ? retryable : correlated);
}

/** CAMARA's `ErrorInfo` for each status these routes answer, for responses and for tests. */
export const camaraErrorSchemas = {
  400: errorInfo(400),
  401: errorInfo(401),
  403: errorInfo(403),
  404: errorInfo(404),
  422: errorInfo(422),
  429: errorInfo(429),
  500: errorInfo(500),
  503: errorInfo(503),
} as const;
