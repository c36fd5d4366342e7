import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { type ActionInput, performAction } from "../../services/consent-requests.js";
import type { Deps } from "../../services/deps.js";
import { consentRequestView, subscriptionView } from "../../services/views.js";
import { requireRole } from "../auth.js";
import { answerOnce } from "../idempotency.js";
import {
  consentRequestSchema,
  credentialsSchema,
  deliveryMethod,
  errors,
  idParams,
  subscriptionSchema,
} from "../schemas.js";

const tags = ["actions"];
const params = idParams("subscriptionId");

const actions = [
  {
    path: "simReplacements",
    operationId: "replaceSim",
    summary: "Replace a line's SIM",
    description: "Replace the line's SIM with a given available SIM or a new eSIM (`auto`).",
    body: z.strictObject({
      sim: z.string().max(64).describe('"auto", a SIM id or an ICCID'),
      simType: z.enum(["eSIM", "pSIM"]).optional(),
      deliveryMethod: deliveryMethod.optional(),
    }),
    result: subscriptionSchema,
    input: (body: { sim: string; simType?: "eSIM" | "pSIM" | undefined }): ActionInput => ({
      type: "simReplacement",
      sim: body.sim,
      simType: body.simType,
    }),
  },
  {
    path: "providerChanges",
    operationId: "changeProvider",
    summary: "Move a line to another provider",
    description: "Move the line to another provider of the project, with a new SIM of it.",
    body: z.strictObject({
      provider: z.string().max(32),
      sim: z.string().max(64).optional().describe('"auto" (default), a SIM id or an ICCID'),
      deliveryMethod: deliveryMethod.optional(),
    }),
    result: subscriptionSchema,
    input: (body: { provider: string; sim?: string | undefined }): ActionInput => ({
      type: "providerChange",
      provider: body.provider,
      sim: body.sim,
    }),
  },
  {
    path: "portOutCredentials",
    operationId: "issuePortOutCredentials",
    summary: "Issue port-out credentials",
    description: "Issue the account number and transfer PIN the user needs to port the number out.",
    body: z.strictObject({ deliveryMethod: deliveryMethod.optional() }),
    result: credentialsSchema,
    input: (): ActionInput => ({ type: "portOutCredentials" }),
  },
] as const;

/**
 * The three sensitive actions (C1). When consent applies they answer 202 with the pending
 * consent request; otherwise the action runs at once and they answer 200 with its result.
 */
export function actionRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    for (const action of actions) {
      app.post(
        `/projects/:projectId/subscriptions/:subscriptionId/${action.path}`,
        {
          schema: {
            operationId: action.operationId,
            summary: action.summary,
            tags,
            description: action.description,
            params,
            body: action.body,
            response: { 200: action.result, 202: consentRequestSchema, ...errors(403, 409) },
          },
        },
        async (request, reply) => {
          requireRole(request.principal, "support");
          const { actor, projectId } = request.principal;
          const body = request.body as { deliveryMethod?: "email" | "sms" } & Record<string, never>;
          return answerOnce(
            deps,
            request,
            reply,
            (options) =>
              performAction(
                deps,
                actor,
                projectId,
                request.params.subscriptionId,
                { ...action.input(body as never), deliveryMethod: body.deliveryMethod },
                options,
              ),
            (result) =>
              result.kind === "consentRequest"
                ? { status: 202, body: consentRequestView(result.request, deps.clock.now()) }
                : {
                    status: 200,
                    body: result.credentials ?? subscriptionView(result.subscription),
                  },
          );
        },
      );
    }
  };
}
