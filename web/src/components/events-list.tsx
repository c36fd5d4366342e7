import type { Event } from "../api/client.js";
import { formatShortTime, t } from "../i18n/index.js";
import { tableClass, tdClass, thClass } from "./ui.js";

/** Events newest first; the payload opens on demand (D5). */
export function EventsList({ events, caption }: { events: Event[]; caption: string }) {
  return (
    <div className="relative overflow-x-auto">
      <table className={tableClass}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th className={thClass}>{t("events.time")}</th>
            <th className={thClass}>{t("events.type")}</th>
            <th className={thClass}>{t("events.subject")}</th>
            <th className={thClass}>{t("events.actor")}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id}>
              <td className={tdClass}>{formatShortTime(event.time)}</td>
              <td className={tdClass}>
                <code>{event.type}</code>
                <details className="mt-1">
                  <summary className="cursor-pointer text-xs text-blue-800">
                    {t("common.showPayload")}
                  </summary>
                  <pre className="mt-1 max-w-xl overflow-x-auto rounded bg-slate-100 p-2 text-xs">
                    {JSON.stringify(event, null, 2)}
                  </pre>
                </details>
              </td>
              <td className={tdClass}>
                <code>{event.subject}</code>
              </td>
              <td className={tdClass}>
                {event.actor.type}
                {event.actor.id ? ` ${event.actor.id}` : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
