import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Deps } from "../../services/deps.js";
import { consentEvidence } from "../../services/evidence.js";
import { evidenceHtml } from "../evidence-html.js";
import {
  consentRequestSchema,
  errors,
  eventSchema,
  idParams,
  nullableTime,
  time,
} from "../schemas.js";

const evidenceSchema = z.object({
  object: z.literal("consentEvidence"),
  consentRequest: consentRequestSchema,
  line: z.object({ subscription: z.string(), phoneNumber: z.string().describe("masked") }),
  requestedBy: z.object({ type: z.enum(["member", "apiKey"]), id: z.string(), at: time }),
  delivery: z.object({
    method: z.enum(["email", "sms"]),
    recipient: z.string().nullable().describe("masked; null once redacted (F7)"),
    acceptedAt: nullableTime.describe("when the mail server or SMS gateway accepted it"),
    transport: z.string().nullable(),
    messageId: z.string().nullable().describe("the Message-ID or the gateway's message id"),
  }),
  page: z.object({
    locale: z.string(),
    textVersion: z.string(),
    sha256: z.string().nullable(),
    text: z.string().nullable(),
    openedAt: nullableTime,
  }),
  decision: z
    .object({
      outcome: z.enum(["approved", "declined"]),
      at: time,
      clientAddress: z.string().nullable(),
      userAgent: z.string().nullable(),
    })
    .nullable(),
  fulfilment: z.object({
    status: z.string(),
    fulfilledAt: nullableTime,
    error: z.object({ code: z.string(), message: z.string() }).nullable(),
  }),
  events: z.array(eventSchema.extend({ hash: z.string().nullable() })),
  redactedAt: nullableTime,
  generatedAt: time,
});

/** F5: the evidence of one consent request, as JSON or as a printable page. */
export function evidenceRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/projects/:projectId/consentRequests/:consentRequestId/evidence",
      {
        schema: {
          operationId: "getConsentEvidence",
          summary: "Get a consent request's evidence",
          tags: ["consentRequests"],
          description:
            "Everything recorded about one request (F5). With `Accept: text/html` or `format=html`, a printable page.",
          params: idParams("consentRequestId"),
          querystring: z.strictObject({ format: z.enum(["json", "html"]).optional() }),
          response: { 200: evidenceSchema, ...errors() },
        },
      },
      async (request, reply) => {
        const now = deps.clock.now();
        const evidence = await consentEvidence(
          deps.db,
          request.principal.projectId,
          request.params.consentRequestId,
          now,
        );
        const wantsHtml =
          request.query.format === "html" ||
          (request.query.format === undefined &&
            /text\/html/.test(request.headers.accept ?? "") &&
            !/application\/json/.test(request.headers.accept ?? ""));
        if (!wantsHtml) return evidence;
        return reply
          .type("text/html; charset=utf-8")
          .header("content-security-policy", "default-src 'none'; style-src 'unsafe-inline'")
          .header("cache-control", "no-store")
          .send(evidenceHtml(evidence) as never);
      },
    );
  };
}
