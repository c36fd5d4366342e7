import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  addMember,
  changeMemberRole,
  listMembers,
  memberView,
  removeMember,
} from "../../services/access.js";
import type { Deps } from "../../services/deps.js";
import { memberRoles } from "../../services/roles.js";
import { requireRole } from "../auth.js";
import { answerOnce } from "../idempotency.js";
import { email, errors, idParams, list, pageQuery, projectParams, time } from "../schemas.js";

const tags = ["members"];

export const memberSchema = z.object({
  object: z.literal("member"),
  id: z.string(),
  project: z.string(),
  email: z.string(),
  fullName: z.string(),
  role: z.enum(memberRoles),
  createdAt: time.describe("When the person became a member of this project"),
});

const role = z.enum(memberRoles);

/** Members (T3): owners add people, change their roles and remove them; one owner always stays. */
export function memberRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/projects/:projectId/members",
      {
        config: { leastRole: "owner" },
        schema: {
          operationId: "listMembers",
          summary: "List members",
          tags,
          description: "The project's members. Owners only.",
          params: projectParams,
          querystring: z.strictObject({ ...pageQuery }),
          response: { 200: list(memberSchema), ...errors(403) },
        },
      },
      async (request) => {
        requireRole(request.principal, "owner");
        return listMembers(deps.db, request.principal.projectId, request.query);
      },
    );

    app.post(
      "/projects/:projectId/members",
      {
        config: { leastRole: "owner" },
        schema: {
          operationId: "addMember",
          summary: "Add a member",
          tags,
          description:
            "Add a person to the project. A new person gets a one-time password, in this answer only; a member of other projects keeps theirs (`password` is null). Owners only.",
          params: projectParams,
          body: z.strictObject({
            email,
            role,
            fullName: z.string().trim().min(1).max(200).optional(),
          }),
          response: {
            201: memberSchema.extend({
              password: z
                .string()
                .nullable()
                .describe(
                  "A new login's one-time password, in this answer only; null for a person who already had a login, and when a retry with the same Idempotency-Key answers it again",
                ),
            }),
            ...errors(403, 409),
          },
        },
      },
      async (request, reply) => {
        requireRole(request.principal, "owner");
        const { actor, projectId } = request.principal;
        return answerOnce(
          deps,
          request,
          reply,
          (options) => addMember(deps, actor, projectId, request.body, options),
          (added) => ({ status: 201, body: { ...memberView(added), password: added.password } }),
        );
      },
    );

    app.patch(
      "/projects/:projectId/members/:memberId",
      {
        config: { leastRole: "owner" },
        schema: {
          operationId: "updateMember",
          summary: "Change a member's role",
          tags,
          description:
            "Change a member's role; the last owner cannot stop being one (409 lastOwner). Owners only.",
          params: idParams("memberId"),
          body: z.strictObject({ role }),
          response: { 200: memberSchema, ...errors(403, 409) },
        },
      },
      async (request) => {
        requireRole(request.principal, "owner");
        const { actor, projectId } = request.principal;
        return memberView(
          await changeMemberRole(
            deps,
            actor,
            projectId,
            request.params.memberId,
            request.body.role,
          ),
        );
      },
    );

    app.post(
      "/projects/:projectId/members/:memberId/remove",
      {
        config: { leastRole: "owner" },
        schema: {
          operationId: "removeMember",
          summary: "Remove a member",
          tags,
          description:
            "Remove a member from the project; their sessions end at once. The last owner cannot be removed (409 lastOwner). Owners only.",
          params: idParams("memberId"),
          response: { 200: memberSchema, ...errors(403, 409) },
        },
      },
      async (request, reply) => {
        requireRole(request.principal, "owner");
        const { actor, projectId } = request.principal;
        return answerOnce(
          deps,
          request,
          reply,
          (options) => removeMember(deps, actor, projectId, request.params.memberId, options),
          (removed) => ({ status: 200, body: memberView(removed) }),
        );
      },
    );
  };
}
