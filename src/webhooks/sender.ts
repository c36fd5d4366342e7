import type { LookupAddress, LookupOptions } from "node:dns";
import http from "node:http";
import https from "node:https";
import { isIP, type Socket } from "node:net";
import { type AddressPolicy, hostOf } from "./address-policy.js";

/** What one POST to an endpoint came to (W3 shows it). */
export type SendOutcome = {
  ok: boolean;
  statusCode: number | null;
  /** Why it failed, when it did ("timed out after 15 s", "redirect not followed", …). */
  error: string | null;
  /** The first kilobyte of the answer. */
  response: string | null;
  durationMs: number;
};

export type WebhookRequest = { url: string; headers: Record<string, string>; body: string };

export type WebhookSender = {
  send(request: WebhookRequest): Promise<SendOutcome>;
  close(): void;
};

const keptBytes = 1024;
/** Read at most this much of an answer, then hang up: nobody needs a large one. */
const readLimit = 64 * 1024;

class RefusedAddress extends Error {
  override name = "RefusedAddress";
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * A `lookup` for the connection: resolves through the policy's resolver and refuses when any
 * address found may not be reached. Node connects to what this answers, so the address checked
 * is the address connected to; a name whose answer changed since the endpoint was saved is
 * checked again here (W5).
 */
function guardedLookup(policy: AddressPolicy, protocol: "http:" | "https:") {
  return (hostname: string, options: LookupOptions, callback: LookupCallback) => {
    policy.resolve(hostname).then(
      (found) => {
        for (const { address } of found) {
          const refused = policy.refusal(address, protocol);
          if (refused) {
            callback(new RefusedAddress(`${hostname} (${address}) ${refused}`), "", 4);
            return;
          }
        }
        const first = found[0];
        if (!first) {
          callback(
            Object.assign(new Error(`${hostname} does not resolve`), { code: "ENOTFOUND" }),
            "",
            4,
          );
        } else if (options.all) {
          callback(null, found);
        } else {
          callback(null, first.address, first.family);
        }
      },
      (error: NodeJS.ErrnoException) => callback(error, "", 4),
    );
  };
}

function describe(error: unknown, timeoutMs: number): string {
  if (error instanceof RefusedAddress) return `refused: ${error.message}`;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ETIMEDOUT_WEBHOOK") return `timed out after ${timeoutMs / 1000} s`;
  const message = error instanceof Error ? error.message : String(error);
  return code && !message.includes(code) ? `${code}: ${message}` : message;
}

/**
 * Sends webhooks over keep-alive connections, one pool per scheme. A request counts as delivered
 * only on a 2xx within the timeout; redirects are answers like any other, not followed (W5).
 */
export function createWebhookSender(policy: AddressPolicy, timeoutMs: number): WebhookSender {
  const agents = {
    "http:": new http.Agent({ keepAlive: true, maxSockets: 64 }),
    "https:": new https.Agent({ keepAlive: true, maxSockets: 64 }),
  };
  const lookups = {
    "http:": guardedLookup(policy, "http:"),
    "https:": guardedLookup(policy, "https:"),
  };

  function send(request: WebhookRequest): Promise<SendOutcome> {
    const started = performance.now();
    const finish = (outcome: Omit<SendOutcome, "durationMs">): SendOutcome => ({
      ...outcome,
      durationMs: Math.round(performance.now() - started),
    });
    const url = new URL(request.url);
    const protocol = url.protocol;
    if (protocol !== "http:" && protocol !== "https:") {
      return Promise.resolve(
        finish({ ok: false, statusCode: null, error: "not an http(s) URL", response: null }),
      );
    }
    // An address in the URL is connected to without a lookup: check it here.
    const host = hostOf(url);
    if (isIP(host)) {
      const refused = policy.refusal(host, protocol);
      if (refused) {
        return Promise.resolve(
          finish({
            ok: false,
            statusCode: null,
            error: `refused: ${host} ${refused}`,
            response: null,
          }),
        );
      }
    }
    return new Promise((resolve) => {
      let settled = false;
      const settle = (outcome: Omit<SendOutcome, "durationMs">) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(finish(outcome));
      };
      const client = protocol === "https:" ? https : http;
      const req = client.request(
        url,
        {
          method: "POST",
          agent: agents[protocol],
          lookup: lookups[protocol] as never,
          headers: {
            ...request.headers,
            "content-type": "application/json",
            "content-length": String(Buffer.byteLength(request.body)),
            "user-agent": "Assent-Webhooks/1.0",
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          let read = 0;
          res.on("data", (chunk: Buffer) => {
            if (read < keptBytes) chunks.push(chunk);
            read += chunk.length;
            if (read > readLimit) res.destroy();
          });
          const done = () => {
            const status = res.statusCode ?? 0;
            const text = Buffer.concat(chunks).subarray(0, keptBytes).toString("utf8");
            const ok = status >= 200 && status < 300;
            let error: string | null = null;
            if (status >= 300 && status < 400) error = "redirect not followed";
            else if (!ok) error = `answered ${status}`;
            settle({ ok, statusCode: status, error, response: text === "" ? null : text });
          };
          res.on("end", done);
          res.on("close", done);
          res.on("error", done);
        },
      );
      const timer = setTimeout(() => {
        req.destroy(Object.assign(new Error("timed out"), { code: "ETIMEDOUT_WEBHOOK" }));
      }, timeoutMs);
      req.on("socket", (socket: Socket) => {
        if (!socket.connecting) return;
        // The address actually connected to, checked once more (the lookup above already
        // chose only allowed ones); a pooled connection was checked when it was made.
        socket.once("connect", () => {
          const address = socket.remoteAddress;
          const refused = address ? policy.refusal(address, protocol) : "has no address";
          if (refused) req.destroy(new RefusedAddress(`${address ?? host} ${refused}`));
        });
      });
      req.on("error", (error) => {
        settle({
          ok: false,
          statusCode: null,
          error: describe(error, timeoutMs),
          response: null,
        });
      });
      req.end(request.body);
    });
  }

  return {
    send,
    close() {
      agents["http:"].destroy();
      agents["https:"].destroy();
    },
  };
}
