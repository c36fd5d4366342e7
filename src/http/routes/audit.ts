import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { verifyAuditChain } from "../../services/audit-chain.js";
import type { Deps } from "../../services/deps.js";
import { errors, projectParams } from "../schemas.js";

const verificationSchema = z.object({
  object: z.literal("auditVerification"),
  project: z.string(),
  valid: z.boolean(),
  checkedEvents: z.number(),
  unsealedEvents: z.number().describe("written but not sealed yet; sealing runs within seconds"),
  firstBadEvent: z
    .object({ id: z.string().nullable(), seq: z.number(), reason: z.string() })
    .nullable(),
});

/** F6: recompute the project's audit hash chain. */
export function auditRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/projects/:projectId/auditVerification",
      {
        schema: {
          operationId: "verifyAuditChain",
          summary: "Verify the audit chain",
          tags: ["events"],
          description:
            "Recompute the project's event hash chain (F6) and name the first event that does not match.",
          params: projectParams,
          response: { 200: verificationSchema, ...errors() },
        },
      },
      async (request) => verifyAuditChain(deps.db, request.principal.projectId),
    );
  };
}
