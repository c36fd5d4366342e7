import type { Db } from "../db/database.js";
import type { Sealer } from "../secrets.js";
import { outboxEmailTransport, outboxSmsTransport } from "./outbox-transport.js";
import type { DeliverySettings } from "./settings.js";
import { smsTransport } from "./sms-transport.js";
import { smtpTransport } from "./smtp-transport.js";
import type { Transports } from "./transport.js";

/** The transports chosen by the settings: real ones where configured, the Outbox elsewhere. */
export function createTransports(
  { db, sealer }: { db: Db; sealer: Sealer },
  settings: DeliverySettings,
): Transports {
  const email = settings.smtp ? smtpTransport(settings.smtp) : outboxEmailTransport(db, sealer);
  const sms = settings.sms ? smsTransport(settings.sms) : outboxSmsTransport(db, sealer);
  return {
    email,
    sms,
    close: async () => {
      await Promise.all([email.close(), sms.close()]);
    },
  };
}
