import { useEffect, useState } from "react";
import { t } from "../i18n/index.js";
import { timeLeft } from "../lib/consent.js";

/** "2 h 59 min left" on a pending request, counting down. */
export function TimeLeft({ expiresAt }: { expiresAt: string }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 15_000);
    return () => clearInterval(timer);
  }, []);
  const left = timeLeft(expiresAt, now);
  if (!left) return <span>{t("time.expired")}</span>;
  const time =
    left.hours > 0
      ? t("time.hours", { h: left.hours, m: left.minutes })
      : left.minutes > 0
        ? t("time.minutes", { m: left.minutes })
        : t("time.seconds", { s: left.seconds });
  return <span>{t("time.left", { time })}</span>;
}
