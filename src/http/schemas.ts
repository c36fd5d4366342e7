import { z } from "zod";
import {
  consentStatuses,
  consentTypes,
  defaultContactChangeHoldSeconds,
  defaultPortOutCooldownSeconds,
  deliveryMethods,
  maxContactChangeHoldSeconds,
  maxPortOutCooldownSeconds,
} from "../domain/consent-rules.js";
import { e164Pattern, isIccid } from "../domain/formats.js";
import { eventTypes } from "../services/events.js";

/** Schemas shared by routes: what they validate is also what the OpenAPI document says. */

export const time = z.string().describe("ISO 8601 UTC");
export const nullableTime = time.nullable();

// Patterns rather than bare refinements, so that the OpenAPI document states the formats too.
export const phoneNumber = z
  .string()
  .regex(e164Pattern, "must be an E.164 phone number, e.g. +15550100123");
const iccidMessage = "must be an ICCID of 18 to 22 digits with a valid Luhn check digit";
export const iccid = z
  .string()
  .regex(/^\d{18,22}$/, { message: iccidMessage, abort: true })
  .refine(isIccid, iccidMessage);
export const email = z.string().trim().toLowerCase().pipe(z.email().max(254));
export const locale = z
  .string()
  .regex(/^[a-z]{2}(-[A-Za-z]{2})?$/, "must be a language tag such as en or es-MX");
export const deliveryMethod = z.enum(deliveryMethods);
export const consentType = z.enum(consentTypes);

export const projectParams = z.strictObject({ projectId: z.string().max(64) });
export const idParams = <K extends string>(name: K) =>
  z.strictObject({
    projectId: z.string().max(64),
    ...({ [name]: z.string().max(64) } as Record<K, z.ZodString>),
  });

export const pageQuery = {
  limit: z.coerce.number().int().min(1).max(200).default(10),
  after: z.string().max(64).optional(),
  before: z.string().max(64).optional(),
};

export const list = <T extends z.ZodType>(item: T) =>
  z.object({
    object: z.literal("list"),
    items: z.array(item),
    moreItemsAfter: z.string().nullable(),
    moreItemsBefore: z.string().nullable(),
  });

export const errorSchema = z.object({
  object: z.literal("error"),
  type: z.string(),
  message: z.string(),
  details: z.array(z.object({ path: z.string(), message: z.string() })).nullable(),
});

/** The error statuses a route may answer, for its OpenAPI description. */
export const errors = (...statuses: (400 | 401 | 403 | 404 | 409 | 422 | 429)[]) =>
  Object.fromEntries([401, 404, 422, ...statuses].map((s) => [s, errorSchema]));

export const consentSettings = z.strictObject({
  deliveryMethods: z
    .array(deliveryMethod)
    .min(1)
    .refine((m) => new Set(m).size === m.length, "must not repeat a method"),
  linkTtlSeconds: z
    .number()
    .int()
    .min(60)
    .max(72 * 3600)
    .default(10800),
  whenUnavailable: z.enum(["performDirectly", "refuse"]).default("performDirectly"),
  portOutCooldownSeconds: z
    .number()
    .int()
    .min(0)
    .max(maxPortOutCooldownSeconds)
    .default(defaultPortOutCooldownSeconds)
    .describe("F3: no port-out credentials this long after a SIM, provider or contact change"),
  contactChangeHoldSeconds: z
    .number()
    .int()
    .min(0)
    .max(maxContactChangeHoldSeconds)
    .default(defaultContactChangeHoldSeconds)
    .describe("T1: a changed email or phone number gets no consent link for this long"),
});

export const projectSchema = z.object({
  object: z.literal("project"),
  id: z.string(),
  organization: z.string(),
  name: z.string(),
  providers: z.array(z.string()),
  emailEnabled: z.boolean(),
  smsEnabled: z.boolean(),
  consent: z
    .object({
      deliveryMethods: z.array(deliveryMethod),
      linkTtlSeconds: z.number(),
      whenUnavailable: z.enum(["performDirectly", "refuse"]),
      portOutCooldownSeconds: z.number(),
      contactChangeHoldSeconds: z.number(),
    })
    .nullable(),
  portOutPinTtlSeconds: z.number(),
  retentionDays: z.number(),
  createdAt: time,
});

export const userSchema = z.object({
  object: z.literal("user"),
  id: z.string(),
  project: z.string(),
  fullName: z.string(),
  email: z.string().nullable(),
  preferredLocale: z.string(),
  createdAt: time,
  emailChangedAt: nullableTime.describe(
    "T1: when the email last changed; for the project's contactChangeHoldSeconds after, no consent link goes there",
  ),
});

export const simSchema = z.object({
  object: z.literal("sim"),
  id: z.string(),
  project: z.string(),
  iccid: z.string(),
  type: z.enum(["eSIM", "pSIM"]),
  provider: z.string(),
  status: z.enum(["available", "active", "retired"]),
  createdAt: time,
});

export const subscriptionSchema = z.object({
  object: z.literal("subscription"),
  id: z.string(),
  project: z.string(),
  user: z.string(),
  phoneNumber: z.string(),
  status: z.enum(["active", "ended"]),
  provider: z.string(),
  sim: z.string(),
  plan: z.string().nullable(),
  createdAt: time,
  endedAt: nullableTime,
  locks: z.object({ simChange: z.boolean(), portOut: z.boolean() }),
  flaggedAt: nullableTime.describe("F2: when the subscriber said they did not ask for a request"),
});

export const consentRequestSchema = z.object({
  object: z.literal("consentRequest"),
  id: z.string(),
  project: z.string(),
  type: consentType,
  status: z.enum(consentStatuses),
  subscription: z.string(),
  user: z.string(),
  details: z.record(z.string(), z.unknown()),
  deliveryMethod,
  recipient: z.string().describe("masked"),
  requestedBy: z.object({ type: z.enum(["member", "apiKey"]), id: z.string() }),
  resentFrom: z.string().nullable(),
  cancellationReason: z.enum(["canceledByMember", "superseded", "subscriptionEnded"]).nullable(),
  fulfillmentError: z.object({ code: z.string(), message: z.string() }).nullable(),
  deliveryError: z.string().nullable(),
  createdAt: time,
  expiresAt: time,
  sentAt: nullableTime,
  openedAt: nullableTime,
  approvedAt: nullableTime,
  declinedAt: nullableTime,
  fulfilledAt: nullableTime,
  canceledAt: nullableTime,
  expiredAt: nullableTime,
});

export const credentialsSchema = z.object({
  object: z.literal("portOutCredentials"),
  subscription: z.string(),
  accountNumber: z.string(),
  pin: z
    .string()
    .nullable()
    .describe("shown once: null when the answer is replayed for an Idempotency-Key"),
  pinExpiresAt: time,
});

export const eventSchema = z.object({
  object: z.literal("event"),
  id: z.string(),
  type: z.string(),
  project: z.string(),
  time,
  actor: z.object({
    type: z.enum(["member", "apiKey", "user", "system"]),
    id: z.string().nullable(),
  }),
  subject: z.string(),
  data: z.record(z.string(), z.unknown()),
});

export const eventType = z.enum(eventTypes);
