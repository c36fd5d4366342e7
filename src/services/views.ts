import type { Selectable } from "kysely";
import { isoTime } from "../clock.js";
import type {
  ConsentRequestsTable,
  EventsTable,
  ProjectsTable,
  SimsTable,
  SubscriptionsTable,
  UsersTable,
} from "../db/tables.js";
import type { ConsentSettings, ConsentStatus } from "../domain/consent-rules.js";
import {
  defaultContactChangeHoldSeconds,
  defaultPortOutCooldownSeconds,
  effectiveStatus,
} from "../domain/consent-rules.js";
import { maskRecipient } from "../domain/formats.js";

/** How rows are shown to API clients (A2): `object`, `id`, ISO times, null for absent values. */

export function parseProjectConsent(
  row: Pick<Selectable<ProjectsTable>, "consent">,
): (ConsentSettings & { portOutCooldownSeconds: number; contactChangeHoldSeconds: number }) | null {
  if (row.consent === null) return null;
  // Settings stored before the contact change hold (T1) or the port-out cooldown (F3) existed
  // get their defaults.
  return {
    portOutCooldownSeconds: defaultPortOutCooldownSeconds,
    contactChangeHoldSeconds: defaultContactChangeHoldSeconds,
    ...(JSON.parse(row.consent) as Partial<ConsentSettings>),
  } as ConsentSettings & { portOutCooldownSeconds: number; contactChangeHoldSeconds: number };
}

export function projectView(row: Selectable<ProjectsTable>) {
  return {
    object: "project" as const,
    id: row.id,
    organization: row.organization_id,
    name: row.name,
    providers: JSON.parse(row.providers) as string[],
    emailEnabled: row.email_enabled === 1,
    smsEnabled: row.sms_enabled === 1,
    consent: parseProjectConsent(row),
    portOutPinTtlSeconds: row.port_out_pin_ttl_seconds,
    retentionDays: row.retention_days,
    createdAt: isoTime(row.created_at) as string,
  };
}

export function userView(row: Selectable<UsersTable>) {
  return {
    object: "user" as const,
    id: row.id,
    project: row.project_id,
    fullName: row.full_name,
    email: row.email,
    preferredLocale: row.preferred_locale,
    createdAt: isoTime(row.created_at) as string,
    emailChangedAt: isoTime(row.email_changed_at),
  };
}

export function simView(row: Selectable<SimsTable>) {
  return {
    object: "sim" as const,
    id: row.id,
    project: row.project_id,
    iccid: row.iccid,
    type: row.type,
    provider: row.provider,
    status: row.status,
    createdAt: isoTime(row.created_at) as string,
  };
}

export function subscriptionView(row: Selectable<SubscriptionsTable>) {
  return {
    object: "subscription" as const,
    id: row.id,
    project: row.project_id,
    user: row.user_id,
    phoneNumber: row.phone_number,
    status: row.status,
    provider: row.provider,
    sim: row.sim_id,
    plan: row.plan,
    createdAt: isoTime(row.created_at) as string,
    endedAt: isoTime(row.ended_at),
    locks: { simChange: row.lock_sim_change === 1, portOut: row.lock_port_out === 1 },
    flaggedAt: isoTime(row.flagged_at),
  };
}

/** A7. `now` decides whether a pending request is shown as expired (C3). */
export function consentRequestView(row: Selectable<ConsentRequestsTable>, now: number) {
  const status: ConsentStatus = effectiveStatus(
    { status: row.status, expiresAt: row.expires_at },
    now,
  );
  const lazilyExpired = status === "expired" && row.status === "pending";
  return {
    object: "consentRequest" as const,
    id: row.id,
    project: row.project_id,
    type: row.type,
    status,
    subscription: row.subscription_id,
    user: row.user_id,
    details: JSON.parse(row.details) as Record<string, unknown>,
    deliveryMethod: row.delivery_method,
    recipient: maskRecipient(row.delivery_method, row.recipient),
    requestedBy: { type: row.requested_by_type, id: row.requested_by_id },
    resentFrom: row.resent_from,
    cancellationReason: row.cancellation_reason,
    fulfillmentError: row.fulfillment_error
      ? (JSON.parse(row.fulfillment_error) as { code: string; message: string })
      : null,
    deliveryError: row.delivery_error,
    createdAt: isoTime(row.created_at) as string,
    expiresAt: isoTime(row.expires_at) as string,
    sentAt: isoTime(row.sent_at),
    openedAt: isoTime(row.opened_at),
    approvedAt: isoTime(row.approved_at),
    declinedAt: isoTime(row.declined_at),
    fulfilledAt: isoTime(row.fulfilled_at),
    canceledAt: isoTime(row.canceled_at),
    expiredAt: isoTime(lazilyExpired ? row.expires_at : row.expired_at),
  };
}

export function eventView(row: Selectable<EventsTable>) {
  return {
    object: "event" as const,
    id: row.id,
    type: row.type,
    project: row.project_id,
    time: isoTime(row.time) as string,
    actor: { type: row.actor_type, id: row.actor_id },
    subject: row.subject,
    data: JSON.parse(row.data) as Record<string, unknown>,
  };
}

export type ConsentRequestView = ReturnType<typeof consentRequestView>;
export type SubscriptionView = ReturnType<typeof subscriptionView>;
