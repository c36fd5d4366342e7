import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { retryAfterSeconds } from "../http/errors.js";
import type { Deps } from "../services/deps.js";
import {
  authenticateSimSwapCaller,
  defaultSimSwapRateLimit,
  limitSimSwapQuestions,
  type SimSwapRateLimit,
} from "./access.js";
import { CamaraError, camaraErrorBody, toCamaraError } from "./errors.js";
import {
  camaraErrorSchemas,
  checkSimSwapInfo,
  correlatorHeaders,
  createCheckSimSwap,
  createSimSwapDate,
  simSwapInfo,
  xCorrelator,
} from "./schemas.js";
import { checkSimSwap, retrieveSimSwapDate, type SimSwapCaller } from "./sim-swap.js";

export const simSwapPrefix = "/camara/sim-swap/v2";

export type SimSwapOptions = { rateLimit?: SimSwapRateLimit };

const tags = ["SIM swap (CAMARA)"];

const answers = {
  400: camaraErrorSchemas[400],
  401: camaraErrorSchemas[401],
  403: camaraErrorSchemas[403],
  404: camaraErrorSchemas[404],
  422: camaraErrorSchemas[422],
  429: camaraErrorSchemas[429],
  503: camaraErrorSchemas[503],
};

function missingIdentifier(): CamaraError {
  return new CamaraError(
    "MISSING_IDENTIFIER",
    "The phone number cannot be identified: send it as phoneNumber.",
  );
}

/**
 * CAMARA SIM Swap v2 (§12) for relying parties such as banks, under /camara/sim-swap/v2 and not
 * under /api: its errors, correlation header and media type follow CAMARA, so this plugin keeps
 * its own error handling, apart from the API's (A4). The caller's project is its API key's.
 */
export function simSwapRoutes(deps: Deps, options: SimSwapOptions = {}): FastifyPluginAsyncZod {
  const rateLimit = options.rateLimit ?? defaultSimSwapRateLimit;
  const callers = new WeakMap<FastifyRequest, SimSwapCaller>();
  const callerOf = (request: FastifyRequest) => {
    const caller = callers.get(request);
    if (!caller) throw new CamaraError("UNAUTHENTICATED", "Not authenticated.");
    return caller;
  };

  return async (app) => {
    // JSON only: a form body is not read into a question.
    app.removeAllContentTypeParsers();
    app.addContentTypeParser(
      "application/json",
      { parseAs: "string" },
      app.getDefaultJsonParser("error", "error"),
    );
    app.setErrorHandler((error, request, reply) => {
      const camaraError = toCamaraError(error);
      if (camaraError.code === "INTERNAL") request.log.error({ err: error }, "request failed");
      if (camaraError.code === "UNAVAILABLE") {
        request.log.warn({ err: error }, "database unavailable");
        reply.header("retry-after", String(retryAfterSeconds));
      }
      return reply.status(camaraError.status).send(camaraErrorBody(camaraError));
    });
    app.setNotFoundHandler((_request, reply) =>
      reply
        .status(404)
        .send(
          camaraErrorBody(new CamaraError("NOT_FOUND", "The specified resource is not found.")),
        ),
    );

    // The correlator first, so that every answer echoes it; then who asks, then how often, all
    // before the body is looked at.
    app.addHook("onRequest", async (request, reply) => {
      const correlator = request.headers["x-correlator"];
      if (correlator !== undefined) {
        if (!xCorrelator.safeParse(correlator).success) {
          throw new CamaraError(
            "INVALID_ARGUMENT",
            "x-correlator: must be at most 256 characters of letters, digits and -_:;./<>{}",
          );
        }
        reply.header("x-correlator", correlator);
      }
      const caller = await authenticateSimSwapCaller(deps, request);
      const refused = await limitSimSwapQuestions(deps, caller, rateLimit);
      if (refused) {
        reply.header("retry-after", String(refused.retryAfterSeconds));
        throw new CamaraError(
          "TOO_MANY_REQUESTS",
          "Rejected due to request rate limit overpassed.",
        );
      }
      callers.set(request, caller);
    });

    app.post(
      "/retrieve-date",
      {
        schema: {
          operationId: "retrieveSimSwapDate",
          summary: "Retrieve SIM swap date",
          description:
            "When the active line with this number last took a SIM: its last SIM replacement or provider change, or its activation when there was none (a new subscription counts as a SIM change).",
          tags,
          security: [{ apiKey: [] }],
          headers: correlatorHeaders,
          body: createSimSwapDate,
          response: { 200: simSwapInfo, ...answers },
        },
      },
      async (request) => {
        const { phoneNumber } = request.body;
        if (phoneNumber === undefined) throw missingIdentifier();
        return retrieveSimSwapDate(deps, callerOf(request), phoneNumber);
      },
    );

    app.post(
      "/check",
      {
        schema: {
          operationId: "checkSimSwap",
          summary: "Check SIM swap",
          description:
            "Whether the active line with this number took a SIM (replacement, provider change or activation) within the last maxAge hours.",
          tags,
          security: [{ apiKey: [] }],
          headers: correlatorHeaders,
          body: createCheckSimSwap,
          response: { 200: checkSimSwapInfo, ...answers },
        },
      },
      async (request) => {
        const { phoneNumber, maxAge } = request.body;
        if (phoneNumber === undefined) throw missingIdentifier();
        return checkSimSwap(deps, callerOf(request), phoneNumber, maxAge);
      },
    );
  };
}
