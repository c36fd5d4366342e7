import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { api, type ConsentRequest, type Stats, unwrap } from "../../api/client.js";
import { ErrorText, Loading, PageTitle, Section } from "../../components/ui.js";
import { formatTime, t } from "../../i18n/index.js";
import { formatDuration } from "../../lib/durations.js";
import { useProject } from "../../session.js";
import { LineChart } from "./line-chart.js";

const weekMs = 7 * 86_400_000;

function RequestLinks({ requests }: { requests: ConsentRequest[] }) {
  const { project } = useProject();
  if (requests.length === 0)
    return <p className="text-sm text-slate-700">{t("overview.nothing")}</p>;
  return (
    <ul className="list-disc pl-5 text-sm">
      {requests.map((r) => (
        <li key={r.id}>
          <Link
            className="text-blue-800 underline"
            to={`/projects/${project.id}/subscriptions/${r.subscription}`}
          >
            {t(`type.${r.type}`)} · {r.recipient}
          </Link>{" "}
          <span className="text-slate-700">
            {formatTime(r.approvedAt ?? r.declinedAt ?? r.createdAt)}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The first screen: what needs attention, and the last 30 days in three small charts. */
export function OverviewPage() {
  const { project } = useProject();
  const list = (query: { status: "approved" | "declined"; type?: "portOutCredentials" }) =>
    unwrap(
      api.GET("/api/projects/{projectId}/consentRequests", {
        params: { path: { projectId: project.id }, query: { ...query, limit: 50 } },
      }),
    );
  const approved = useQuery({
    queryKey: ["consentRequests", project.id, "approved-all"],
    queryFn: () => list({ status: "approved" }),
  });
  const declined = useQuery({
    queryKey: ["consentRequests", project.id, "declined"],
    queryFn: () => list({ status: "declined" }),
  });
  const flagged = useQuery({
    queryKey: ["subscriptions", project.id, { flagged: "true" }],
    queryFn: () =>
      unwrap(
        api.GET("/api/projects/{projectId}/subscriptions", {
          params: { path: { projectId: project.id }, query: { flagged: "true", limit: 20 } },
        }),
      ),
  });
  const stats = useQuery({
    queryKey: ["stats", project.id],
    queryFn: () =>
      unwrap<Stats>(
        api.GET("/api/projects/{projectId}/stats/consentRequests", {
          params: { path: { projectId: project.id }, query: { days: 30 } },
        }),
      ),
  });
  const approvedItems = approved.data?.items ?? [];
  const waitingPortOuts = approvedItems.filter(
    (r) => r.type === "portOutCredentials" && !r.fulfillmentError,
  );
  const failed = approvedItems.filter((r) => r.fulfillmentError);
  const recentDeclines = (declined.data?.items ?? []).filter(
    (r) => r.declinedAt && Date.now() - Date.parse(r.declinedAt) < weekMs,
  );
  const days = stats.data?.days ?? [];
  return (
    <>
      <PageTitle>{t("overview.title")}</PageTitle>
      <Section title={t("overview.attention")}>
        <ErrorText error={approved.error ?? declined.error ?? flagged.error} />
        <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-4">
          <div>
            <h3 className="mb-1 font-semibold">{t("overview.approvedPortOuts")}</h3>
            <RequestLinks requests={waitingPortOuts} />
          </div>
          <div>
            <h3 className="mb-1 font-semibold">{t("overview.failedFulfilments")}</h3>
            <RequestLinks requests={failed} />
          </div>
          <div>
            <h3 className="mb-1 font-semibold">{t("overview.declined")}</h3>
            <RequestLinks requests={recentDeclines} />
          </div>
          <div>
            <h3 className="mb-1 font-semibold">{t("overview.flagged")}</h3>
            {(flagged.data?.items.length ?? 0) === 0 ? (
              <p className="text-sm text-slate-700">{t("overview.nothing")}</p>
            ) : (
              <ul className="list-disc pl-5 text-sm">
                {flagged.data?.items.map((line) => (
                  <li key={line.id}>
                    <Link
                      className="text-blue-800 underline"
                      to={`/projects/${project.id}/subscriptions/${line.id}`}
                    >
                      {line.phoneNumber}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
      </Section>
      <Section title={t("overview.charts")}>
        <ErrorText error={stats.error} />
        {stats.isPending && <Loading />}
        {stats.data && (
          <div className="grid gap-6 lg:grid-cols-2">
            <figure>
              <figcaption className="mb-1 font-semibold">{t("overview.byOutcome")}</figcaption>
              <LineChart
                label={t("overview.byOutcome")}
                dates={days.map((d) => d.date)}
                series={(
                  ["approved", "fulfilled", "declined", "expired", "canceled", "pending"] as const
                ).map((status) => ({
                  label: t(`status.${status}`),
                  values: days.map((d) => d[status]),
                }))}
              />
            </figure>
            <figure>
              <figcaption className="mb-1 font-semibold">{t("overview.median")}</figcaption>
              <LineChart
                label={t("overview.median")}
                dates={days.map((d) => d.date)}
                series={[
                  { label: t("overview.median"), values: days.map((d) => d.medianDecisionSeconds) },
                ]}
              />
              <p className="text-sm">
                {stats.data.medianDecisionSeconds === null
                  ? t("overview.noData")
                  : t("overview.medianOverall", {
                      time: formatDuration(stats.data.medianDecisionSeconds),
                    })}
              </p>
            </figure>
            <figure>
              <figcaption className="mb-1 font-semibold">{t("overview.byMethod")}</figcaption>
              <MethodShares stats={stats.data} />
            </figure>
          </div>
        )}
      </Section>
    </>
  );
}

const shareColours = {
  approved: "bg-green-600",
  declined: "bg-red-600",
  expired: "bg-slate-500",
} as const;

function MethodShares({ stats }: { stats: Stats }) {
  if (stats.byDeliveryMethod.length === 0) return <p className="text-sm">{t("overview.noData")}</p>;
  return (
    <ul className="flex flex-col gap-3">
      {stats.byDeliveryMethod.map((m) => {
        const total = Math.max(1, m.total);
        return (
          <li key={m.deliveryMethod}>
            <p className="text-sm">
              {t("overview.methodRow", {
                method: t(`method.${m.deliveryMethod}`),
                total: m.total,
                approved: m.approved,
                declined: m.declined,
                expired: m.expired,
              })}
            </p>
            <div
              className="flex h-3 w-full overflow-hidden rounded bg-slate-200"
              aria-hidden="true"
            >
              {(["approved", "declined", "expired"] as const).map((k) => (
                <div
                  key={k}
                  className={shareColours[k]}
                  style={{ width: `${(100 * m[k]) / total}%` }}
                />
              ))}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
