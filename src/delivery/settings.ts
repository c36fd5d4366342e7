import { ConfigError } from "../config.js";
import { isE164 } from "../domain/formats.js";
import { isDeliverableEmail } from "./addresses.js";

/**
 * Delivery settings from the environment. Without SMTP_URL emails are kept in the Outbox (D7);
 * without the SMS_* settings text messages are. A malformed value stops start-up with a message
 * naming the variable; values are never echoed, since they may hold credentials.
 */
export type SmtpSettings = {
  /** smtp://user:pass@host:587 (STARTTLS when offered) or smtps://… (TLS from the start). */
  url: string;
  /** The sender address; the display name is the project's name. */
  from: string;
  /**
   * Refuse to send unless the connection is encrypted (T7): smtp:// must upgrade with STARTTLS.
   * Off only for a server on loopback, or when SMTP_URL says `requireTLS=false`.
   */
  requireTls: boolean;
};

function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  return host === "localhost" || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/**
 * A flag in SMTP_URL's query as nodemailer reads it, since its reading overrides our options: a
 * number is a number (`0` and an empty value are false), `true`/`false` are booleans, any other
 * text is true. A flag given twice reaches nodemailer as a list, which is true; it is refused.
 */
function urlFlag(parsed: URL, name: string): boolean | undefined {
  const values = parsed.searchParams.getAll(name);
  if (values.length > 1) throw new ConfigError(`SMTP_URL must name ${name} at most once`);
  const value = values[0];
  if (value === undefined) return undefined;
  if (!Number.isNaN(Number(value))) return Number(value) !== 0;
  return value !== "false";
}

/**
 * Mail carries live consent links, so it travels encrypted: TLS from the start (smtps://) or
 * STARTTLS, required. Only a server on this machine, or an operator who writes
 * `requireTLS=false` in SMTP_URL, may be spoken to in the clear.
 */
function smtpRequiresTls(parsed: URL): boolean {
  const requireTls = urlFlag(parsed, "requireTLS");
  const optedOut = requireTls === false;
  if (optedOut || isLoopback(parsed.hostname)) return false;
  const tlsTurnedOff =
    urlFlag(parsed, "ignoreTLS") === true ||
    (parsed.protocol === "smtps:" && urlFlag(parsed, "secure") === false);
  if (tlsTurnedOff) {
    throw new ConfigError(
      "SMTP_URL turns TLS off for a server that is not on loopback; mail carries consent links, so use smtps:// or STARTTLS, or add requireTLS=false to SMTP_URL to send in the clear on purpose",
    );
  }
  return true;
}

/** An HTTP gateway in the shape of Twilio's Messages API. */
export type SmsSettings = { url: string; accountSid: string; authToken: string; from: string };

export type DeliverySettings = {
  smtp: SmtpSettings | null;
  sms: SmsSettings | null;
  /** OUTBOX=1: keep what has no real transport in the Outbox even though one is configured. */
  outbox: boolean;
};

function setting(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === "" ? undefined : value;
}

function parseSmtp(env: NodeJS.ProcessEnv): SmtpSettings | null {
  const url = setting(env, "SMTP_URL");
  if (url === undefined) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConfigError("SMTP_URL must be a URL such as smtp://user:pass@mail.example.com:587");
  }
  if (parsed.protocol !== "smtp:" && parsed.protocol !== "smtps:") {
    throw new ConfigError(
      `SMTP_URL must start with smtp:// or smtps:// (it starts with ${parsed.protocol}//)`,
    );
  }
  if (parsed.hostname === "") throw new ConfigError("SMTP_URL must name a host");
  if (parsed.pathname !== "" && parsed.pathname !== "/") {
    throw new ConfigError("SMTP_URL must not have a path");
  }
  const from = setting(env, "SMTP_FROM");
  if (from === undefined) {
    throw new ConfigError("SMTP_FROM must be set when SMTP_URL is set (e.g. no-reply@example.com)");
  }
  if (!isDeliverableEmail(from)) {
    throw new ConfigError(
      "SMTP_FROM must be a plain email address such as no-reply@example.com; the sender name is the project's name",
    );
  }
  return { url, from, requireTls: smtpRequiresTls(parsed) };
}

const smsNames = ["SMS_URL", "SMS_ACCOUNT_SID", "SMS_AUTH_TOKEN", "SMS_FROM"] as const;

function parseSms(env: NodeJS.ProcessEnv): SmsSettings | null {
  const values = Object.fromEntries(smsNames.map((name) => [name, setting(env, name)]));
  const given = smsNames.filter((name) => values[name] !== undefined);
  if (given.length === 0) return null;
  const missing = smsNames.find((name) => values[name] === undefined);
  if (missing) throw new ConfigError(`${missing} must be set when ${given[0]} is set`);
  const {
    SMS_URL: url,
    SMS_ACCOUNT_SID: accountSid,
    SMS_AUTH_TOKEN: authToken,
    SMS_FROM: from,
  } = values as Record<(typeof smsNames)[number], string>;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") throw new Error();
  } catch {
    throw new ConfigError("SMS_URL must be an http(s) URL such as https://api.twilio.com");
  }
  if (!/^[A-Za-z0-9_-]+$/.test(accountSid)) {
    throw new ConfigError("SMS_ACCOUNT_SID must be letters and digits, e.g. AC0123…");
  }
  if (/\s/.test(authToken)) throw new ConfigError("SMS_AUTH_TOKEN must not contain spaces");
  // A phone number in E.164, or an alphanumeric sender id (up to 11 characters, one letter).
  if (!isE164(from) && !/^(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11}$/.test(from)) {
    throw new ConfigError(
      "SMS_FROM must be a phone number in E.164 (e.g. +15550100123) or a sender name of up to 11 letters and digits",
    );
  }
  return { url, accountSid, authToken, from };
}

export function deliverySettings(env: NodeJS.ProcessEnv): DeliverySettings {
  const outbox = setting(env, "OUTBOX");
  if (outbox !== undefined && outbox !== "1" && outbox !== "0") {
    throw new ConfigError("OUTBOX must be 1 (keep messages in the Outbox) or 0");
  }
  return { smtp: parseSmtp(env), sms: parseSms(env), outbox: outbox === "1" };
}
