import { createHash } from "node:crypto";
import { isoTime } from "../clock.js";
import type { Executor } from "../db/database.js";
import { effectiveStatus } from "../domain/consent-rules.js";
import { type Locale, maskPhone, maskRecipient, resolveLocale } from "../domain/formats.js";
import { reviewTextVersion } from "../review/messages.js";
import { pendingPageText } from "../review/pages.js";
import type { ReviewView } from "./consent-decisions.js";
import { getConsentRequest } from "./consent-requests.js";
import { consentRequestView, eventView } from "./views.js";

/**
 * F5: what a regulator or a court asks about one consent request, in one object: who asked and
 * when, where the link went and when the server took it, the exact words the page showed, the
 * decision with its time and client, the fulfilment, and the request's events with their audit
 * hashes (F6).
 */
export async function consentEvidence(
  db: Executor,
  projectId: string,
  requestId: string,
  now: number,
) {
  const request = await getConsentRequest(db, projectId, requestId);
  const context = await db
    .selectFrom("subscriptions as s")
    .innerJoin("users as u", "u.id", "s.user_id")
    .innerJoin("projects as p", "p.id", "s.project_id")
    .select(["s.phone_number", "u.preferred_locale", "p.name as project_name"])
    .where("s.project_id", "=", projectId)
    .where("s.id", "=", request.subscription_id)
    .executeTakeFirstOrThrow();
  const events = await db
    .selectFrom("events")
    .selectAll()
    .where("project_id", "=", projectId)
    .where((eb) =>
      eb.or([
        eb("subject", "=", request.id),
        eb.and([
          eb("subject", "=", request.subscription_id),
          eb("data", "like", `%"consentRequest":"${request.id}"%`),
        ]),
      ]),
    )
    .orderBy("id")
    .execute();
  const sent = [...events].reverse().find((e) => e.type === "consentRequest.sent");
  const sentData = sent ? (JSON.parse(sent.data) as Record<string, unknown>) : null;

  // The page's words: the locale and version recorded when it was shown; before that, the
  // locale it would be shown in and the current version.
  const locale = resolveLocale(request.page_locale ?? context.preferred_locale) as Locale;
  const version = request.page_text_version ?? reviewTextVersion;
  const view = {
    request,
    projectName: context.project_name,
    phoneNumber: context.phone_number,
  } as ReviewView;
  // Only the current version's words can be rebuilt here; an older one is named by its hash.
  const text = version === reviewTextVersion ? pendingPageText(view, locale) : null;
  const status = effectiveStatus({ status: request.status, expiresAt: request.expires_at }, now);
  const decidedAt = request.approved_at ?? request.declined_at;
  const redacted = request.redacted_at !== null;

  return {
    object: "consentEvidence" as const,
    consentRequest: consentRequestView(request, now),
    line: {
      subscription: request.subscription_id,
      phoneNumber: maskPhone(context.phone_number),
    },
    requestedBy: {
      type: request.requested_by_type,
      id: request.requested_by_id,
      at: isoTime(request.created_at) as string,
    },
    delivery: {
      method: request.delivery_method,
      recipient: redacted ? null : maskRecipient(request.delivery_method, request.recipient),
      acceptedAt: isoTime(request.sent_at),
      transport: (sentData?.transport as string | undefined) ?? null,
      messageId:
        (sentData?.messageId as string | null | undefined) ??
        (sentData?.providerMessageId as string | undefined) ??
        null,
    },
    page: {
      locale,
      textVersion: version,
      sha256: text === null ? null : createHash("sha256").update(text).digest("hex"),
      text,
      openedAt: isoTime(request.opened_at),
    },
    decision:
      decidedAt === null
        ? null
        : {
            outcome: request.approved_at !== null ? ("approved" as const) : ("declined" as const),
            at: isoTime(decidedAt) as string,
            clientAddress: request.decision_client_address,
            userAgent: request.decision_user_agent,
          },
    fulfilment: {
      status,
      fulfilledAt: isoTime(request.fulfilled_at),
      error: request.fulfillment_error
        ? (JSON.parse(request.fulfillment_error) as { code: string; message: string })
        : null,
    },
    events: events.map((row) => ({ ...eventView(row), hash: row.hash ?? null })),
    redactedAt: isoTime(request.redacted_at),
    generatedAt: isoTime(now) as string,
  };
}

export type ConsentEvidence = Awaited<ReturnType<typeof consentEvidence>>;
