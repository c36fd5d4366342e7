/**
 * The soak's peers on loopback: a real SMTP server (smtp-server) and a Twilio-shaped SMS gateway,
 * each accepting most messages and, at configurable rates, answering late, dropping the
 * connection before answering, or refusing with a temporary (4xx) or permanent (5xx) answer.
 * They record every message they accepted, keyed by what the product sends to tell one message
 * from another (the email's Message-ID, the SMS idempotency token: both the job's id), so that a
 * message accepted twice is counted.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type FaultRates = {
  /** Answered after `delayMs` (accepted). */
  delay: number;
  /** The connection dropped before any answer: the sender cannot know it arrived (not kept). */
  drop: number;
  /** A temporary refusal (SMTP 451, HTTP 503). */
  temporary: number;
  /** A permanent refusal (SMTP 550, HTTP 400). */
  permanent: number;
  delayMs: number;
};

export const defaultFaultRates: FaultRates = {
  delay: 0.05,
  drop: 0.01,
  temporary: 0.02,
  permanent: 0.005,
  delayMs: 1500,
};

export type Accepted = {
  /** The job's id: Message-ID's local part for email, the idempotency token for SMS. */
  key: string;
  channel: "email" | "sms";
  to: string;
  /** The consent link, when the message carries one. */
  link: string | null;
  at: number;
};

export type PeerCounts = {
  received: number;
  accepted: number;
  delayed: number;
  dropped: number;
  temporary: number;
  permanent: number;
  /** Refused because the server was down (connections refused are not seen: counted by outage). */
};

type Outcome = "accept" | "delay" | "drop" | "temporary" | "permanent";

function pick(rates: FaultRates, random: () => number): Outcome {
  let r = random();
  for (const outcome of ["delay", "drop", "temporary", "permanent"] as const) {
    if (r < rates[outcome]) return outcome;
    r -= rates[outcome];
  }
  return "accept";
}

const linkPattern = /https?:\/\/[^\s"<>]+\/consent\/[A-Za-z0-9_-]+/;

export type SoakPeer = {
  accepted: Accepted[];
  counts: PeerCounts;
  /** Called for every accepted message. */
  onAccepted(listener: (message: Accepted) => void): void;
  close(): Promise<void>;
};

export type SoakSmtp = SoakPeer & {
  url: string;
  /** Stops listening and cuts every connection; `start` listens again on the same port. */
  stop(): Promise<void>;
  start(): Promise<void>;
};

function newCounts(): PeerCounts {
  return { received: 0, accepted: 0, delayed: 0, dropped: 0, temporary: 0, permanent: 0 };
}

export async function startSoakSmtp(
  rates: FaultRates,
  random: () => number = Math.random,
): Promise<SoakSmtp> {
  const accepted: Accepted[] = [];
  const counts = newCounts();
  const listeners: ((message: Accepted) => void)[] = [];
  let port = 0;
  let server: SMTPServer | null = null;

  function socketOf(current: SMTPServer, remotePort: number): Socket | undefined {
    const connections = (current as unknown as { connections: Set<{ _socket?: Socket }> })
      .connections;
    for (const connection of connections) {
      if (connection._socket?.remotePort === remotePort) return connection._socket;
    }
    return undefined;
  }

  function create(): SMTPServer {
    const current: SMTPServer = new SMTPServer({
      logger: false,
      closeTimeout: 100,
      authOptional: true,
      disabledCommands: ["AUTH", "STARTTLS"],
      size: 1024 * 1024,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("end", () => {
          counts.received += 1;
          const raw = Buffer.concat(chunks).toString("utf8");
          const outcome = pick(rates, random);
          const accept = async () => {
            const parsed = await simpleParser(raw);
            const key = /^<?([^@>]+)@/.exec(parsed.messageId ?? "")?.[1] ?? "unknown";
            const message: Accepted = {
              key,
              channel: "email",
              to: session.envelope.rcptTo[0]?.address ?? "",
              link: linkPattern.exec(parsed.text ?? "")?.[0] ?? null,
              at: Date.now(),
            };
            accepted.push(message);
            counts.accepted += 1;
            for (const listener of listeners) listener(message);
            callback(null, `Message queued as Q${counts.accepted}`);
          };
          if (outcome === "accept") {
            void accept().catch((error: Error) => callback(error));
          } else if (outcome === "delay") {
            counts.delayed += 1;
            setTimeout(() => void accept().catch((error: Error) => callback(error)), rates.delayMs);
          } else if (outcome === "drop") {
            counts.dropped += 1;
            socketOf(current, session.remotePort)?.destroy();
          } else if (outcome === "temporary") {
            counts.temporary += 1;
            callback(Object.assign(new Error("Try again later"), { responseCode: 451 }) as Error);
          } else {
            counts.permanent += 1;
            callback(
              Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 }) as Error,
            );
          }
        });
      },
    });
    // A client that goes away mid-message is not an error of the server's.
    current.on("error", () => {});
    return current;
  }

  async function start(): Promise<void> {
    const next = create();
    await new Promise<void>((resolve, reject) => {
      next.server.once("error", reject);
      next.listen(port, "127.0.0.1", () => resolve());
    });
    port = (next.server.address() as AddressInfo).port;
    server = next;
  }

  async function stop(): Promise<void> {
    const current = server;
    if (!current) return;
    server = null;
    const connections = (current as unknown as { connections: Set<{ _socket?: Socket }> })
      .connections;
    for (const connection of connections) connection._socket?.destroy();
    await new Promise<void>((resolve) => current.close(() => resolve()));
  }

  await start();
  return {
    url: `smtp://127.0.0.1:${port}`,
    accepted,
    counts,
    onAccepted: (listener) => listeners.push(listener),
    stop,
    start,
    close: stop,
  };
}

