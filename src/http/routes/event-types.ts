import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { eventTypeList } from "../../services/event-catalogue.js";
import { errorSchema } from "../schemas.js";

const eventTypeSchema = z.object({
  object: z.literal("eventType"),
  type: z.string(),
  description: z.string(),
  dataSchema: z.record(z.string(), z.unknown()).describe("JSON Schema of the event's data"),
});

/**
 * W6: the event catalogue. It describes the product, not a project, so it needs no credentials,
 * like the OpenAPI document whose `webhooks` section it matches.
 */
export function eventTypeRoutes(): FastifyPluginAsyncZod {
  return async (app) => {
    const answer = {
      object: "list" as const,
      items: eventTypeList(),
      moreItemsAfter: null,
      moreItemsBefore: null,
    };
    app.get(
      "/eventTypes",
      {
        schema: {
          tags: ["events"],
          operationId: "listEventTypes",
          summary: "List event types",
          description:
            "Every event type with its description and the JSON Schema of its data (W6), all in one page.",
          security: [],
          querystring: z.strictObject({}),
          response: {
            422: errorSchema,
            200: z.object({
              object: z.literal("list"),
              items: z.array(eventTypeSchema),
              moreItemsAfter: z.null(),
              moreItemsBefore: z.null(),
            }),
          },
        },
      },
      async () => answer,
    );
  };
}
