import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Deps } from "../../services/deps.js";
import { createSim, getSim } from "../../services/inventory.js";
import { keysetPage } from "../../services/paging.js";
import { simView } from "../../services/views.js";
import { requireRole } from "../auth.js";
import { answerOnce } from "../idempotency.js";
import { errors, iccid, idParams, list, pageQuery, projectParams, simSchema } from "../schemas.js";

const tags = ["sims"];

export function simRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      "/projects/:projectId/sims",
      {
        schema: {
          operationId: "createSim",
          summary: "Add a SIM to the inventory",
          tags,
          description: "Add a SIM to the inventory; it enters as available.",
          params: projectParams,
          body: z.strictObject({
            iccid,
            type: z.enum(["eSIM", "pSIM"]),
            provider: z.string().max(32),
          }),
          response: { 201: simSchema, ...errors(403, 409) },
        },
      },
      async (request, reply) => {
        requireRole(request.principal, "support");
        const { actor, projectId } = request.principal;
        return answerOnce(
          deps,
          request,
          reply,
          (options) => createSim(deps, actor, projectId, request.body, options),
          (sim) => ({ status: 201, body: simView(sim) }),
        );
      },
    );

    app.get(
      "/projects/:projectId/sims",
      {
        schema: {
          operationId: "listSims",
          summary: "List SIMs",
          tags,
          params: projectParams,
          querystring: z.strictObject({
            ...pageQuery,
            status: z.enum(["available", "active", "retired"]).optional(),
            provider: z.string().max(32).optional(),
          }),
          response: { 200: list(simSchema), ...errors() },
        },
      },
      async (request) => {
        const { projectId } = request.principal;
        const { status, provider } = request.query;
        const base = deps.db.selectFrom("sims").selectAll().where("project_id", "=", projectId);
        let query = base;
        if (status) query = query.where("status", "=", status);
        if (provider) query = query.where("provider", "=", provider);
        return keysetPage(
          query,
          "id",
          request.query,
          async (id) => !!(await base.where("id", "=", id).executeTakeFirst()),
          simView,
        );
      },
    );

    app.get(
      "/projects/:projectId/sims/:simId",
      {
        schema: {
          operationId: "getSim",
          summary: "Get a SIM",
          tags,
          params: idParams("simId"),
          response: { 200: simSchema, ...errors() },
        },
      },
      async (request) =>
        simView(await getSim(deps.db, request.principal.projectId, request.params.simId)),
    );
  };
}
