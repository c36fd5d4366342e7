import { z } from "zod";
import type { EventType } from "./events.js";

/**
 * The event catalogue (W6): per event type, what it means and the shape of its `data`. The same
 * definitions serve `GET /api/eventTypes`, the OpenAPI document's `webhooks` section, and the
 * code that builds the data of the events it describes exactly (`eventData`). Where another part
 * of the product is still settling an event's data, its schema names the fields known so far and
 * admits more (a loose object): clients may rely on what is listed.
 */
export type CatalogueEntry = { description: string; data: z.ZodType };

const time = z.string().describe("ISO 8601 UTC");
const actorRef = z.object({ type: z.enum(["member", "apiKey"]), id: z.string() });
const deliveryMethod = z.enum(["email", "sms"]);
const consentType = z.string().describe("simReplacement, providerChange, portOutCredentials, …");
const changed = z.looseObject({
  changed: z.array(z.string()).describe("the fields the change set"),
});
const anything = z.looseObject({});

function entry(description: string, data: z.ZodType = anything): CatalogueEntry {
  return { description, data };
}

const transition = (what: string) =>
  entry(
    what,
    z.looseObject({
      reason: z.string().optional().describe("why, when the change has one (cancellations)"),
    }),
  );

export const webhookEndpointEventData = {
  created: z.object({ url: z.string(), eventTypes: z.array(z.string()).nullable() }),
  updated: z.object({ changed: z.array(z.string()) }),
  deleted: z.object({ url: z.string() }),
  secretRotated: z.object({ previousSecretExpiresAt: time }),
  disabled: z.object({ url: z.string(), reason: z.literal("failingForFiveDays") }),
};

/** S3: who asked is the event's actor (an API key); the number is only ever kept masked. */
export const simSwapCheckedData = z.object({
  operation: z.enum(["retrieveDate", "check"]),
  phoneNumber: z.string().describe("the number asked about, masked: +1•••••0123"),
  maxAge: z.int().optional().describe("the hours a check asked about"),
  subscription: z.string().nullable().describe("the active line with the number; null if none"),
  answer: z
    .union([
      z.object({ latestSimChange: time }),
      z.object({ swapped: z.boolean() }),
      z.object({ code: z.literal("IDENTIFIER_NOT_FOUND") }),
    ])
    .describe("what the relying party was told"),
});

