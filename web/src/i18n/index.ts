import { en, type MessageKey } from "./en.js";

export type { MessageKey };

/** Catalogues by locale; every catalogue has every key of the English one. */
const catalogues: Record<string, Record<MessageKey, string>> = { en };

export const locale = "en";

/** The message `key` of the dashboard's locale, with `{name}` placeholders filled in. */
export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
  const template = (catalogues[locale] ?? en)[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

export function formatTime(iso: string | null | undefined): string {
  if (!iso) return t("common.none");
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(
    new Date(iso),
  );
}

/** A compact date and time for table cells. */
export function formatShortTime(iso: string | null | undefined): string {
  if (!iso) return t("common.none");
  return new Intl.DateTimeFormat(locale, { dateStyle: "short", timeStyle: "short" }).format(
    new Date(iso),
  );
}
