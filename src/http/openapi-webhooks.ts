import type { OpenAPIV3_2 } from "@fastify/swagger";
import { z } from "zod";
import { eventCatalogue } from "../services/event-catalogue.js";

/**
 * The OpenAPI document's `webhooks` (W6): per event type, the POST an endpoint receives, its
 * body the event object of E1 with that type's data, from the same catalogue as
 * `GET /api/eventTypes`.
 */
type PathItem = OpenAPIV3_2.PathItemObject;
type Operation = NonNullable<PathItem["post"]>;
type Parameter = Extract<NonNullable<Operation["parameters"]>[number], { in: string }>;
type Schema = Exclude<NonNullable<Parameter["schema"]>, { $ref: string }>;

const signatureHeaders: Parameter[] = [
  {
    name: "webhook-id",
    in: "header",
    required: true,
    description: "The event's id: the same on every retry and redelivery, to drop repeats.",
    schema: { type: "string" },
  },
  {
    name: "webhook-timestamp",
    in: "header",
    required: true,
    description: "Seconds since the epoch when this attempt was signed.",
    schema: { type: "string" },
  },
  {
    name: "webhook-signature",
    in: "header",
    required: true,
    description:
      "Standard Webhooks: `v1,` and base64 HMAC-SHA256 of `id.timestamp.body` under each signing secret, space-separated (two during a secret rotation).",
    schema: { type: "string" },
  },
];

function operationId(type: string): string {
  const [subject = "", verb = ""] = type.split(".");
  return `on${subject.charAt(0).toUpperCase()}${subject.slice(1)}${verb.charAt(0).toUpperCase()}${verb.slice(1)}`;
}

export function webhookDocuments(): Record<string, PathItem> {
  // The JSON Schemas zod writes are OpenAPI 3.1 schemas; the document's types cannot tell.
  return Object.fromEntries(
    Object.entries(eventCatalogue).map(([type, { description, data }]): [string, PathItem] => {
      const event = z.object({
        object: z.literal("event"),
        id: z.string(),
        type: z.literal(type),
        project: z.string(),
        time: z.string().describe("ISO 8601 UTC"),
        actor: z.object({
          type: z.enum(["member", "apiKey", "user", "system"]),
          id: z.string().nullable(),
        }),
        subject: z.string(),
        data,
      });
      const { $schema: _dialect, ...schema } = z.toJSONSchema(event, {
        target: "draft-2020-12",
        io: "output",
      }) as Schema & { $schema?: string };
      return [
        type,
        {
          post: {
            operationId: operationId(type),
            summary: type,
            description,
            tags: ["webhooks"],
            security: [],
            parameters: signatureHeaders,
            requestBody: { required: true, content: { "application/json": { schema } } },
            responses: {
              "200": { description: "Any 2xx within 15 seconds: delivered." },
              "400": {
                description:
                  "Anything else, a redirect included, fails the attempt: it is retried about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h later.",
              },
            },
          },
        },
      ];
    }),
  );
}
