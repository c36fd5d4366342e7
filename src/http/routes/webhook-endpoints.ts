import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Deps } from "../../services/deps.js";
import { keysetPage } from "../../services/paging.js";
import {
  attemptView,
  createEndpoint,
  deleteEndpoint,
  endpointView,
  getEndpoint,
  redeliverEvent,
  rotateEndpointSecret,
  updateEndpoint,
} from "../../webhooks/endpoints.js";
import { requireRole } from "../auth.js";
import { answerOnce } from "../idempotency.js";
import { errors, eventType, list, pageQuery, projectParams, time } from "../schemas.js";

/** W1-W3: webhook endpoints, their attempts and redelivery. Owners only (API keys act as owners). */

const tags = ["webhooks"];
const owner = { leastRole: "owner" as const };

const endpointParams = z.strictObject({
  projectId: z.string().max(64),
  endpointId: z.string().max(64),
});

const url = z
  .string()
  .max(2048)
  .describe("https (plain http only to addresses WEBHOOK_ALLOW_PRIVATE allows); public hosts only");
const eventTypes = z
  .array(eventType)
  .min(1)
  .nullable()
  .describe("The event types sent to this endpoint; null (the default) for every type.");
const description = z.string().trim().max(500).nullable();

export const webhookEndpointSchema = z.object({
  object: z.literal("webhookEndpoint"),
  id: z.string(),
  project: z.string(),
  url: z.string(),
  description: z.string().nullable(),
  eventTypes: z.array(z.string()).nullable(),
  enabled: z.boolean(),
  failingSince: time.nullable().describe("since when every delivery failed; null when healthy"),
  disabledAt: time.nullable(),
  previousSecretExpiresAt: time
    .nullable()
    .describe("until when the secret replaced by the last rotation still signs beside the new"),
  createdAt: time,
  updatedAt: time,
});

const withSecret = webhookEndpointSchema.extend({
  secret: z
    .string()
    .nullable()
    .describe(
      "The signing secret (whsec_…, Standard Webhooks); shown only in this answer (null when a retry with the same Idempotency-Key answers it again).",
    ),
});

const attemptSchema = z.object({
  object: z.literal("webhookAttempt"),
  id: z.string(),
  endpoint: z.string(),
  event: z.string(),
  attemptedAt: time,
  statusCode: z.number().int().nullable(),
  error: z.string().nullable(),
  durationMs: z.number().int(),
  response: z.string().nullable().describe("the first kilobyte of the answer"),
});

const redeliverySchema = z.object({
  object: z.literal("webhookRedelivery"),
  endpoint: z.string(),
  event: z.string(),
  queuedAt: time,
});

