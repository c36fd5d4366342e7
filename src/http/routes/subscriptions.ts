import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { type ExpressionBuilder, sql } from "kysely";
import { z } from "zod";
import type { Database } from "../../db/tables.js";
import type { Deps } from "../../services/deps.js";
import { createSubscription, endSubscription, getSubscription } from "../../services/inventory.js";
import { keysetPage } from "../../services/paging.js";
import { subscriptionView } from "../../services/views.js";
import { requireRole } from "../auth.js";
import { answerOnce } from "../idempotency.js";
import {
  errors,
  idParams,
  list,
  pageQuery,
  phoneNumber,
  projectParams,
  subscriptionSchema,
} from "../schemas.js";

const tags = ["subscriptions"];

/** `like` with the text taken literally: its own wildcards are escaped. */
function containing(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The dashboard's search (D2): lines whose number contains the digits typed, or whose user's
 * name or email contains the text, case-insensitively on both databases.
 */
function matchingLines(projectId: string, q: string) {
  const pattern = containing(q);
  const digits = q.replace(/[^\d]/g, "");
  return (eb: ExpressionBuilder<Database, "subscriptions">) =>
    eb.or([
      ...(digits ? [eb("phone_number", "like", `%${digits}%`)] : []),
      eb(
        "user_id",
        "in",
        eb
          .selectFrom("users")
          .select("users.id")
          .where("users.project_id", "=", projectId)
          .where((inner) =>
            inner.or([
              inner(sql`lower(users.full_name)`, "like", sql`${pattern} escape '\\'`),
              inner(sql`lower(coalesce(users.email, ''))`, "like", sql`${pattern} escape '\\'`),
            ]),
          ),
      ),
    ]);
}

export function subscriptionRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      "/projects/:projectId/subscriptions",
      {
        schema: {
          operationId: "createSubscription",
          summary: "Create a subscription",
          tags,
          description:
            "Create a line; it starts active and its SIM becomes active. 409 `duplicate` when an active line has the number; 409 `numberRecentlyReleased` when the number left another line less than the project's `contactChangeHoldSeconds` ago (24 h without consent settings), unless an owner asks (recorded in `subscription.created`).",
          params: projectParams,
          body: z.strictObject({
            user: z.string().max(64),
            phoneNumber,
            provider: z.string().max(32),
            sim: z.string().max(64).describe("SIM id or ICCID"),
            plan: z.string().max(200).nullable().optional(),
          }),
          response: { 201: subscriptionSchema, ...errors(403, 409) },
        },
      },
      async (request, reply) => {
        requireRole(request.principal, "support");
        const { actor, projectId, role } = request.principal;
        return answerOnce(
          deps,
          request,
          reply,
          (options) =>
            createSubscription(deps, actor, projectId, request.body, { ...options, role }),
          (subscription) => ({ status: 201, body: subscriptionView(subscription) }),
        );
      },
    );

    app.get(
      "/projects/:projectId/subscriptions",
      {
        schema: {
          operationId: "listSubscriptions",
          summary: "List subscriptions",
          tags,
          params: projectParams,
          querystring: z.strictObject({
            ...pageQuery,
            user: z.string().max(64).optional(),
            status: z.enum(["active", "ended"]).optional(),
            phoneNumber: phoneNumber.optional(),
            q: z
              .string()
              .trim()
              .max(100)
              .optional()
              .describe("part of the phone number, or of the user's name or email"),
            flagged: z
              .enum(["true", "false"])
              .optional()
              .describe("F2: lines whose subscriber declined a request, until an owner clears it"),
          }),
          response: { 200: list(subscriptionSchema), ...errors() },
        },
      },
      async (request) => {
        const { projectId } = request.principal;
        const { user, status, phoneNumber: phone, q } = request.query;
        const base = deps.db
          .selectFrom("subscriptions")
          .selectAll()
          .where("project_id", "=", projectId);
        let query = base;
        if (user) query = query.where("user_id", "=", user);
        if (status) query = query.where("status", "=", status);
        if (phone) query = query.where("phone_number", "=", phone);
        if (q) query = query.where(matchingLines(projectId, q));
        if (request.query.flagged) {
          query = query.where(
            "flagged_at",
            request.query.flagged === "true" ? "is not" : "is",
            null,
          );
        }
        return keysetPage(
          query,
          "id",
          request.query,
          async (id) => !!(await base.where("id", "=", id).executeTakeFirst()),
          subscriptionView,
        );
      },
    );

    app.get(
      "/projects/:projectId/subscriptions/:subscriptionId",
      {
        schema: {
          operationId: "getSubscription",
          summary: "Get a subscription",
          tags,
          params: idParams("subscriptionId"),
          response: { 200: subscriptionSchema, ...errors() },
        },
      },
      async (request) =>
        subscriptionView(
          await getSubscription(
            deps.db,
            request.principal.projectId,
            request.params.subscriptionId,
          ),
        ),
    );

    app.post(
      "/projects/:projectId/subscriptions/:subscriptionId/end",
      {
        schema: {
          operationId: "endSubscription",
          summary: "End a subscription",
          tags,
          description:
            "End the line; its pending and approved consent requests are canceled (C7). A locked line answers 409 `lineLocked` until its locks are removed (F1).",
          params: idParams("subscriptionId"),
          response: { 200: subscriptionSchema, ...errors(403, 409) },
        },
      },
      async (request, reply) => {
        requireRole(request.principal, "support");
        const { actor, projectId } = request.principal;
        return answerOnce(
          deps,
          request,
          reply,
          (options) =>
            endSubscription(deps, actor, projectId, request.params.subscriptionId, options),
          (subscription) => ({ status: 200, body: subscriptionView(subscription) }),
        );
      },
    );
  };
}
