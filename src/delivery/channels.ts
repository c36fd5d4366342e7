import type { DeliveryMethod } from "../domain/consent-rules.js";
import type { DeliverySettings } from "./settings.js";

/**
 * What carries each channel (T2). The Outbox is a demo tool, not a channel: it stands in only
 * when no real transport is configured at all (the embedded default) or OUTBOX=1 says so. Once
 * SMTP or SMS is configured, a channel without its transport carries nothing: consent cannot be
 * asked by it, and no live link lands in a table that support could read.
 */
export type Carrier = "transport" | "outbox" | "none";

export function channelCarriers(settings: DeliverySettings): Record<DeliveryMethod, Carrier> {
  const demo = settings.outbox || (settings.smtp === null && settings.sms === null);
  const carrier = (configured: boolean): Carrier =>
    configured ? "transport" : demo ? "outbox" : "none";
  return { email: carrier(settings.smtp !== null), sms: carrier(settings.sms !== null) };
}

/** The delivery methods a message can go by at all: a real transport or the demo's Outbox. */
export function availableChannels(settings: DeliverySettings): DeliveryMethod[] {
  const carriers = channelCarriers(settings);
  return (["email", "sms"] as const).filter((channel) => carriers[channel] !== "none");
}

/** Why a channel cannot be used, for refusals that tell the operator what to set. */
export const missingTransport: Record<DeliveryMethod, string> = {
  email: "no mail server is configured on this server (SMTP_URL)",
  sms: "no SMS gateway is configured on this server (SMS_URL and the other SMS_* settings)",
};
