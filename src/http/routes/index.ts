import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Deps } from "../../services/deps.js";
import { authenticate, type Principal } from "../auth.js";
import { claimIdempotencyKey, storeIdempotentAnswer } from "../idempotency.js";
import { actionRoutes } from "./actions.js";
import { consentRequestRoutes } from "./consent-requests.js";
import { eventRoutes } from "./events.js";
import { projectRoutes } from "./projects.js";
import { sessionRoutes } from "./session.js";
import { simRoutes } from "./sims.js";
import { subscriptionRoutes } from "./subscriptions.js";
import { userRoutes } from "./users.js";

declare module "fastify" {
  // Declaration merging needs an interface.
  // biome-ignore lint/style/useConsistentTypeDefinitions: see above
  interface FastifyRequest {
    principal: Principal;
  }
}

/** Everything under /api. Project routes authenticate first, then validate, then run. */
export function apiRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(sessionRoutes(deps));
    await app.register(async (projectScope) => {
      projectScope.decorateRequest("principal", undefined as unknown as Principal);
      projectScope.addHook("onRequest", async (request) => {
        const { projectId } = request.params as { projectId: string };
        request.principal = await authenticate(deps, request, projectId);
      });
      projectScope.addHook("preHandler", async (request, reply) => {
        if (await claimIdempotencyKey(deps, request, reply, request.principal.projectId)) {
          return reply;
        }
      });
      projectScope.addHook("onSend", async (request, reply, payload) => {
        await storeIdempotentAnswer(deps, request, reply.statusCode, payload);
        return payload;
      });
      for (const routes of [
        projectRoutes,
        userRoutes,
        simRoutes,
        subscriptionRoutes,
        actionRoutes,
        consentRequestRoutes,
        eventRoutes,
      ]) {
        await projectScope.register(routes(deps));
      }
    });
  };
}
