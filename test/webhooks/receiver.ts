/**
 * A real webhook receiver on loopback for tests: it verifies every request it gets with the
 * `standardwebhooks` package (as a client of the product would) against the secrets it is told,
 * and answers as the test decides.
 *
 *   const receiver = await startReceiver();
 *   receiver.secrets = [secret];          // whsec_… as the API answered it
 *   receiver.reply = (n) => 500;          // or "hang", { status: 302, location }, 200 (default)
 *   await receiver.waitFor(3);
 *   receiver.deliveries[0].event;         // the parsed body
 *   receiver.deliveries[0].verifiedWith;  // which secrets verified it
 */
import { EventEmitter } from "node:events";
import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";

export type Delivery = {
  id: string;
  timestamp: string;
  signature: string;
  body: string;
  event: { id: string; type: string; [key: string]: unknown };
  headers: IncomingHttpHeaders;
  /** The secrets (indexes into `secrets` at the time) whose verification passed. */
  verifiedWith: number[];
};

export type Reply = number | "hang" | { status: number; location?: string; body?: string };

export type Receiver = {
  url: string;
  port: number;
  secrets: string[];
  /** Every request received, verified or not, in order. */
  deliveries: Delivery[];
  reply: (attempt: number) => Reply;
  waitFor(count: number, timeoutMs?: number): Promise<Delivery[]>;
  close(): Promise<void>;
};

/**
 * Verifies as a receiver whose clock reads `now()`: the package refuses timestamps more than five
 * minutes from its clock, and tests move the product's clock by hours.
 */
function verifyAt(
  now: () => number,
  secret: string,
  body: string,
  headers: Record<string, string>,
) {
  const systemNow = Date.now;
  Date.now = now;
  try {
    new Webhook(secret).verify(body, headers);
  } finally {
    Date.now = systemNow;
  }
}

export async function startReceiver(options: { now?: () => number } = {}): Promise<Receiver> {
  const now = options.now ?? Date.now;
  const events = new EventEmitter();
  const hanging = new Set<ServerResponse>();
  const receiver: Receiver = {
    url: "",
    port: 0,
    secrets: [],
    deliveries: [],
    reply: () => 200,
    waitFor(count, timeoutMs = 15_000) {
      if (receiver.deliveries.length >= count) return Promise.resolve(receiver.deliveries);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          events.off("delivery", check);
          reject(new Error(`receiver: ${receiver.deliveries.length} of ${count} deliveries`));
        }, timeoutMs);
        function check() {
          if (receiver.deliveries.length < count) return;
          clearTimeout(timer);
          events.off("delivery", check);
          resolve(receiver.deliveries);
        }
        events.on("delivery", check);
      });
    },
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const headers = {
        "webhook-id": String(req.headers["webhook-id"] ?? ""),
        "webhook-timestamp": String(req.headers["webhook-timestamp"] ?? ""),
        "webhook-signature": String(req.headers["webhook-signature"] ?? ""),
      };
      const verifiedWith = receiver.secrets.flatMap((secret, index) => {
        try {
          verifyAt(now, secret, body, headers);
          return [index];
        } catch {
          return [];
        }
      });
      receiver.deliveries.push({
        id: headers["webhook-id"],
        timestamp: headers["webhook-timestamp"],
        signature: headers["webhook-signature"],
        body,
        event: JSON.parse(body) as Delivery["event"],
        headers: req.headers,
        verifiedWith,
      });
      events.emit("delivery");
      const reply = receiver.reply(receiver.deliveries.length);
      if (reply === "hang") {
        hanging.add(res);
        return;
      }
      const {
        status,
        location,
        body: answer,
      } = typeof reply === "number" ? { status: reply, location: undefined, body: "ok" } : reply;
      res.writeHead(status, location ? { location } : {});
      res.end(answer ?? "");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  receiver.port = (server.address() as AddressInfo).port;
  receiver.url = `http://127.0.0.1:${receiver.port}/hooks`;
  return receiver;
}
