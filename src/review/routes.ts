import { fastifyHelmet } from "@fastify/helmet";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { isDatabaseUnavailable } from "../db/database.js";
import { retryAfterSeconds } from "../http/errors.js";
import { hashSecret } from "../secrets.js";
import { decideByToken, openByToken } from "../services/consent-decisions.js";
import { lockLineByToken } from "../services/decline-lock.js";
import type { Deps } from "../services/deps.js";
import { hitRateLimit, type RateLimit } from "../services/rate-limits.js";
import { issueFormToken, verifyFormToken } from "./form-token.js";
import { localeOfPost } from "./locale.js";
import {
  type GenericNotice,
  genericPage,
  lockedPage,
  type Page,
  pendingPage,
  statePage,
} from "./pages.js";
import { isSameOriginPost } from "./same-origin.js";
import { reviewStylesheet, reviewStylesheetPath } from "./stylesheet.js";

/** How many decision posts a link and a client address may make in one window (L4). */
export type ReviewRateLimits = {
  perToken: Omit<RateLimit, "key">;
  perAddress: Omit<RateLimit, "key">;
};

export const defaultReviewRateLimits: ReviewRateLimits = {
  // A person decides once; a few retries (double clicks, a refresh) stay well inside.
  perToken: { limit: 10, windowMs: 10 * 60_000 },
  // Generous enough for many subscribers behind one carrier-grade NAT. Behind a reverse proxy,
  // the client's address is known only with TRUST_PROXY=1; otherwise every post counts as the
  // proxy's.
  perAddress: { limit: 30, windowMs: 10 * 60_000 },
};

export type ReviewRoutesOptions = { rateLimits?: ReviewRateLimits };

const decisionBody = z.object({
  // `lock`: after a decline, the subscriber locks the line at once (F2).
  decision: z.enum(["approve", "decline", "lock"]),
  formToken: z.string(),
  locale: z.string().optional(),
});

const tokenParams = z.object({ token: z.string() });

function send(reply: FastifyReply, page: Page): FastifyReply {
  return reply.status(page.status).type("text/html; charset=utf-8").send(page.html);
}

function sendGeneric(request: FastifyRequest, reply: FastifyReply, kind: GenericNotice) {
  const locale = localeOfPost(request.body, request.headers["accept-language"]);
  return send(reply, genericPage(kind, locale));
}

/**
 * The public review page at /consent/<token> (SPEC §3). Its security headers apply to these
 * routes only: the plugin is encapsulated, so helmet registered here does not reach the API.
 *
 * Decision posts are limited by a small database counter (services/rate-limits.ts) rather than
 * @fastify/rate-limit: one post must count against two keys at once (the link and the address),
 * the windows must follow the injected clock, and the refusal is an HTML page, not JSON.
 */
export function reviewRoutes(deps: Deps, options: ReviewRoutesOptions = {}): FastifyPluginAsyncZod {
  const limits = options.rateLimits ?? defaultReviewRateLimits;
  const publicOrigin = new URL(deps.publicUrl).origin;

  return async (app) => {
    await app.register(fastifyHelmet, {
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'none'"],
          styleSrc: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          baseUri: ["'none'"],
        },
      },
      // The link token is in the address: it must never travel in a Referer header.
      referrerPolicy: { policy: "no-referrer" },
      xFrameOptions: { action: "deny" },
    });
    // Pages hold a live link and a form value: no cache may keep them.
    app.addHook("onSend", async (_request, reply, payload) => {
      if (!reply.hasHeader("cache-control")) reply.header("cache-control", "no-store");
      return payload;
    });
    app.setErrorHandler((error, request, reply) => {
      if (isDatabaseUnavailable(error)) {
        request.log.warn({ err: error }, "database unavailable");
        reply.header("retry-after", String(retryAfterSeconds));
        const locale = localeOfPost(request.body, request.headers["accept-language"]);
        return send(reply, { ...genericPage("failure", locale), status: 503 });
      }
      const status = (error as { statusCode?: number }).statusCode ?? 500;
      if (status >= 500) request.log.error({ err: error }, "review page failed");
      return sendGeneric(request, reply, status >= 500 ? "failure" : "refused");
    });

    app.get(reviewStylesheetPath, { schema: { hide: true } }, async (_request, reply) =>
      reply
        .type("text/css; charset=utf-8")
        .header("cache-control", "public, max-age=31536000, immutable")
        .send(reviewStylesheet),
    );

    // Viewing changes nothing but the first-view record: scanners open links too (L2).
    app.get(
      "/consent/:token",
      { schema: { hide: true, params: tokenParams } },
      async (request, reply) => {
        const { token } = request.params;
        // A HEAD (link checkers) is not a view.
        const view = await openByToken(deps, token, { recordView: request.method === "GET" });
        if (!view) return sendGeneric(request, reply, "unknown");
        if (view.status !== "pending") {
          const formToken = issueFormToken(deps.sealer, token, deps.clock.now());
          return send(reply, statePage(view, "none", formToken));
        }
        return send(reply, pendingPage(view, issueFormToken(deps.sealer, token, deps.clock.now())));
      },
    );

    app.post(
      "/consent/:token",
      { schema: { hide: true, params: tokenParams } },
      async (request, reply) => {
        const { token } = request.params;
        const now = deps.clock.now();
        // Counted first, so that refused and forged posts use up the allowance too. The address
        // is counted before the token: a stream of made-up tokens from one address stops at its
        // limit without a row being written for each token (T6).
        const byAddress = await hitRateLimit(
          deps.db,
          { key: `review:address:${hashSecret(request.ip)}`, ...limits.perAddress },
          now,
        );
        const limit = byAddress.allowed
          ? await hitRateLimit(
              deps.db,
              { key: `review:token:${hashSecret(`review:${token}`)}`, ...limits.perToken },
              now,
            )
          : byAddress;
        if (!limit.allowed) {
          reply.header("retry-after", String(Math.max(1, Math.ceil((limit.resetAt - now) / 1000))));
          return sendGeneric(request, reply, "tooManyRequests");
        }
        const ownOrigins = [publicOrigin, `${request.protocol}://${request.host}`];
        const body = decisionBody.safeParse(request.body);
        if (
          !isSameOriginPost(request.headers, ownOrigins) ||
          !body.success ||
          !verifyFormToken(deps.sealer, token, body.data.formToken, now)
        ) {
          return sendGeneric(request, reply, "refused");
        }
        if (body.data.decision === "lock") {
          const locked = await lockLineByToken(deps, token);
          if (!locked) return sendGeneric(request, reply, "unknown");
          request.log.info({ consentRequest: locked.view.request.id }, "line locked by subscriber");
          if (!locked.locked) return send(reply, statePage(locked.view, "none"));
          return send(reply, lockedPage(locked.view));
        }
        const result = await decideByToken(deps, token, body.data.decision, {
          address: request.ip,
          userAgent: request.headers["user-agent"] ?? null,
        });
        if (!result) return sendGeneric(request, reply, "unknown");
        request.log.info(
          { consentRequest: result.view.request.id, outcome: result.outcome },
          "consent decision",
        );
        const formToken = issueFormToken(deps.sealer, token, deps.clock.now());
        return send(reply, statePage(result.view, result.outcome, formToken));
      },
    );
  };
}
