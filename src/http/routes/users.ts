import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Deps } from "../../services/deps.js";
import { createUser, getUser, updateUser } from "../../services/inventory.js";
import { keysetPage } from "../../services/paging.js";
import { userView } from "../../services/views.js";
import { requireRole } from "../auth.js";
import { answerOnce } from "../idempotency.js";
import {
  email,
  errors,
  idParams,
  list,
  locale,
  pageQuery,
  projectParams,
  userSchema,
} from "../schemas.js";

const tags = ["users"];
const newUser = z.strictObject({
  fullName: z.string().trim().min(1).max(200),
  email: email.nullable().optional(),
  preferredLocale: locale.optional(),
});

export function userRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      "/projects/:projectId/users",
      {
        schema: {
          operationId: "createUser",
          summary: "Create a user",
          tags,
          params: projectParams,
          body: newUser,
          response: { 201: userSchema, ...errors(403) },
        },
      },
      async (request, reply) => {
        requireRole(request.principal, "support");
        const { actor, projectId } = request.principal;
        return answerOnce(
          deps,
          request,
          reply,
          (options) => createUser(deps, actor, projectId, request.body, options),
          (user) => ({ status: 201, body: userView(user) }),
        );
      },
    );

    app.get(
      "/projects/:projectId/users",
      {
        schema: {
          operationId: "listUsers",
          summary: "List users",
          tags,
          params: projectParams,
          querystring: z.strictObject({ ...pageQuery }),
          response: { 200: list(userSchema), ...errors() },
        },
      },
      async (request) => {
        const { projectId } = request.principal;
        const query = deps.db.selectFrom("users").selectAll().where("project_id", "=", projectId);
        return keysetPage(
          query,
          "id",
          request.query,
          async (id) => !!(await query.where("id", "=", id).executeTakeFirst()),
          userView,
        );
      },
    );

    app.get(
      "/projects/:projectId/users/:userId",
      {
        schema: {
          operationId: "getUser",
          summary: "Get a user",
          tags,
          params: idParams("userId"),
          response: { 200: userSchema, ...errors() },
        },
      },
      async (request) =>
        userView(await getUser(deps.db, request.principal.projectId, request.params.userId)),
    );

    app.patch(
      "/projects/:projectId/users/:userId",
      {
        schema: {
          operationId: "updateUser",
          summary: "Change a user",
          tags,
          params: idParams("userId"),
          body: newUser.partial(),
          response: { 200: userSchema, ...errors(403) },
        },
      },
      async (request) => {
        requireRole(request.principal, "support");
        const { actor, projectId } = request.principal;
        return userView(
          await updateUser(deps, actor, projectId, request.params.userId, request.body),
        );
      },
    );
  };
}
