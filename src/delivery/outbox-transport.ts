import type { Db } from "../db/database.js";
import type { EmailTransport, OutgoingMessage, SmsTransport } from "./transport.js";

/**
 * The Outbox (D7): with no real transport configured, messages are kept in `outbox_messages`
 * and listed on the Outbox page. The row's id derives from the job's, so a retried job keeps one
 * message, not two.
 */
export function outboxMessageId(key: string): string {
  return `msg_${key.replace(/^[a-z]+_/, "")}`;
}

async function keep(
  db: Db,
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
      text: message.text,
      html: email?.html ?? null,
      link: message.link,
      consent_request_id: message.consentRequestId,
      created_at: message.createdAt,
    })
    .onConflict((oc) => oc.column("id").doNothing())
    .execute();
  return { ok: true as const, providerMessageId: id, messageId: null };
}

export function outboxEmailTransport(db: Db): EmailTransport {
  return {
    name: "outbox",
    send: (email) => keep(db, "email", email, email),
    close: async () => {},
  };
}

export function outboxSmsTransport(db: Db): SmsTransport {
  return {
    name: "outbox",
    send: (sms) => keep(db, "sms", sms, null),
    close: async () => {},
  };
}
