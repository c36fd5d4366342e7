import type { Locale } from "../../domain/formats.js";

/**
 * Times and durations as a message states them. The user's time zone is unknown, so times are
 * given in UTC and say so.
 */

// Formatters are costly to build and are built once per language and unit.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function formatter<F extends Intl.DateTimeFormat | Intl.NumberFormat>(
  key: string,
  make: () => F,
): F {
  let found = formatters.get(key);
  if (!found) {
    found = make();
    formatters.set(key, found);
  }
  return found as F;
}

export function formatTime(locale: Locale, ms: number): string {
  const format = formatter(
    `time:${locale}`,
    () =>
      new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }),
  );
  return `${format.format(new Date(ms))} UTC`;
}

function unit(locale: Locale, value: number, name: "hour" | "minute"): string {
  const format = formatter(
    `${name}:${locale}`,
    () => new Intl.NumberFormat(locale, { style: "unit", unit: name, unitDisplay: "long" }),
  );
  return format.format(value);
}

/** "3 hours", "1 hour 30 minutes", "45 minutes" in the user's language; at least one minute. */
export function formatDuration(locale: Locale, ms: number): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return unit(locale, rest, "minute");
  if (rest === 0) return unit(locale, hours, "hour");
  return `${unit(locale, hours, "hour")} ${unit(locale, rest, "minute")}`;
}
