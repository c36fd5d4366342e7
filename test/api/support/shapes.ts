import type { LightMyRequestResponse } from "fastify";
import { expect } from "vitest";

/** What A2 and A4 promise about every answer, as assertions. */

const isoUtc = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** A7 names these; the API may add more (sentAt, deliveryError) but never fewer. */
export const a7Fields = [
  "id",
  "object",
  "project",
  "type",
  "status",
  "subscription",
  "user",
  "details",
  "deliveryMethod",
  "recipient",
  "requestedBy",
  "resentFrom",
  "cancellationReason",
  "fulfillmentError",
  "createdAt",
  "expiresAt",
  "openedAt",
  "approvedAt",
  "declinedAt",
  "fulfilledAt",
  "canceledAt",
  "expiredAt",
];

/** The fields of each object the API answers, all present (absent values are null). */
export const objectFields: Record<string, string[]> = {
  project: [
    "object",
    "id",
    "organization",
    "name",
    "providers",
    "emailEnabled",
    "smsEnabled",
    "consent",
    "portOutPinTtlSeconds",
    "retentionDays",
    "createdAt",
  ],
  user: [
    "object",
    "id",
    "project",
    "fullName",
    "email",
    "preferredLocale",
    "emailChangedAt",
    "createdAt",
  ],
  sim: ["object", "id", "project", "iccid", "type", "provider", "status", "createdAt"],
  subscription: [
    "object",
    "id",
    "project",
    "user",
    "phoneNumber",
    "status",
    "provider",
    "sim",
    "plan",
    "createdAt",
    "endedAt",
    "locks",
    "flaggedAt",
  ],
  // A7's fields, and what the API adds about delivery.
  consentRequest: [...a7Fields, "sentAt", "deliveryError"],
  event: ["object", "id", "type", "project", "time", "actor", "subject", "data"],
  portOutCredentials: ["object", "subscription", "accountNumber", "pin", "pinExpiresAt"],
  list: ["object", "items", "moreItemsAfter", "moreItemsBefore"],
};

/**
 * Checks an answered object against A2: a known `object` with all its fields, an `id` with the
 * object's prefix, times as ISO 8601 UTC strings or null. Nested lists and credentials too.
 */
export function expectApiObject(value: unknown, object?: string): void {
  expect(value).toBeTypeOf("object");
  const record = value as Record<string, unknown>;
  if (object) expect(record.object).toBe(object);
  expect(record.object).toBeTypeOf("string");
  // Objects of this issue have their fields checked one by one; others (added by later routes)
  // the rules every object follows.
  const fields = objectFields[String(record.object)];
  if (fields) {
    // `fulfill` answers the request with the credentials beside it.
    const extra =
      record.object === "consentRequest" && "credentials" in record ? ["credentials"] : [];
    expect(Object.keys(record).sort()).toEqual([...fields, ...extra].sort());
  }
  for (const [key, field] of Object.entries(record)) {
    expect(field, `${key} is undefined`).not.toBeUndefined();
    if (key.endsWith("At") || key === "time") {
      if (field !== null) expect(field, key).toMatch(isoUtc);
    }
  }
  if (typeof record.id === "string" && record.object !== "list") {
    expect(record.id).toMatch(/^[a-z]+_[0-9a-z]+$/);
  }
  if (record.object === "list") {
    for (const item of record.items as unknown[]) expectApiObject(item);
  }
  if (record.credentials) expectApiObject(record.credentials, "portOutCredentials");
}

/**
 * Checks an error answer against A4: the status, `{ object: "error", type, message, details }`
 * with nothing else, and when a field is named, a detail whose path is that field. Never a stack.
 */
export function expectError(
  res: LightMyRequestResponse,
  status: number,
  type: string,
  field?: string,
): void {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers["content-type"]).toMatch(/^application\/json/);
  const body = res.json();
  expect(Object.keys(body).sort()).toEqual(["details", "message", "object", "type"]);
  expect(body).toMatchObject({ object: "error", type });
  expect(body.message).toBeTypeOf("string");
  expect(body.message.length).toBeGreaterThan(0);
  expect(res.body).not.toMatch(/\bat .+:\d+:\d+|node_modules|\.ts:\d+/);
  if (field === undefined) return;
  expect(body.details, `details of ${res.body}`).toEqual(
    expect.arrayContaining([{ path: field, message: expect.any(String) as unknown as string }]),
  );
}