export const eventCatalogue: Record<EventType, CatalogueEntry> = {
  "consentRequest.created": entry(
    "A consent request was created and its link is on its way to the subscriber.",
    z.looseObject({
      type: consentType,
      subscription: z.string(),
      deliveryMethod,
      resentFrom: z.string().nullable(),
    }),
  ),
  "consentRequest.opened": entry("The subscriber opened the review page for the first time."),
  "consentRequest.sent": entry(
    "The mail server or SMS gateway accepted the message with the link.",
    z.looseObject({
      deliveryMethod,
      transport: z.string(),
      messageId: z.string().nullable(),
      providerMessageId: z.string(),
    }),
  ),
  "consentRequest.deliveryFailed": entry(
    "The link could not be delivered, after every retry or for good.",
    z.looseObject({ deliveryMethod, reason: z.string(), attempts: z.number().int() }),
  ),
  "consentRequest.approved": transition("The subscriber approved the request."),
  "consentRequest.declined": transition("The subscriber declined the request."),
  "consentRequest.fulfilled": transition("What the subscriber approved was carried out."),
  "consentRequest.canceled": transition(
    "The request was canceled: by a member, superseded by a newer one, or its line ended.",
  ),
  "consentRequest.expired": transition("The request expired before the subscriber decided."),
  "consentRequest.fulfillmentFailed": entry(
    "The approved action could not be carried out; the request stays approved.",
    z.looseObject({ code: z.string(), message: z.string() }),
  ),
  "consentRequest.heldInOutbox": entry(
    "No transport is configured: the message was kept in the Outbox instead of being sent.",
  ),
  "subscription.created": entry(
    "A line was created; its SIM became active.",
    z.looseObject({
      sim: z.string(),
      provider: z.string(),
      numberRecentlyReleased: z
        .object({ subscription: z.string(), endedAt: z.string() })
        .optional()
        .describe("an owner gave out a number that ended on this other line within the hold (§9)"),
    }),
  ),
  "subscription.simReplaced": entry("The line's SIM was replaced."),
  "subscription.providerChanged": entry(
    "The line moved to another network provider.",
    z.looseObject({ previousProvider: z.string().optional(), provider: z.string().optional() }),
  ),
  "subscription.ended": entry("The line was ended; its open requests were canceled."),
  "subscription.locked": entry(
    "A lock against SIM changes or port-out was put on the line (F1); the actor is the user when they locked it from the review page.",
    z.looseObject({
      simChange: z.boolean().describe("whether this change set the SIM change lock"),
      portOut: z.boolean().describe("whether this change set the port-out lock"),
      consentRequest: z.string().optional().describe("the declined request whose page locked it"),
    }),
  ),
  "subscription.unlocked": entry(
    "A lock was taken off the line: by an approved lockRemoval request, or by an owner's override with a reason.",
    z.looseObject({
      simChange: z.boolean(),
      portOut: z.boolean(),
      consentRequest: z.string().nullable().optional(),
      override: z.literal(true).optional(),
      reason: z.string().optional(),
    }),
  ),
  "subscription.flagCleared": entry(
    "The fraud flag of the line was cleared.",
    z.looseObject({ reason: z.string(), flaggedAt: time }),
  ),
  "portOutCredentials.issued": entry(
    "Port-out credentials were issued (the PIN is never in an event).",
    z.looseObject({ consentRequest: z.string().nullable(), pinExpiresAt: time }),
  ),
  "portOutCredentials.used": entry(
    "A port-out PIN was verified and used up (F4).",
    z.looseObject({ number: z.string().describe("masked") }),
  ),
  "portOutCredentials.invalidated": entry(
    "The line's port-out PIN stopped being valid.",
    z.looseObject({ reason: z.string() }),
  ),
  "portOutCredentials.verificationFailed": entry(
    "A port-out PIN did not match; five end the PIN.",
    z.looseObject({ number: z.string().describe("masked"), failures: z.int() }),
  ),
  "project.created": entry("A project was created."),
  "project.updated": entry("The project's settings changed.", changed),
  "project.dataRedacted": entry(
    "Personal data past the project's retention was redacted (F7).",
    z.looseObject({
      from: time,
      until: time,
      consentRequests: z.int(),
      events: z.int(),
      fields: z.array(z.string()),
    }),
  ),
  "organization.created": entry("An organization was created."),
  "user.created": entry("A user (subscriber) was created."),
  "user.updated": entry("A user's details changed.", changed),
  "user.contactChanged": entry(
    "A user's contact address changed; values are masked.",
    z.looseObject({
      field: z.string(),
      previous: z.string().nullable(),
      new: z.string().nullable(),
    }),
  ),
  "sim.created": entry("A SIM entered the inventory as available."),
  "member.loggedIn": entry("A member logged in to the dashboard."),
  "member.loginFailed": entry(
    "A login with a member's email failed.",
    z.looseObject({ reason: z.string() }),
  ),
  "member.created": entry("A member account was created."),
  "member.added": entry(
    "A member was given a role in the project.",
    z.looseObject({ role: z.string() }),
  ),
  "member.roleChanged": entry(
    "A member's role in the project changed.",
    z.looseObject({ before: z.string(), after: z.string() }),
  ),
  "member.removed": entry(
    "A member was removed from the project.",
    z.looseObject({ role: z.string() }),
  ),
  "apiKey.created": entry(
    "An API key was created (never the key itself).",
    z.looseObject({ name: z.string() }),
  ),
  "apiKey.revoked": entry("An API key was revoked."),
  "fraud.suspected": entry(
    "The subscriber declined a request they did not ask for: the line is flagged.",
    z.looseObject({ consentRequest: z.string(), type: consentType, requestedBy: actorRef }),
  ),
  "webhookEndpoint.created": entry(
    "A webhook endpoint was created.",
    webhookEndpointEventData.created,
  ),
  "webhookEndpoint.updated": entry(
    "A webhook endpoint's URL, event types, description or state changed.",
    webhookEndpointEventData.updated,
  ),
  "webhookEndpoint.deleted": entry(
    "A webhook endpoint was deleted.",
    webhookEndpointEventData.deleted,
  ),
  "webhookEndpoint.secretRotated": entry(
    "A webhook endpoint's secret was replaced; the previous one signs too until the time given.",
    webhookEndpointEventData.secretRotated,
  ),
  "webhookEndpoint.disabled": entry(
    "A webhook endpoint failed every delivery for five days and was disabled.",
    webhookEndpointEventData.disabled,
  ),
  "simSwap.checked": entry(
    "A relying party asked whether a line's SIM changed recently (CAMARA SIM Swap).",
    simSwapCheckedData,
  ),
};

/** The data of an event this code describes exactly, checked against its catalogue entry. */
export function eventData<T extends z.ZodType>(
  schema: T,
  data: z.input<T>,
): Record<string, unknown> {
  return schema.parse(data) as Record<string, unknown>;
}

/** The catalogue as the API shows it: each type, its description and its data's JSON Schema. */
export function eventTypeList() {
  return Object.entries(eventCatalogue).map(([type, { description, data }]) => ({
    object: "eventType" as const,
    type,
    description,
    dataSchema: z.toJSONSchema(data, { target: "draft-2020-12", io: "output" }) as Record<
      string,
      unknown
    >,
  }));
}
