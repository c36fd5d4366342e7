import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { consentStatuses } from "../../domain/consent-rules.js";
import { AppError } from "../../errors.js";
import {
  cancelConsentRequest,
  followUpConsentRequest,
  getConsentRequest,
  resendConsentRequest,
} from "../../services/consent-requests.js";
import type { Deps } from "../../services/deps.js";
import { keysetPage } from "../../services/paging.js";
import { consentRequestView } from "../../services/views.js";
import { requireRole } from "../auth.js";
import { answerOnce } from "../idempotency.js";
import {
  consentRequestSchema,
  consentType,
  credentialsSchema,
  deliveryMethod,
  errors,
  idParams,
  list,
  pageQuery,
  projectParams,
} from "../schemas.js";

const tags = ["consentRequests"];
const params = idParams("consentRequestId");

export function consentRequestRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/projects/:projectId/consentRequests",
      {
        schema: {
          operationId: "listConsentRequests",
          summary: "List consent requests",
          tags,
          params: projectParams,
          querystring: z.strictObject({
            ...pageQuery,
            status: z.enum(consentStatuses).optional(),
            type: consentType.optional(),
            subscription: z.string().max(64).optional(),
            user: z.string().max(64).optional(),
            deliveryMethod: deliveryMethod.optional(),
          }),
          response: { 200: list(consentRequestSchema), ...errors() },
        },
      },
      async (request) => {
        const { projectId } = request.principal;
        const { status, type, subscription, user, deliveryMethod: method } = request.query;
        const now = deps.clock.now();
        const base = deps.db
          .selectFrom("consent_requests")
          .selectAll()
          .where("project_id", "=", projectId);
        let query = base;
        // Filter by the status a client sees: a pending request past its validity is expired (C3).
        if (status === "pending") {
          query = query.where("status", "=", "pending").where("expires_at", ">", now);
        } else if (status === "expired") {
          query = query.where((eb) =>
            eb.or([
              eb("status", "=", "expired"),
              eb.and([eb("status", "=", "pending"), eb("expires_at", "<=", now)]),
            ]),
          );
        } else if (status) {
          query = query.where("status", "=", status);
        }
        if (type) query = query.where("type", "=", type);
        if (subscription) query = query.where("subscription_id", "=", subscription);
        if (user) query = query.where("user_id", "=", user);
        if (method) query = query.where("delivery_method", "=", method);
        return keysetPage(
          query,
          "id",
          request.query,
          async (id) => !!(await base.where("id", "=", id).executeTakeFirst()),
          (row) => consentRequestView(row, now),
        );
      },
    );

    app.get(
      "/projects/:projectId/consentRequests/:consentRequestId",
      {
        schema: {
          operationId: "getConsentRequest",
          summary: "Get a consent request",
          tags,
          params,
          response: { 200: consentRequestSchema, ...errors() },
        },
      },
      async (request) =>
        consentRequestView(
          await getConsentRequest(
            deps.db,
            request.principal.projectId,
            request.params.consentRequestId,
          ),
          deps.clock.now(),
        ),
    );

    app.post(
      "/projects/:projectId/consentRequests/:consentRequestId/cancel",
      {
        schema: {
          operationId: "cancelConsentRequest",
          summary: "Cancel a consent request",
          tags,
          description: "Cancel a pending or approved request (C5); its link stops working.",
          params,
          response: { 200: consentRequestSchema, ...errors(403, 409) },
        },
      },
      async (request, reply) => {
        requireRole(request.principal, "support");
        const { actor, projectId } = request.principal;
        return answerOnce(
          deps,
          request,
          reply,
          (options) =>
            cancelConsentRequest(deps, actor, projectId, request.params.consentRequestId, options),
          (row) => ({ status: 200, body: consentRequestView(row, deps.clock.now()) }),
        );
      },
    );

    app.post(
      "/projects/:projectId/consentRequests/:consentRequestId/resend",
      {
        schema: {
          operationId: "resendConsentRequest",
          summary: "Send a consent request again",
          tags,
          description:
            "Send the request again as a new request with a new link (C6), possibly by another delivery method.",
          params,
          body: z.strictObject({ deliveryMethod: deliveryMethod.optional() }).nullish(),
          response: { 201: consentRequestSchema, ...errors(403, 409) },
        },
      },
      async (request, reply) => {
        requireRole(request.principal, "support");
        const { actor, projectId } = request.principal;
        return answerOnce(
          deps,
          request,
          reply,
          (options) =>
            resendConsentRequest(
              deps,
              actor,
              projectId,
              request.params.consentRequestId,
              request.body ?? {},
              options,
            ),
          ({ request: row }) => ({ status: 201, body: consentRequestView(row, deps.clock.now()) }),
        );
      },
    );

    app.post(
      "/projects/:projectId/consentRequests/:consentRequestId/fulfill",
      {
        schema: {
          operationId: "fulfillConsentRequest",
          summary: "Carry out an approved port-out",
          tags,
          description:
            "Follow up an approved request (C8): carry it out, or retry a failed fulfilment (C7). For port-out, the credentials are in this answer only.",
          params,
          response: {
            200: consentRequestSchema.extend({ credentials: credentialsSchema.nullable() }),
            ...errors(403, 409),
          },
        },
      },
      async (request, reply) => {
        requireRole(request.principal, "support");
        const { actor, projectId } = request.principal;
        return answerOnce(
          deps,
          request,
          reply,
          (options) =>
            followUpConsentRequest(
              deps,
              actor,
              projectId,
              request.params.consentRequestId,
              options,
            ),
          ({ request: row, outcome }) => {
            // The failure is recorded on the request (C7): it is the answer, stored with it.
            if (!outcome.ok)
              throw new AppError("fulfillmentFailed", outcome.message, [
                { path: outcome.code, message: outcome.message },
              ]);
            return {
              status: 200,
              body: {
                ...consentRequestView(row, deps.clock.now()),
                credentials: outcome.credentials,
              },
            };
          },
        );
      },
    );
  };
}
