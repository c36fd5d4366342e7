import { type Logger, pino } from "pino";

/**
 * The one logger. Secrets and personal data never reach a log line: known fields are redacted
 * by path, and link tokens in URLs are cut from request logs (see http/app.ts).
 */
export const redactedPaths = [
  "token",
  "*.token",
  "linkToken",
  "*.linkToken",
  "sealedToken",
  "*.sealedToken",
  "pin",
  "*.pin",
  "password",
  "*.password",
  "secret",
  "*.secret",
  "apiKey",
  "*.apiKey",
  "email",
  "*.email",
  "recipient",
  "*.recipient",
  "phoneNumber",
  "*.phoneNumber",
  "to",
  "*.to",
  "req.headers.authorization",
  "req.headers.cookie",
  "req.headers['x-csrf-token']",
  'res.headers["set-cookie"]',
];

export function createLogger(
  options: { level?: string; destination?: NodeJS.WritableStream } = {},
): Logger {
  const config = {
    level: options.level ?? process.env.LOG_LEVEL ?? "info",
    redact: { paths: redactedPaths, censor: "[redacted]" },
  };
  return options.destination ? pino(config, options.destination) : pino(config);
}