export function webhookEndpointRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      "/projects/:projectId/webhookEndpoints",
      {
        config: owner,
        schema: {
          tags,
          operationId: "createWebhookEndpoint",
          summary: "Create a webhook endpoint",
          description: "Answers the endpoint with its signing secret, shown only here (W1).",
          params: projectParams,
          body: z.strictObject({
            url,
            eventTypes: eventTypes.optional(),
            description: description.optional(),
          }),
          response: { 201: withSecret, ...errors(403) },
        },
      },
      async (request, reply) => {
        requireRole(request.principal, "owner");
        const { actor, projectId } = request.principal;
        return answerOnce(
          deps,
          request,
          reply,
          (options) => createEndpoint(deps, actor, projectId, request.body, options),
          ({ endpoint, secret }) => ({
            status: 201,
            body: { ...endpointView(endpoint), secret },
          }),
        );
      },
    );

    app.get(
      "/projects/:projectId/webhookEndpoints",
      {
        config: owner,
        schema: {
          tags,
          operationId: "listWebhookEndpoints",
          summary: "List webhook endpoints",
          params: projectParams,
          querystring: z.strictObject({ ...pageQuery }),
          response: { 200: list(webhookEndpointSchema), ...errors(403) },
        },
      },
      async (request) => {
        const { projectId } = request.principal;
        const query = deps.db
          .selectFrom("webhook_endpoints")
          .selectAll()
          .where("project_id", "=", projectId);
        return keysetPage(
          query,
          "id",
          request.query,
          async (id) => !!(await query.where("id", "=", id).executeTakeFirst()),
          endpointView,
        );
      },
    );

    app.get(
      "/projects/:projectId/webhookEndpoints/:endpointId",
      {
        config: owner,
        schema: {
          tags,
          operationId: "getWebhookEndpoint",
          summary: "Get a webhook endpoint",
          params: endpointParams,
          response: { 200: webhookEndpointSchema, ...errors(403) },
        },
      },
      async (request) =>
        endpointView(
          await getEndpoint(deps.db, request.principal.projectId, request.params.endpointId),
        ),
    );

    app.patch(
      "/projects/:projectId/webhookEndpoints/:endpointId",
      {
        config: owner,
        schema: {
          tags,
          operationId: "updateWebhookEndpoint",
          summary: "Change a webhook endpoint",
          description:
            "Change its URL, event types or description, or disable and enable it. An endpoint enabled again receives the events that happen from then on (W4).",
          params: endpointParams,
          body: z.strictObject({
            url: url.optional(),
            eventTypes: eventTypes.optional(),
            description: description.optional(),
            enabled: z.boolean().optional(),
          }),
          response: { 200: webhookEndpointSchema, ...errors(403) },
        },
      },
      async (request) => {
        const { actor, projectId } = request.principal;
        return endpointView(
          await updateEndpoint(deps, actor, projectId, request.params.endpointId, request.body),
        );
      },
    );

    app.post(
      "/projects/:projectId/webhookEndpoints/:endpointId/rotateSecret",
      {
        config: owner,
        schema: {
          tags,
          operationId: "rotateWebhookEndpointSecret",
          summary: "Rotate a webhook endpoint's secret",
          description:
            "Answers the new secret, shown only here. For 24 hours the previous secret signs every message beside the new one, so the receiver can switch without losing any.",
          params: endpointParams,
          response: { 200: withSecret, ...errors(403) },
        },
      },
      async (request, reply) => {
        const { actor, projectId } = request.principal;
        return answerOnce(
          deps,
          request,
          reply,
          (options) =>
            rotateEndpointSecret(deps, actor, projectId, request.params.endpointId, options),
          ({ endpoint, secret }) => ({
            status: 200,
            body: { ...endpointView(endpoint), secret },
          }),
        );
      },
    );

    app.delete(
      "/projects/:projectId/webhookEndpoints/:endpointId",
      {
        config: owner,
        schema: {
          tags,
          operationId: "deleteWebhookEndpoint",
          summary: "Delete a webhook endpoint",
          description: "Answers the endpoint as it was; nothing more is sent to it.",
          params: endpointParams,
          response: { 200: webhookEndpointSchema, ...errors(403) },
        },
      },
      async (request) => {
        const { actor, projectId } = request.principal;
        return endpointView(
          await deleteEndpoint(deps, actor, projectId, request.params.endpointId),
        );
      },
    );

    app.get(
      "/projects/:projectId/webhookEndpoints/:endpointId/attempts",
      {
        config: owner,
        schema: {
          tags,
          operationId: "listWebhookAttempts",
          summary: "List an endpoint's delivery attempts",
          description:
            "Every attempt to deliver an event to the endpoint, newest first: its status code or error, duration and the first kilobyte of the answer (W3).",
          params: endpointParams,
          querystring: z.strictObject({ ...pageQuery, event: z.string().max(64).optional() }),
          response: { 200: list(attemptSchema), ...errors(403) },
        },
      },
      async (request) => {
        const { projectId } = request.principal;
        const { endpointId } = request.params;
        await getEndpoint(deps.db, projectId, endpointId);
        const base = deps.db
          .selectFrom("webhook_attempts")
          .selectAll()
          .where("project_id", "=", projectId)
          .where("endpoint_id", "=", endpointId);
        const query = request.query.event ? base.where("event_id", "=", request.query.event) : base;
        return keysetPage(
          query,
          "id",
          request.query,
          async (id) => !!(await base.where("id", "=", id).executeTakeFirst()),
          attemptView,
        );
      },
    );

    app.post(
      "/projects/:projectId/webhookEndpoints/:endpointId/events/:eventId/redeliver",
      {
        config: owner,
        schema: {
          tags,
          operationId: "redeliverWebhookEvent",
          summary: "Send an event to an endpoint again",
          description:
            "Queues the event for the endpoint once more, with the same webhook-id, whatever the endpoint's event types (W3).",
          params: z.strictObject({
            projectId: z.string().max(64),
            endpointId: z.string().max(64),
            eventId: z.string().max(64),
          }),
          response: { 202: redeliverySchema, ...errors(403, 409) },
        },
      },
      async (request, reply) => {
        const { projectId } = request.principal;
        const { endpointId, eventId } = request.params;
        return answerOnce(
          deps,
          request,
          reply,
          (options) => redeliverEvent(deps, projectId, endpointId, eventId, options),
          (queued) => ({
            status: 202,
            body: { object: "webhookRedelivery" as const, ...queued },
          }),
        );
      },
    );
  };
}
