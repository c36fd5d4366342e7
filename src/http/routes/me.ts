import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { AppError } from "../../errors.js";
import { findSession } from "../../services/access.js";
import type { Deps } from "../../services/deps.js";
import { sessionCookie } from "../auth.js";
import { errors } from "../schemas.js";

const meSchema = z.object({
  object: z.literal("member"),
  id: z.string(),
  email: z.string(),
  fullName: z.string(),
  projects: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      role: z.enum(["owner", "support", "viewer"]),
    }),
  ),
});

/**
 * The logged-in member and the projects they belong to, with their role in each (D1): the
 * dashboard's first call, which also tells it whether the session is still valid.
 */
export function meRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/me",
      {
        schema: {
          operationId: "getMe",
          tags: ["session"],
          summary: "The logged-in member and their projects",
          security: [{ session: [] }],
          response: { 200: meSchema, ...errors() },
        },
      },
      async (request) => {
        const sessionId = request.cookies[sessionCookie];
        const session = sessionId ? await findSession(deps, sessionId) : undefined;
        if (!session) throw new AppError("unauthenticated", "Log in to use the dashboard.");
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
          object: "member" as const,
          id: member.id,
          email: member.email,
          fullName: member.full_name,
          projects,
        };
      },
    );
  };
}
