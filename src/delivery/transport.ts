/**
 * What a worker hands to a transport, and what it gets back. Transports never throw for a
 * delivery problem: they answer whether the message was accepted, and if not, whether trying
 * again later can help.
 */

export type OutgoingMessage = {
  /** Stable for a job (its id): a retry after an unclear failure is recognisably the same message. */
  key: string;
  projectId: string;
  consentRequestId: string | null;
  to: string;
  text: string;
  /** The consent link the message carries, if any (the Outbox page shows it as a link). */
  link: string | null;
  createdAt: number;
};

export type OutgoingEmail = OutgoingMessage & { fromName: string; subject: string; html: string };

export type SendResult =
  | {
      ok: true;
      /** The id the accepting server or gateway gave the message (SMTP queue id, SMS sid). */
      providerMessageId: string;
      /** Our own id of the message where the channel has one (the email's Message-ID). */
      messageId: string | null;
    }
  | { ok: false; permanent: boolean; reason: string };

export type TransportName = "smtp" | "sms" | "outbox" | "none";

export type EmailTransport = {
  name: TransportName;
  send(email: OutgoingEmail): Promise<SendResult>;
  close(): Promise<void>;
};

export type SmsTransport = {
  name: TransportName;
  send(sms: OutgoingMessage): Promise<SendResult>;
  close(): Promise<void>;
};

export type Transports = { email: EmailTransport; sms: SmsTransport; close(): Promise<void> };
