import type { onSendAsyncHookHandler, preHandlerAsyncHookHandler } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Deps } from "../../services/deps.js";
import type { MemberRole } from "../../services/roles.js";
import { authenticate, type Principal, requireRole } from "../auth.js";
import { claimIdempotencyKey, storeIdempotentAnswer } from "../idempotency.js";
import { errorSchema } from "../schemas.js";
import { actionRoutes } from "./actions.js";
import { apiKeyRoutes } from "./api-keys.js";
import { auditRoutes } from "./audit.js";
import { consentRequestRoutes } from "./consent-requests.js";
import { eventTypeRoutes } from "./event-types.js";
import { eventRoutes } from "./events.js";
import { evidenceRoutes } from "./evidence.js";
import { lineLockRoutes } from "./line-locks.js";
import { meRoutes } from "./me.js";
import { memberRoutes } from "./members.js";
import { pinVerificationRoutes } from "./pin-verification.js";
import { projectRoutes } from "./projects.js";
import { sessionRoutes } from "./session.js";
import { simRoutes } from "./sims.js";
import { statsRoutes } from "./stats.js";
import { subscriptionRoutes } from "./subscriptions.js";
import { userRoutes } from "./users.js";
import { webhookEndpointRoutes } from "./webhook-endpoints.js";

declare module "fastify" {
  // Declaration merging needs an interface.
  // biome-ignore lint/style/useConsistentTypeDefinitions: see above
  interface FastifyRequest {
    principal: Principal;
  }
  // biome-ignore lint/style/useConsistentTypeDefinitions: see above
  interface FastifyContextConfig {
    /** The least role a project route needs, when more than its method implies. */
    leastRole?: MemberRole;
  }
}

const noFields = z.strictObject({});

/** A5, stated in the OpenAPI document of every POST; idempotency.ts does the rest. */
const idempotencyHeaders = z.looseObject({
  "idempotency-key": z
    .string()
    .min(1)
    .max(255)
    .optional()
    .describe(
      "Retrying a POST with the same key within 24 hours answers the first answer again and does nothing twice.",
    ),
});

/** Everything under /api. Project routes authenticate first, then validate, then run. */
export function apiRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    // The API speaks JSON only; forms and plain text (parsed for the review page) are refused
    // with 415 rather than read into a body.
    app.removeAllContentTypeParsers();
    const parseJson = app.getDefaultJsonParser("error", "error");
    app.addContentTypeParser("application/json", { parseAs: "string" }, (request, body, done) => {
      // Many clients send the JSON content type on every call: an empty body is no body (a
      // cancel or a revoke answers; a create says which field is missing), not a 400.
      if (body === "") return done(null, undefined);
      parseJson(request, String(body), done);
    });
    await app.register(sessionRoutes(deps));
    await app.register(eventTypeRoutes());
    await app.register(meRoutes(deps));
    const claimKey: preHandlerAsyncHookHandler = async (request, reply) => {
      if (await claimIdempotencyKey(deps, request, reply, request.principal)) return reply;
    };
    const storeAnswer: onSendAsyncHookHandler = async (request, reply, payload) => {
      await storeIdempotentAnswer(deps, request, reply.statusCode, payload);
      return payload;
    };
    await app.register(async (projectScope) => {
      projectScope.decorateRequest("principal", undefined as unknown as Principal);
      // Routes that take no query string or body refuse any, so that a misspelt or unknown
      // field is never silently ignored (issue 2, "Bad input").
      projectScope.addHook("onRoute", (route) => {
        route.schema ??= {};
        route.schema.querystring ??= noFields;
        const methods = [route.method].flat();
        if (!methods.includes("GET") && !methods.includes("HEAD")) {
          route.schema.body ??= noFields.nullish();
        }
        if (methods.includes("POST")) {
          route.schema.headers ??= idempotencyHeaders;
          // Any POST may answer 409 idempotencyKeyInUse while the first call with its key runs.
          const responses = (route.schema.response ?? {}) as Record<string, unknown>;
          route.schema.response = { 409: errorSchema, ...responses };
          // Only a POST takes an Idempotency-Key: other methods skip both hooks altogether.
          route.preHandler = [claimKey, ...[route.preHandler ?? []].flat()];
          route.onSend = [storeAnswer, ...[route.onSend ?? []].flat()];
        }
      });
      projectScope.addHook("onRequest", async (request) => {
        const { projectId } = request.params as { projectId: string };
        request.principal = await authenticate(deps, request, projectId);
        // Roles are checked before the input is even looked at: viewers only read, changes need
        // support (§1), and a route may ask for more (project settings need an owner).
        const changes = request.method !== "GET" && request.method !== "HEAD";
        requireRole(
          request.principal,
          request.routeOptions.config.leastRole ?? (changes ? "support" : "viewer"),
        );
      });
      for (const routes of [
        projectRoutes,
        userRoutes,
        simRoutes,
        subscriptionRoutes,
        actionRoutes,
        lineLockRoutes,
        pinVerificationRoutes,
        evidenceRoutes,
        auditRoutes,
        consentRequestRoutes,
        eventRoutes,
        webhookEndpointRoutes,
        statsRoutes,
        apiKeyRoutes,
        memberRoutes,
      ]) {
        await projectScope.register(routes(deps));
      }
    });
  };
}
