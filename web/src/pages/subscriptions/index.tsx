import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { Link } from "react-router";
import { api, type Subscription, unwrap } from "../../api/client.js";
import { useUser } from "../../components/request-dialogs.js";
import {
  ErrorText,
  inputClass,
  Loading,
  Pager,
  PageTitle,
  StatusBadge,
  tableClass,
  tdClass,
  thClass,
} from "../../components/ui.js";
import { formatTime, t } from "../../i18n/index.js";
import { useUrlFilters } from "../../lib/url-filters.js";
import { useProject } from "../../session.js";

function UserCell({ userId }: { userId: string }) {
  const user = useUser(userId);
  return (
    <>
      <span className="block">{user.data?.fullName ?? userId}</span>
      <span className="block text-xs text-slate-700">{user.data?.email ?? ""}</span>
    </>
  );
}

function Row({ subscription }: { subscription: Subscription }) {
  const { project } = useProject();
  return (
    <tr>
      <td className={tdClass}>
        <Link
          className="font-medium text-blue-800 underline"
          to={`/projects/${project.id}/subscriptions/${subscription.id}`}
        >
          {subscription.phoneNumber}
        </Link>
      </td>
      <td className={tdClass}>
        <UserCell userId={subscription.user} />
      </td>
      <td className={tdClass}>
        <StatusBadge status={subscription.status} />
        {subscription.flaggedAt && (
          <span className="ml-1 inline-block rounded-full bg-red-100 px-2 py-0.5 text-xs font-semibold text-red-900 ring-1 ring-red-700">
            {t("subscriptions.flagged")}
          </span>
        )}
      </td>
      <td className={tdClass}>{subscription.provider}</td>
      <td className={tdClass}>{formatTime(subscription.createdAt)}</td>
    </tr>
  );
}

/** D2: the lines, searched while typing by number, name or email. */
export function SubscriptionsPage() {
  const { project } = useProject();
  const { values, cursor, setFilter, setCursor } = useUrlFilters(["q", "flagged"] as const);
  const [text, setText] = useState(values.q);
  useEffect(() => {
    const timer = setTimeout(() => {
      if (text.trim() !== values.q) setFilter("q", text.trim());
    }, 200);
    return () => clearTimeout(timer);
  }, [text, values.q, setFilter]);
  const query = {
    limit: 20,
    ...(values.q ? { q: values.q } : {}),
    ...(values.flagged === "true" ? { flagged: "true" as const } : {}),
    ...(cursor.after ? { after: cursor.after } : {}),
    ...(cursor.before ? { before: cursor.before } : {}),
  };
  const list = useQuery({
    queryKey: ["subscriptions", project.id, query],
    queryFn: () =>
      unwrap(
        api.GET("/api/projects/{projectId}/subscriptions", {
          params: { path: { projectId: project.id }, query },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <PageTitle>{t("subscriptions.title")}</PageTitle>
      <label className="mb-4 flex max-w-md flex-col gap-1 text-sm font-medium">
        {t("subscriptions.search")}
        <input
          type="search"
          className={inputClass}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      <label className="mb-4 flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={values.flagged === "true"}
          onChange={(e) => setFilter("flagged", e.target.checked ? "true" : "")}
        />
        {t("subscriptions.flaggedOnly")}
      </label>
      <ErrorText error={list.error} />
      {list.isPending && <Loading />}
      {list.data &&
        (list.data.items.length === 0 ? (
          <p role="status">{t("subscriptions.empty")}</p>
        ) : (
          <div className="relative overflow-x-auto">
            <table className={tableClass}>
              <caption className="sr-only">{t("subscriptions.title")}</caption>
              <thead>
                <tr>
                  <th className={thClass}>{t("subscriptions.phoneNumber")}</th>
                  <th className={thClass}>{t("subscriptions.user")}</th>
                  <th className={thClass}>{t("subscriptions.status")}</th>
                  <th className={thClass}>{t("subscriptions.provider")}</th>
                  <th className={thClass}>{t("subscriptions.created")}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.items.map((s) => (
                  <Row key={s.id} subscription={s} />
                ))}
              </tbody>
            </table>
          </div>
        ))}
      {list.data && (
        <Pager
          moreAfter={list.data.moreItemsAfter}
          moreBefore={list.data.moreItemsBefore}
          onAfter={(id) => setCursor("after", id)}
          onBefore={(id) => setCursor("before", id)}
        />
      )}
    </>
  );
}
