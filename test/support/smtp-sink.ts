/**
 * A real SMTP server on loopback for tests, built on smtp-server and mailparser: the product
 * sends to it exactly as to any mail server, and the test reads what arrived.
 *
 *   const sink = await startSmtpSink();
 *   // SMTP_URL=sink.url, SMTP_FROM=…; let a worker run (see test/delivery/support.ts)
 *   const [mail] = await sink.waitForMessages(1);
 *   mail.link;            // the consent link, taken from the plain-text part
 *   mail.subject; mail.text; mail.html; mail.messageId; mail.envelopeTo;
 *   await sink.close();
 *
 * Messages land in `sink.messages` only once the server accepted them (answered 250). Faults
 * for tests: `reply(attempt)` decides the answer to each message (1-based): "accept" (the
 * default), a rejection `{ code, message }` (4xx temporary, 5xx permanent), or "hold": the
 * server keeps the message unanswered until `releaseHeld()`; a held message whose client went
 * away meanwhile is dropped, as a real server would. `port` lets a test start a sink where an
 * earlier one (or none) was; `auth` turns on AUTH with those credentials; `starttls` offers
 * STARTTLS with smtp-server's self-signed certificate.
 */
import { EventEmitter } from "node:events";
import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer, type SMTPServerSession } from "smtp-server";

export type ReceivedMessage = {
  /** The Message-ID header, e.g. <job_…@example.com>. */
  messageId: string | null;
  /** The From header's display name and address. */
  fromName: string;
  fromAddress: string;
  /** The recipients given to the server (RCPT TO), not the To header. */
  envelopeTo: string[];
  subject: string;
  text: string;
  html: string;
  /** Every header, lower-case names, as mailparser reads them. */
  headers: Map<string, unknown>;
  raw: string;
  /** The first consent link (…/consent/<token>) in the plain-text part. */
  link: string | null;
  /** The queue id the sink answered with ("250 Message queued as <queueId>"). */
  queueId: string;
  /** Whether the connection was upgraded with STARTTLS. */
  secure: boolean;
  /** The user that logged in, when `auth` is on. */
  user: string | null;
};

export type SinkReply = "accept" | "hold" | { code: number; message: string };

export type SmtpSinkOptions = {
  port?: number;
  reply?: (attempt: number) => SinkReply;
  auth?: { user: string; pass: string };
  starttls?: boolean;
};

export type SmtpSink = {
  url: string;
  port: number;
  messages: ReceivedMessage[];
  /** Messages received so far, answered or not. */
  readonly attempts: number;
  /** The Message-ID of every message received, answered or not, in order. */
  attemptMessageIds: (string | null)[];
  waitForMessages(count: number, timeoutMs?: number): Promise<ReceivedMessage[]>;
  waitForAttempts(count: number, timeoutMs?: number): Promise<void>;
  /** Answers every held message whose client is still connected. */
  releaseHeld(): void;
  close(): Promise<void>;
};

const linkPattern = /https?:\/\/[^\s"<>]+\/consent\/[A-Za-z0-9_-]+/;

type Held = { session: SMTPServerSession; raw: string; answer: () => void };

export async function startSmtpSink(options: SmtpSinkOptions = {}): Promise<SmtpSink> {
  const events = new EventEmitter();
  const messages: ReceivedMessage[] = [];
  const closedSessions = new Set<string>();
  const attemptMessageIds: (string | null)[] = [];
  let held: Held[] = [];
  let attempts = 0;
  let queued = 0;

  async function accept(session: SMTPServerSession, raw: string): Promise<string> {
    queued += 1;
    const queueId = `Q${String(queued).padStart(6, "0")}`;
    const parsed = await simpleParser(raw);
    const from = parsed.from?.value[0];
    const text = parsed.text ?? "";
    messages.push({
      messageId: parsed.messageId ?? null,
      fromName: from?.name ?? "",
      fromAddress: from?.address ?? "",
      envelopeTo: session.envelope.rcptTo.map((r) => r.address),
      subject: parsed.subject ?? "",
      text,
      html: typeof parsed.html === "string" ? parsed.html : "",
      headers: parsed.headers as Map<string, unknown>,
      raw,
      link: linkPattern.exec(text)?.[0] ?? null,
      queueId,
      secure: session.secure,
      user: typeof session.user === "string" ? session.user : null,
    });
    events.emit("change");
    return queueId;
  }

  const server = new SMTPServer({
    logger: false,
    closeTimeout: 100,
    authOptional: !options.auth,
    allowInsecureAuth: true,
    disabledCommands: [
      ...(options.auth ? [] : ["AUTH"]),
      ...(options.starttls ? [] : ["STARTTLS"]),
    ],
    onAuth(auth, _session, callback) {
      if (
        options.auth &&
        auth.username === options.auth.user &&
        auth.password === options.auth.pass
      ) {
        callback(null, { user: auth.username });
      } else {
        callback(new Error("Invalid username or password"));
      }
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        attempts += 1;
        attemptMessageIds.push(/^Message-ID:\s*(.+)$/im.exec(raw)?.[1]?.trim() ?? null);
        events.emit("change");
        const reply = options.reply?.(attempts) ?? "accept";
        const answer = () =>
          accept(session, raw).then(
            (queueId) => callback(null, `Message queued as ${queueId}`),
            (error: Error) => callback(error),
          );
        if (reply === "accept") {
          void answer();
        } else if (reply === "hold") {
          held.push({ session, raw, answer });
        } else {
          callback(Object.assign(new Error(reply.message), { responseCode: reply.code }));
        }
      });
    },
    onClose(session) {
      closedSessions.add(session.id);
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;

  function waitUntil(done: () => boolean, what: string, timeoutMs: number): Promise<void> {
    if (done()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        events.off("change", check);
        reject(new Error(`SMTP sink: timed out waiting for ${what}`));
      }, timeoutMs);
      function check() {
        if (!done()) return;
        clearTimeout(timer);
        events.off("change", check);
        resolve();
      }
      events.on("change", check);
    });
  }

  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages,
    get attempts() {
      return attempts;
    },
    attemptMessageIds,
    async waitForMessages(count, timeoutMs = 10_000) {
      await waitUntil(() => messages.length >= count, `${count} message(s)`, timeoutMs);
      return messages.slice(0, count);
    },
    waitForAttempts(count, timeoutMs = 10_000) {
      return waitUntil(() => attempts >= count, `${count} attempt(s)`, timeoutMs);
    },
    releaseHeld() {
      const waiting = held;
      held = [];
      for (const message of waiting) {
        if (!closedSessions.has(message.session.id)) void message.answer();
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
