import { type Logger, pino } from "pino";
import pinoPretty from "pino-pretty";

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

export type LoggerOptions = {
  level?: string;
  destination?: NodeJS.WritableStream;
  /** Human-readable lines instead of JSON; by default, when standard output is a terminal (T8). */
  pretty?: boolean;
};

/**
 * JSON lines for log collectors, or readable lines for a person at a terminal. The redaction is
 * the same either way: pretty-printing formats what pino already censored.
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  const config = {
    level: options.level ?? process.env.LOG_LEVEL ?? "info",
    redact: { paths: redactedPaths, censor: "[redacted]" },
  };
  const pretty = options.pretty ?? (options.destination === undefined && process.stdout.isTTY);
  if (pretty) {
    return pino(
      config,
      pinoPretty({
        destination: options.destination ?? process.stdout,
        translateTime: "SYS:HH:MM:ss",
        ignore: "pid,hostname",
        sync: true,
      }),
    );
  }
  // Standard output is written asynchronously, off the request's path (what is queued is flushed
  // when the process exits).
  return options.destination
    ? pino(config, options.destination)
    : pino(config, pino.destination({ dest: 1, sync: false }));
}
