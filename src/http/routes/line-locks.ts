import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { invalid } from "../../errors.js";
import { performAction } from "../../services/consent-requests.js";
import type { Deps } from "../../services/deps.js";
import { clearFlag } from "../../services/fraud-flags.js";
import { lockLine, overrideUnlock } from "../../services/line-locks.js";
import { consentRequestView, subscriptionView } from "../../services/views.js";
import { requireRole } from "../auth.js";
import { answerOnce } from "../idempotency.js";
import {
  consentRequestSchema,
  deliveryMethod,
  errors,
  idParams,
  subscriptionSchema,
} from "../schemas.js";

const tags = ["subscriptions"];
const params = idParams("subscriptionId");
const reason = z.string().trim().min(1).max(1000);

/** Line locks (F1) and the fraud flag (F2). */
export function lineLockRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      "/projects/:projectId/subscriptions/:subscriptionId/locks",
      {
        schema: {
          operationId: "lockSubscription",
          summary: "Lock a line",
          tags,
          description:
            "Lock the line: `simChange` refuses SIM replacements and provider changes, `portOut` refuses port-out credentials and ends the current transfer PIN (F1).",
          params,
          body: z.strictObject({
            simChange: z.boolean().optional(),
            portOut: z.boolean().optional(),
          }),
          response: { 200: subscriptionSchema, ...errors(403, 409) },
        },
      },
      async (request, reply) => {
        const { actor, projectId } = request.principal;
        return answerOnce(
          deps,
          request,
          reply,
          (options) =>
            lockLine(deps, actor, projectId, request.params.subscriptionId, request.body, options),
          (subscription) => ({ status: 200, body: subscriptionView(subscription) }),
        );
      },
    );

    app.post(
      "/projects/:projectId/subscriptions/:subscriptionId/unlock",
      {
        schema: {
          operationId: "unlockSubscription",
          summary: "Unlock a line",
          tags,
          description:
            "Remove locks. Asks the subscriber's consent with a `lockRemoval` request (202); an owner may remove them at once with `override: true` and a `reason` (200).",
          params,
          body: z.strictObject({
            simChange: z.boolean().optional(),
            portOut: z.boolean().optional(),
            deliveryMethod: deliveryMethod.optional(),
            override: z.literal(true).optional(),
            reason: reason.optional(),
          }),
          response: {
            200: subscriptionSchema,
            202: consentRequestSchema,
            ...errors(403, 409),
          },
        },
      },
      async (request, reply) => {
        const { actor, projectId } = request.principal;
        const { subscriptionId } = request.params;
        const body = request.body;
        const locks = { simChange: body.simChange === true, portOut: body.portOut === true };
        if (body.override) {
          requireRole(request.principal, "owner");
          if (body.reason === undefined) throw invalid("reason", "an override needs a reason");
          const reason = body.reason;
          return answerOnce(
            deps,
            request,
            reply,
            (options) =>
              overrideUnlock(deps, actor, projectId, subscriptionId, { ...locks, reason }, options),
            (subscription) => ({ status: 200, body: subscriptionView(subscription) }),
          );
        }
        return answerOnce(
          deps,
          request,
          reply,
          (options) =>
            performAction(
              deps,
              actor,
              projectId,
              subscriptionId,
              { type: "lockRemoval", ...locks, deliveryMethod: body.deliveryMethod },
              options,
            ),
          (result) =>
            result.kind === "consentRequest"
              ? { status: 202, body: consentRequestView(result.request, deps.clock.now()) }
              : { status: 200, body: subscriptionView(result.subscription) },
        );
      },
    );

    app.post(
      "/projects/:projectId/subscriptions/:subscriptionId/clearFlag",
      {
        config: { leastRole: "owner" },
        schema: {
          operationId: "clearSubscriptionFlag",
          summary: "Clear a line's fraud flag",
          tags,
          description: "Clear the fraud flag a decline set (F2), with a reason. Owners only.",
          params,
          body: z.strictObject({ reason }),
          response: { 200: subscriptionSchema, ...errors(403, 409) },
        },
      },
      async (request, reply) => {
        requireRole(request.principal, "owner");
        const { actor, projectId } = request.principal;
        return answerOnce(
          deps,
          request,
          reply,
          (options) =>
            clearFlag(deps, actor, projectId, request.params.subscriptionId, request.body, options),
          (subscription) => ({ status: 200, body: subscriptionView(subscription) }),
        );
      },
    );
  };
}
