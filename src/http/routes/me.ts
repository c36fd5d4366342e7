import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { AppError } from "../../errors.js";
import { findSession } from "../../services/access.js";
import type { Deps } from "../../services/deps.js";
import { roles } from "../../services/roles.js";
import { authenticateApiKey, requireRole, sessionCookie } from "../auth.js";
import { errors } from "../schemas.js";

const callerSchema = z.object({
  object: z.literal("caller"),
  type: z.enum(["member", "apiKey"]),
  id: z.string(),
  email: z.string().nullable().describe("the member's login; null for an API key"),
  name: z.string().describe("the member's name, or the API key's"),
  projects: z
    .array(z.object({ id: z.string(), name: z.string(), role: z.enum(roles) }))
    .describe("the projects the caller may use, with its role in each"),
});

/**
 * Who is calling and on which projects, with which role (D1): the dashboard's first call, which
 * also tells it whether the session is still valid. An API key belongs to one project.
 */
export function meRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/me",
      {
        schema: {
          operationId: "getMe",
          tags: ["session"],
          summary: "The caller and its projects",
          querystring: z.strictObject({}),
          response: { 200: callerSchema, ...errors() },
        },
      },
      async (request) => {
        if (request.headers.authorization !== undefined) {
          const key = await authenticateApiKey(deps, request);
          // A simSwapCheck key may only ask the CAMARA SIM swap API (S3), this included.
          requireRole(key, "viewer");
          const row = await deps.db
            .selectFrom("api_keys")
            .innerJoin("projects", "projects.id", "api_keys.project_id")
            .select(["api_keys.name as keyName", "projects.name as projectName"])
            .where("api_keys.id", "=", key.actor.id ?? "")
            .executeTakeFirstOrThrow();
          return {
            object: "caller" as const,
            type: "apiKey" as const,
            id: key.actor.id ?? "",
            email: null,
            name: row.keyName,
            projects: [{ id: key.projectId, name: row.projectName, role: key.role }],
          };
        }
        const sessionId = request.cookies[sessionCookie];
        const session = sessionId ? await findSession(deps, sessionId) : undefined;
        if (!session) {
          throw new AppError(
            "unauthenticated",
            "Send an API key as `Authorization: Bearer <key>` or log in.",
          );
        }
        const member = await deps.db
          .selectFrom("members")
          .select(["id", "email", "full_name"])
          .where("id", "=", session.memberId)
          .executeTakeFirstOrThrow();
        const projects = await deps.db
          .selectFrom("memberships")
          .innerJoin("projects", "projects.id", "memberships.project_id")
          .select(["projects.id", "projects.name", "memberships.role"])
          .where("memberships.member_id", "=", session.memberId)
          .orderBy("projects.name")
          .execute();
        return {
          object: "caller" as const,
          type: "member" as const,
          id: member.id,
          email: member.email,
          name: member.full_name,
          projects,
        };
      },
    );
  };
}
