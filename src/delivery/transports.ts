import type { Db } from "../db/database.js";
import type { Sealer } from "../secrets.js";
import { channelCarriers, missingTransport } from "./channels.js";
import { outboxEmailTransport, outboxSmsTransport } from "./outbox-transport.js";
import type { DeliverySettings } from "./settings.js";
import { smsTransport } from "./sms-transport.js";
import { smtpTransport } from "./smtp-transport.js";
import type { EmailTransport, SmsTransport, Transports } from "./transport.js";

/**
 * A channel with no transport: every message fails at once, never reaching the Outbox. Consent
 * is not asked by such a channel (T2); this catches what was queued before the settings changed.
 */
function unavailable(channel: "email" | "sms"): EmailTransport & SmsTransport {
  return {
    name: "none",
    send: async () => ({
      ok: false,
      permanent: true,
      reason: `Not sent: ${missingTransport[channel]}.`,
    }),
    close: async () => {},
  };
}

/** The transports chosen by the settings: real ones where configured, the Outbox in the demo. */
export function createTransports(
  { db, sealer }: { db: Db; sealer: Sealer },
  settings: DeliverySettings,
): Transports {
  const carriers = channelCarriers(settings);
  const email: EmailTransport = settings.smtp
    ? smtpTransport(settings.smtp)
    : carriers.email === "outbox"
      ? outboxEmailTransport(db, sealer)
      : unavailable("email");
  const sms: SmsTransport = settings.sms
    ? smsTransport(settings.sms)
    : carriers.sms === "outbox"
      ? outboxSmsTransport(db, sealer)
      : unavailable("sms");
  return {
    email,
    sms,
    close: async () => {
      await Promise.all([email.close(), sms.close()]);
    },
  };
}
