import { t } from "../i18n/index.js";

/** "3 h 0 min", "15 min", "45 s". */
export function formatDuration(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  if (h > 0) return m === 0 ? t("time.wholeHours", { h }) : t("time.hours", { h, m });
  if (m > 0) return t("time.minutes", { m });
  return t("time.seconds", { s: Math.round(seconds) });
}