export const soakSmsAccount = {
  sid: "ACsoak0123456789",
  token: "soak-gateway-token",
  from: "+15550009999",
};

export type SoakSms = SoakPeer & { env: Record<string, string> };

/** An HTTP SMS gateway in the shape of Twilio's Messages API (see test/delivery/sms-gateway.ts). */
export async function startSoakSms(
  rates: FaultRates,
  random: () => number = Math.random,
): Promise<SoakSms> {
  const accepted: Accepted[] = [];
  const counts = newCounts();
  const listeners: ((message: Accepted) => void)[] = [];
  const path = `/2010-04-01/Accounts/${soakSmsAccount.sid}/Messages.json`;
  const server: Server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const answer = (status: number, body: object) => {
      response.writeHead(status, { "content-type": "application/json" });
      response.end(JSON.stringify(body));
    };
    if (request.method !== "POST" || request.url !== path) return answer(404, { status: 404 });
    counts.received += 1;
    const form = new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
    const outcome = pick(rates, random);
    const accept = () => {
      const message: Accepted = {
        key: String(request.headers["i-twilio-idempotency-token"] ?? "unknown"),
        channel: "sms",
        to: form.get("To") ?? "",
        link: linkPattern.exec(form.get("Body") ?? "")?.[0] ?? null,
        at: Date.now(),
      };
      accepted.push(message);
      counts.accepted += 1;
      for (const listener of listeners) listener(message);
      answer(201, { sid: `SM${String(counts.accepted).padStart(32, "0")}`, status: "queued" });
    };
    if (outcome === "accept") return accept();
    if (outcome === "delay") {
      counts.delayed += 1;
      setTimeout(accept, rates.delayMs);
      return;
    }
    if (outcome === "drop") {
      counts.dropped += 1;
      request.socket.destroy();
      return;
    }
    if (outcome === "temporary") {
      counts.temporary += 1;
      return answer(503, { code: 20503, message: "Service unavailable", status: 503 });
    }
    counts.permanent += 1;
    return answer(400, { code: 21211, message: "Invalid 'To' number", status: 400 });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    accepted,
    counts,
    onAccepted: (listener) => listeners.push(listener),
    env: {
      SMS_URL: `http://127.0.0.1:${port}`,
      SMS_ACCOUNT_SID: soakSmsAccount.sid,
      SMS_AUTH_TOKEN: soakSmsAccount.token,
      SMS_FROM: soakSmsAccount.from,
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
