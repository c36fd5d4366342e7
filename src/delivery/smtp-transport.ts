import { createTransport } from "nodemailer";
import { describeFailure, oneLine } from "./addresses.js";
import type { SmtpSettings } from "./settings.js";
import type { EmailTransport, SendResult } from "./transport.js";

type SmtpError = Error & { code?: string; responseCode?: number; response?: string };

/**
 * Reads an SMTP failure the way the protocol means it: a 5xx answer is final for this message
 * (no such mailbox, refused), a 4xx answer or a connection problem is worth another try. A
 * rejected login is the operator's to fix, so it is retried rather than failing every message.
 */
export function classifySmtpFailure(error: SmtpError): Extract<SendResult, { ok: false }> {
  const code = error.responseCode;
  if (typeof code === "number" && code >= 500 && error.code !== "EAUTH") {
    return {
      ok: false,
      permanent: true,
      reason: describeFailure(`The mail server refused the message: ${error.response ?? code}`),
    };
  }
  if (typeof code === "number") {
    return {
      ok: false,
      permanent: false,
      reason: describeFailure(`The mail server deferred the message: ${error.response ?? code}`),
    };
  }
  return {
    ok: false,
    permanent: false,
    reason: describeFailure(`Could not reach the mail server (${error.code ?? error.message})`),
  };
}

/** The queue id in a "250 … queued as ABC" answer, which identifies the message at the server. */
export function queueIdOf(response: string | undefined): string | null {
  const match = /(?:queued as|id=)\s*([A-Za-z0-9._-]+)/i.exec(response ?? "");
  return match?.[1] ?? null;
}

export type SmtpTransportOptions = { maxConnections?: number };

/**
 * Email over SMTP with nodemailer: pooled connections, STARTTLS when the server offers it
 * (smtp://) or TLS from the start (smtps://), and timeouts well inside a job's lease.
 */
export function smtpTransport(
  settings: SmtpSettings,
  options: SmtpTransportOptions = {},
): EmailTransport {
  const mailer = createTransport({
    url: settings.url,
    // STARTTLS is required, not only used when offered, unless the settings allow the clear.
    requireTLS: settings.requireTls,
    pool: true,
    maxConnections: options.maxConnections ?? 5,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
    // Messages are built from our own templates: nothing may read files or fetch URLs.
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  const domain = settings.from.slice(settings.from.lastIndexOf("@") + 1);
  return {
    name: "smtp",
    async send(email) {
      const messageId = `<${email.key}@${domain}>`;
      try {
        const info = await mailer.sendMail({
          from: { name: oneLine(email.fromName), address: settings.from },
          to: email.to,
          subject: oneLine(email.subject),
          text: email.text,
          html: email.html,
          messageId,
        });
        return {
          ok: true,
          providerMessageId: queueIdOf(info.response) ?? info.messageId,
          messageId: info.messageId,
        };
      } catch (error) {
        return classifySmtpFailure(error as SmtpError);
      }
    },
    async close() {
      mailer.close();
    },
  };
}
