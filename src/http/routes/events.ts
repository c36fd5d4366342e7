import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Deps } from "../../services/deps.js";
import { keysetPage } from "../../services/paging.js";
import { eventView } from "../../services/views.js";
import { errors, eventSchema, eventType, list, pageQuery, projectParams } from "../schemas.js";

export function eventRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/projects/:projectId/events",
      {
        schema: {
          operationId: "listEvents",
          summary: "List events",
          tags: ["events"],
          description: "Every event of the project, newest first (E1).",
          params: projectParams,
          querystring: z.strictObject({
            ...pageQuery,
            type: eventType.optional(),
            subject: z.string().max(64).optional(),
          }),
          response: { 200: list(eventSchema), ...errors() },
        },
      },
      async (request) => {
        const { projectId } = request.principal;
        const { type, subject } = request.query;
        const base = deps.db.selectFrom("events").selectAll().where("project_id", "=", projectId);
        let query = base;
        if (type) query = query.where("type", "=", type);
        if (subject) query = query.where("subject", "=", subject);
        return keysetPage(
          query,
          "id",
          request.query,
          async (id) => !!(await base.where("id", "=", id).executeTakeFirst()),
          eventView,
        );
      },
    );
  };
}
