import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { maxPortOutPinTtlSeconds } from "../../domain/consent-rules.js";
import type { Deps } from "../../services/deps.js";
import { getProject, minRetentionDays, updateProjectSettings } from "../../services/projects.js";
import { projectView } from "../../services/views.js";
import { requireRole } from "../auth.js";
import { consentSettings, errors, projectParams, projectSchema } from "../schemas.js";

const tags = ["projects"];

const projectPatch = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  providers: z
    .array(z.string().regex(/^[a-z0-9][a-z0-9_-]{0,31}$/, "must be a short lowercase id"))
    .min(1)
    .refine((p) => new Set(p).size === p.length, "must not repeat a provider")
    .optional(),
  emailEnabled: z.boolean().optional(),
  smsEnabled: z.boolean().optional(),
  consent: consentSettings.nullable().optional(),
  portOutPinTtlSeconds: z.number().int().min(60).max(maxPortOutPinTtlSeconds).optional(),
  retentionDays: z.number().int().min(minRetentionDays).max(36500).optional(),
});

export function projectRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/projects/:projectId",
      {
        schema: {
          operationId: "getProject",
          summary: "Get the project",
          tags,
          params: projectParams,
          response: { 200: projectSchema, ...errors() },
        },
      },
      async (request) => projectView(await getProject(deps.db, request.principal.projectId)),
    );

    app.patch(
      "/projects/:projectId",
      {
        config: { leastRole: "owner" },
        schema: {
          operationId: "updateProject",
          summary: "Change the project's settings",
          tags,
          description: "Change the project's settings, including consent (C2). Owners only.",
          params: projectParams,
          body: projectPatch,
          response: { 200: projectSchema, ...errors(403) },
        },
      },
      async (request) => {
        requireRole(request.principal, "owner");
        return projectView(
          await updateProjectSettings(
            deps,
            request.principal.actor,
            request.principal.projectId,
            request.body,
          ),
        );
      },
    );
  };
}
