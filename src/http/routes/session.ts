import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { AppError } from "../../errors.js";
import { logIn, logOut } from "../../services/access.js";
import type { Deps } from "../../services/deps.js";
import { sessionCookie } from "../auth.js";
import { errorSchema, errors } from "../schemas.js";

const tags = ["session"];

/**
 * Dashboard sessions (D1): an http-only cookie, and an anti-CSRF value for the header. Failed
 * logins are counted per email and per address (T4).
 */
export function sessionRoutes(deps: Deps): FastifyPluginAsyncZod {
  const secure = deps.publicUrl.startsWith("https://");
  return async (app) => {
    app.post(
      "/session",
      {
        schema: {
          operationId: "createSession",
          summary: "Log in",
          tags,
          security: [],
          body: z.strictObject({ email: z.string().max(254), password: z.string().max(200) }),
          response: {
            201: z.object({
              object: z.literal("session"),
              member: z.string(),
              csrfToken: z.string(),
              expiresAt: z.string(),
            }),
            ...errors(429),
          },
        },
      },
      async (request, reply) => {
        const session = await logIn(deps, {
          email: request.body.email,
          password: request.body.password,
          clientAddress: request.ip,
        });
        if (session.kind === "throttled") {
          reply.header("retry-after", String(session.retryAfterSeconds));
          throw new AppError(
            "tooManyRequests",
            "Too many failed logins for this email or from this address; try again later.",
          );
        }
        reply.setCookie(sessionCookie, session.sessionId, {
          httpOnly: true,
          secure,
          sameSite: "strict",
          path: "/",
          expires: new Date(session.expiresAt),
        });
        return reply.status(201).send({
          object: "session",
          member: session.memberId,
          csrfToken: session.csrfToken,
          expiresAt: new Date(session.expiresAt).toISOString(),
        });
      },
    );

    app.delete(
      "/session",
      {
        schema: {
          operationId: "deleteSession",
          summary: "Log out",
          tags,
          security: [],
          response: { 204: z.null().describe("Logged out"), 400: errorSchema },
        },
      },
      async (request, reply) => {
        const sessionId = request.cookies[sessionCookie];
        if (sessionId) await logOut(deps, sessionId);
        reply.clearCookie(sessionCookie, { path: "/" });
        return reply.status(204).send(null);
      },
    );
  };
}
