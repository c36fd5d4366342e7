import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { AppError } from "../../errors.js";
import type { Deps } from "../../services/deps.js";
import { verifyPortOutPin } from "../../services/pin-verification.js";
import { hitRateLimit, type RateLimit } from "../../services/rate-limits.js";
import { answerOnce } from "../idempotency.js";
import { errors, phoneNumber, projectParams } from "../schemas.js";

export type PinVerificationOptions = { rateLimit?: Omit<RateLimit, "key"> };

/**
 * Checks per caller: a receiving carrier checks a few PINs a minute; guessing needs many. The
 * line's own limit (five wrong PINs end its PIN) holds whatever the caller.
 */
export const defaultPinVerificationRateLimit = { limit: 30, windowMs: 60_000 };

const verificationSchema = z.object({
  object: z.literal("portOutVerification"),
  valid: z.boolean(),
});

/** F4: the receiving carrier checks port-out credentials. Support and owners, keys and members. */
export function pinVerificationRoutes(
  deps: Deps,
  options: PinVerificationOptions = {},
): FastifyPluginAsyncZod {
  const rateLimit = options.rateLimit ?? defaultPinVerificationRateLimit;
  return async (app) => {
    app.post(
      "/projects/:projectId/portOutCredentials/verify",
      {
        schema: {
          operationId: "verifyPortOutCredentials",
          summary: "Verify port-out credentials",
          tags: ["actions"],
          description:
            "Check a line's port-out credentials (F4). A valid PIN is used up by the check; five wrong PINs for a line end its PIN. Rate-limited per caller.",
          params: projectParams,
          body: z.strictObject({
            phoneNumber,
            accountNumber: z.string().regex(/^\d{1,20}$/, "must be digits"),
            pin: z.string().regex(/^\d{1,12}$/, "must be digits"),
          }),
          response: { 200: verificationSchema, ...errors(403, 429) },
        },
      },
      async (request, reply) => {
        const { actor, projectId } = request.principal;
        const now = deps.clock.now();
        const limit = await hitRateLimit(
          deps.db,
          { key: `portOutVerify:${projectId}:${actor.type}:${actor.id}`, ...rateLimit },
          now,
        );
        if (!limit.allowed) {
          reply.header("retry-after", String(Math.max(1, Math.ceil((limit.resetAt - now) / 1000))));
          throw new AppError("tooManyRequests", "Too many PIN checks; try again later.");
        }
        return answerOnce(
          deps,
          request,
          reply,
          (options) => verifyPortOutPin(deps, actor, projectId, request.body, options),
          ({ valid }) => ({ status: 200, body: { object: "portOutVerification", valid } }),
        );
      },
    );
  };
}
