import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A loopback HTTP server that checks requests as a Twilio-shaped Messages API would: the path
 * names the account, basic auth carries the account sid and token, the body is a form with To,
 * From and Body. It answers 201 with a message sid, or what `reply(attempt)` says.
 */
export type GatewayMessage = {
  to: string;
  from: string;
  body: string;
  sid: string;
  idempotencyToken: string | undefined;
};

export type GatewayReply =
  | "accept"
  | "acceptWithoutBody"
  | { status: number; code?: number; message?: string };

export const gatewayAccount = {
  sid: "AC0123456789abcdef",
  token: "gateway-token",
  from: "+15550009999",
};

export async function startSmsGateway(options: { reply?: (attempt: number) => GatewayReply } = {}) {
  const messages: GatewayMessage[] = [];
  let attempts = 0;
  const expectedPath = `/2010-04-01/Accounts/${gatewayAccount.sid}/Messages.json`;
  const expectedAuth = `Basic ${Buffer.from(`${gatewayAccount.sid}:${gatewayAccount.token}`).toString("base64")}`;

  async function bodyOf(request: IncomingMessage): Promise<string> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  }

  const server = createServer(async (request, response) => {
    const answer = (status: number, body: object) => {
      response.writeHead(status, { "content-type": "application/json" });
      response.end(JSON.stringify(body));
    };
    const raw = await bodyOf(request);
    if (request.method !== "POST" || request.url !== expectedPath) {
      return answer(404, {
        code: 20404,
        message: "The requested resource was not found",
        status: 404,
      });
    }
    if (request.headers.authorization !== expectedAuth) {
      return answer(401, { code: 20003, message: "Authenticate", status: 401 });
    }
    if (request.headers["content-type"] !== "application/x-www-form-urlencoded") {
      return answer(400, { code: 20001, message: "Expected a form body", status: 400 });
    }
    const form = new URLSearchParams(raw);
    const to = form.get("To") ?? "";
    const from = form.get("From") ?? "";
    const body = form.get("Body") ?? "";
    if (!/^\+[1-9]\d{6,14}$/.test(to)) {
      return answer(400, {
        code: 21211,
        message: `The 'To' number ${to} is not a valid phone number.`,
        status: 400,
      });
    }
    if (from !== gatewayAccount.from || body === "") {
      return answer(400, {
        code: 21602,
        message: "Message body or sender is missing.",
        status: 400,
      });
    }
    attempts += 1;
    const reply = options.reply?.(attempts) ?? "accept";
    const idempotencyToken = request.headers["i-twilio-idempotency-token"] as string | undefined;
    const sid = `SM${String(messages.length + 1).padStart(32, "0")}`;
    if (reply === "acceptWithoutBody") {
      messages.push({ to, from, body, sid, idempotencyToken });
      response.writeHead(200);
      return response.end();
    }
    if (reply !== "accept") {
      return answer(reply.status, {
        code: reply.code,
        message: reply.message,
        status: reply.status,
      });
    }
    messages.push({ to, from, body, sid, idempotencyToken });
    return answer(201, { sid, status: "queued", to, from, body });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    messages,
    get attempts() {
      return attempts;
    },
    env(): NodeJS.ProcessEnv {
      return {
        SMS_URL: `http://127.0.0.1:${port}`,
        SMS_ACCOUNT_SID: gatewayAccount.sid,
        SMS_AUTH_TOKEN: gatewayAccount.token,
        SMS_FROM: gatewayAccount.from,
      };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type SmsGateway = Awaited<ReturnType<typeof startSmsGateway>>;
