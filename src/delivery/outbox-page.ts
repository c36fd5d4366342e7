import type { FastifyReply, FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { AppError } from "../errors.js";
import { authenticate, requireRole, sessionCookie } from "../http/auth.js";
import { errors, list, pageQuery, projectParams } from "../http/schemas.js";
import { findSession, logIn } from "../services/access.js";
import type { Deps } from "../services/deps.js";
import { channelCarriers } from "./channels.js";
import {
  getOutboxMessage,
  keptChannels,
  listOutboxMessages,
  type OutboxMessage,
  outboxMessageView,
} from "./outbox.js";
import { outboxLoginHtml, outboxPageHtml } from "./outbox-html.js";
import { deliverySettings } from "./settings.js";

const outboxMessageSchema = z.object({
  object: z.literal("outboxMessage"),
  id: z.string(),
  project: z.string(),
  channel: z.enum(["email", "sms"]),
  recipient: z.string(),
  subject: z.string().nullable(),
  text: z.string(),
  link: z.string().nullable(),
  consentRequest: z.string().nullable(),
  createdAt: z.string(),
});

/**
 * The Outbox holds live consent links: the page and the API show it only to owners (T2), never
 * to support members — who ask for the actions and must not be able to approve them — nor to
 * the public, and the page is kept out of caches, frames and referrers.
 */
function pageHeaders(reply: FastifyReply): FastifyReply {
  return reply
    .header("content-type", "text/html; charset=utf-8")
    .header("cache-control", "no-store")
    .header("referrer-policy", "no-referrer")
    .header("x-frame-options", "DENY")
    .header("x-content-type-options", "nosniff")
    .header(
      "content-security-policy",
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    );
}

/** The projects whose Outbox the logged-in member may read, or null without a session. */
async function memberProjects(deps: Deps, request: FastifyRequest): Promise<string[] | null> {
  const sessionId = request.cookies[sessionCookie];
  const session = sessionId ? await findSession(deps, sessionId) : undefined;
  if (!session) return null;
  const rows = await deps.db
    .selectFrom("memberships")
    .select("project_id")
    .where("member_id", "=", session.memberId)
    .where("role", "=", "owner")
    .execute();
  return rows.map((row) => row.project_id);
}

/** The Outbox (D7): messages kept instead of sent when no real transport is configured. */
export function outboxRoutes(deps: Deps, env: NodeJS.ProcessEnv): FastifyPluginAsyncZod {
  const settings = deliverySettings(env);
  const kept = keptChannels(settings);
  const carriers = channelCarriers(settings);
  const secure = deps.publicUrl.startsWith("https://");
  return async (app) => {
    app.get(
      "/api/projects/:projectId/outbox",
      {
        schema: {
          operationId: "listOutboxMessages",
          summary: "List Outbox messages",
          tags: ["outbox"],
          description:
            "Messages kept instead of sent when no real transport is configured (or OUTBOX=1), newest first. Owners only: they hold live consent links.",
          params: projectParams,
          querystring: z.strictObject(pageQuery),
          response: { 200: list(outboxMessageSchema), ...errors(403) },
        },
        onRequest: async (request) => {
          const { projectId } = request.params as { projectId: string };
          requireRole(await authenticate(deps, request, projectId), "owner");
        },
      },
      async (request) =>
        listOutboxMessages(
          deps.db,
          deps.sealer,
          [request.params.projectId],
          kept,
          request.query,
          outboxMessageView,
        ),
    );

    app.get(
      "/outbox",
      {
        schema: {
          hide: true,
          querystring: z.object({ after: z.string().max(64).optional() }),
        },
      },
      async (request, reply) => {
        const projectIds = await memberProjects(deps, request);
        if (projectIds === null) return pageHeaders(reply.status(401)).send(outboxLoginHtml(null));
        const page = await listOutboxMessages(
          deps.db,
          deps.sealer,
          projectIds,
          kept,
          { limit: 50, after: request.query.after },
          (row: OutboxMessage) => row,
        );
        const projects =
          projectIds.length === 0
            ? []
            : await deps.db
                .selectFrom("projects")
                .select(["id", "name"])
                .where("id", "in", projectIds)
                .execute();
        return pageHeaders(reply).send(
          outboxPageHtml({
            messages: page.items,
            projectNames: new Map(projects.map((p) => [p.id, p.name])),
            carriers,
            olderAfter: page.moreItemsAfter,
          }),
        );
      },
    );

    app.get(
      "/outbox/:messageId/email",
      { schema: { hide: true, params: z.object({ messageId: z.string().max(64) }) } },
      async (request, reply) => {
        const projectIds = await memberProjects(deps, request);
        if (projectIds === null) return pageHeaders(reply.status(401)).send(outboxLoginHtml(null));
        const message = await getOutboxMessage(
          deps.db,
          deps.sealer,
          projectIds,
          request.params.messageId,
        );
        if (!message?.html) return reply.callNotFound();
        // The email's own HTML, with its inline styles; nothing in it may run or load.
        return pageHeaders(reply).send(message.html);
      },
    );

    app.post(
      "/outbox/session",
      {
        schema: {
          hide: true,
          body: z.object({ email: z.string().max(254), password: z.string().max(200) }),
        },
      },
      async (request, reply) => {
        try {
          const session = await logIn(deps, {
            email: request.body.email,
            password: request.body.password,
            clientAddress: request.ip,
          });
          if (session.kind === "throttled") {
            reply.header("retry-after", String(session.retryAfterSeconds));
            return pageHeaders(reply.status(429)).send(
              outboxLoginHtml("Too many failed logins; try again later."),
            );
          }
          reply.setCookie(sessionCookie, session.sessionId, {
            httpOnly: true,
            secure,
            sameSite: "strict",
            path: "/",
            expires: new Date(session.expiresAt),
          });
          return reply.redirect("/outbox", 303);
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          return pageHeaders(reply.status(401)).send(outboxLoginHtml("Wrong email or password."));
        }
      },
    );
  };
}
