import { describeFailure } from "./addresses.js";
import type { SmsSettings } from "./settings.js";
import type { SendResult, SmsTransport } from "./transport.js";

/** The Messages resource of a Twilio-shaped gateway, under SMS_URL. */
export function messagesEndpoint(settings: SmsSettings): URL {
  const base = settings.url.endsWith("/") ? settings.url : `${settings.url}/`;
  return new URL(
    `2010-04-01/Accounts/${encodeURIComponent(settings.accountSid)}/Messages.json`,
    base,
  );
}

function refused(status: number, body: { code?: unknown; message?: unknown }): SendResult {
  const detail = [body.code, body.message].filter((part) => part !== undefined).join(" ");
  // 408 and 429 say "not now"; any other 4xx is about this message and will not change.
  const permanent = status >= 400 && status < 500 && status !== 408 && status !== 429;
  return {
    ok: false,
    permanent,
    reason: describeFailure(
      `The SMS gateway ${permanent ? "refused" : "deferred"} the message (HTTP ${status}${detail ? `: ${detail}` : ""})`,
    ),
  };
}

/**
 * Text messages through an HTTP gateway in the shape of Twilio's Messages API: a form POST with
 * To, From and Body, basic auth with the account sid and token; the answer's `sid` is the
 * provider's message id.
 */
export function smsTransport(settings: SmsSettings, timeoutMs = 15_000): SmsTransport {
  const endpoint = messagesEndpoint(settings);
  const authorization = `Basic ${Buffer.from(`${settings.accountSid}:${settings.authToken}`).toString("base64")}`;
  return {
    name: "sms",
    async send(sms) {
      let response: Response;
      try {
        response = await fetch(endpoint, {
          method: "POST",
          headers: {
            authorization,
            "content-type": "application/x-www-form-urlencoded",
            accept: "application/json",
            // Stable per job: a gateway that honours it drops the retry of a send it accepted.
            "i-twilio-idempotency-token": sms.key,
          },
          body: new URLSearchParams({ To: sms.to, From: settings.from, Body: sms.text }),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        const cause = (error as Error & { cause?: { code?: string } }).cause?.code;
        return {
          ok: false,
          permanent: false,
          reason: `Could not reach the SMS gateway (${cause ?? (error as Error).name})`,
        };
      }
      const body = (await response.json().catch(() => ({}))) as {
        sid?: unknown;
        code?: unknown;
        message?: unknown;
      };
      if (!response.ok) return refused(response.status, body);
      // Accepted is accepted: sending again because the answer lacked a sid would send twice.
      return {
        ok: true,
        providerMessageId: typeof body.sid === "string" ? body.sid : "unknown",
        messageId: null,
      };
    },
    close: async () => {},
  };
}
