import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { apiKeyView, createApiKey, listApiKeys, revokeApiKey } from "../../services/api-keys.js";
import type { Deps } from "../../services/deps.js";
import { roles } from "../../services/roles.js";
import { requireRole } from "../auth.js";
import { answerOnce } from "../idempotency.js";
import {
  errors,
  idParams,
  list,
  nullableTime,
  pageQuery,
  projectParams,
  time,
} from "../schemas.js";

const tags = ["apiKeys"];

export const apiKeySchema = z.object({
  object: z.literal("apiKey"),
  id: z.string(),
  project: z.string(),
  name: z.string(),
  role: z.enum(roles),
  prefix: z.string().describe("The first characters of the key, to tell keys apart"),
  createdAt: time,
  lastUsedAt: nullableTime.describe("Refreshed at most once a minute"),
  expiresAt: nullableTime,
  revokedAt: nullableTime,
});

const newApiKey = z.strictObject({
  name: z.string().trim().min(1).max(100),
  role: z
    .enum(roles)
    .default("support")
    .describe("simSwapCheck keys may only ask the CAMARA SIM swap API"),
  expiresAt: z.iso
    .datetime({ offset: true })
    .nullable()
    .optional()
    .describe("ISO 8601, in the future; null or absent for a key that does not expire"),
});

/** API keys (T3): owners make, list and revoke them; the secret is shown once, at creation. */
export function apiKeyRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      "/projects/:projectId/apiKeys",
      {
        config: { leastRole: "owner" },
        schema: {
          operationId: "createApiKey",
          summary: "Create an API key",
          tags,
          description: "Make an API key. The key is in this answer only. Owners only.",
          params: projectParams,
          body: newApiKey,
          response: {
            201: apiKeySchema.extend({
              key: z
                .string()
                .nullable()
                .describe(
                  "The key, in this answer only (null when a retry with the same Idempotency-Key answers it again)",
                ),
            }),
            ...errors(403),
          },
        },
      },
      async (request, reply) => {
        requireRole(request.principal, "owner");
        const { actor, projectId } = request.principal;
        const { name, role, expiresAt } = request.body;
        const input = {
          name,
          role,
          expiresAt: expiresAt == null ? undefined : Date.parse(expiresAt),
        };
        return answerOnce(
          deps,
          request,
          reply,
          (options) => createApiKey(deps, actor, projectId, input, options),
          (made) => ({ status: 201, body: { ...apiKeyView(made.row), key: made.secret } }),
        );
      },
    );

    app.get(
      "/projects/:projectId/apiKeys",
      {
        config: { leastRole: "owner" },
        schema: {
          operationId: "listApiKeys",
          summary: "List API keys",
          tags,
          description: "The project's API keys, revoked and expired ones too. Owners only.",
          params: projectParams,
          querystring: z.strictObject({ ...pageQuery }),
          response: { 200: list(apiKeySchema), ...errors(403) },
        },
      },
      async (request) => {
        requireRole(request.principal, "owner");
        return listApiKeys(deps.db, request.principal.projectId, request.query);
      },
    );

    app.post(
      "/projects/:projectId/apiKeys/:apiKeyId/revoke",
      {
        config: { leastRole: "owner" },
        schema: {
          operationId: "revokeApiKey",
          summary: "Revoke an API key",
          tags,
          description:
            "Revoke an API key: it is refused at once here and within 5 seconds everywhere. Owners only.",
          params: idParams("apiKeyId"),
          response: { 200: apiKeySchema, ...errors(403) },
        },
      },
      async (request, reply) => {
        requireRole(request.principal, "owner");
        const { actor, projectId } = request.principal;
        return answerOnce(
          deps,
          request,
          reply,
          (options) => revokeApiKey(deps, actor, projectId, request.params.apiKeyId, options),
          (row) => ({ status: 200, body: apiKeyView(row) }),
        );
      },
    );
  };
}
