import type { Selectable } from "kysely";
import { isoTime } from "../clock.js";
import type { Executor } from "../db/database.js";
import type { OutboxMessagesTable } from "../db/tables.js";
import type { Sealer } from "../secrets.js";
import { keysetPage, type Page, type PageQuery } from "../services/paging.js";
import { channelCarriers } from "./channels.js";
import type { DeliverySettings } from "./settings.js";

/** Reading the Outbox (D7): the messages kept instead of sent, newest first. */

export type OutboxMessage = Selectable<OutboxMessagesTable>;
export type Channel = OutboxMessage["channel"];

/** The channels whose messages are kept here: the demo's, without a real transport (T2). */
export function keptChannels(settings: DeliverySettings): Channel[] {
  const carriers = channelCarriers(settings);
  return (["email", "sms"] as const).filter((channel) => carriers[channel] === "outbox");
}

/** A kept message as its recipient would read it (see outbox-transport.ts for the sealing). */
function openMessage(sealer: Sealer, row: OutboxMessage): OutboxMessage {
  return {
    ...row,
    text: sealer.open("outboxCopy", `${row.id} text`, row.text),
    html: row.html === null ? null : sealer.open("outboxCopy", `${row.id} html`, row.html),
    link: row.link === null ? null : sealer.open("outboxCopy", `${row.id} link`, row.link),
  };
}

export function outboxMessageView(row: OutboxMessage) {
  return {
    object: "outboxMessage" as const,
    id: row.id,
    project: row.project_id,
    channel: row.channel,
    recipient: row.recipient,
    subject: row.subject,
    text: row.text,
    link: row.link,
    consentRequest: row.consent_request_id,
    createdAt: isoTime(row.created_at) as string,
  };
}

export type OutboxMessageView = ReturnType<typeof outboxMessageView>;

/**
 * A page of the kept messages of some projects. Messages of a channel that now has a real
 * transport are not listed: the page then says that channel is really sent.
 */
export async function listOutboxMessages<V>(
  db: Executor,
  sealer: Sealer,
  projectIds: string[],
  channels: Channel[],
  page: PageQuery,
  view: (row: OutboxMessage) => V,
): Promise<Page<V>> {
  if (projectIds.length === 0 || channels.length === 0) {
    return { object: "list", items: [], moreItemsAfter: null, moreItemsBefore: null };
  }
  const base = db
    .selectFrom("outbox_messages")
    .selectAll()
    .where("project_id", "in", projectIds)
    .where("channel", "in", channels);
  return keysetPage(
    base,
    "id",
    page,
    async (id) => !!(await base.where("id", "=", id).executeTakeFirst()),
    (row) => view(openMessage(sealer, row)),
  );
}

export async function getOutboxMessage(
  db: Executor,
  sealer: Sealer,
  projectIds: string[],
  id: string,
): Promise<OutboxMessage | undefined> {
  if (projectIds.length === 0) return undefined;
  const row = await db
    .selectFrom("outbox_messages")
    .selectAll()
    .where("project_id", "in", projectIds)
    .where("id", "=", id)
    .executeTakeFirst();
  return row && openMessage(sealer, row);
}
