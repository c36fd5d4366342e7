import type { Db } from "../db/database.js";
import type { Sealer } from "../secrets.js";
import type { EmailTransport, OutgoingMessage, SmsTransport } from "./transport.js";

/**
 * The Outbox (D7): with no real transport configured, messages are kept in `outbox_messages`
 * and listed on the Outbox page. The row's id derives from the job's, so a retried job keeps one
 * message, not two. What carries the link token (text, HTML, link) is kept sealed under the
 * application key, like the token in the job: the database alone never reveals a live link.
 */
export function outboxMessageId(key: string): string {
  return `msg_${key.replace(/^[a-z]+_/, "")}`;
}

async function keep(
  db: Db,
  sealer: Sealer,
  channel: "email" | "sms",
  message: OutgoingMessage,
  email: { subject: string; html: string } | null,
) {
  const id = outboxMessageId(message.key);
  await db
    .insertInto("outbox_messages")
    .values({
      id,
      project_id: message.projectId,
      channel,
      recipient: message.to,
      subject: email?.subject ?? null,
      text: sealer.seal("outboxCopy", `${id} text`, message.text),
      html: email ? sealer.seal("outboxCopy", `${id} html`, email.html) : null,
      link: message.link === null ? null : sealer.seal("outboxCopy", `${id} link`, message.link),
      consent_request_id: message.consentRequestId,
      created_at: message.createdAt,
    })
    .onConflict((oc) => oc.column("id").doNothing())
    .execute();
  return { ok: true as const, providerMessageId: id, messageId: null };
}

export function outboxEmailTransport(db: Db, sealer: Sealer): EmailTransport {
  return {
    name: "outbox",
    send: (email) => keep(db, sealer, "email", email, email),
    close: async () => {},
  };
}

export function outboxSmsTransport(db: Db, sealer: Sealer): SmsTransport {
  return {
    name: "outbox",
    send: (sms) => keep(db, sealer, "sms", sms, null),
    close: async () => {},
  };
}
