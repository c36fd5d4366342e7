import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { api, type ConsentRequest, unwrap } from "../../api/client.js";
import { EventsList } from "../../components/events-list.js";
import { RequestMenu } from "../../components/requests-table.js";
import { TimeLeft } from "../../components/time-left.js";
import { ErrorText, Loading, PageTitle, Section, StatusBadge } from "../../components/ui.js";
import { formatTime, t } from "../../i18n/index.js";
import { useProject } from "../../session.js";

const moments = [
  ["requests.created", "createdAt"],
  ["status.pending", "sentAt"],
  ["status.approved", "approvedAt"],
  ["status.declined", "declinedAt"],
  ["status.fulfilled", "fulfilledAt"],
  ["status.canceled", "canceledAt"],
  ["status.expired", "expiredAt"],
] as const;

/** D4: one request, what was asked, and its timeline of events. */
export function ConsentRequestPage() {
  const { consentRequestId = "" } = useParams();
  const { project } = useProject();
  const request = useQuery({
    queryKey: ["consentRequest", project.id, consentRequestId],
    queryFn: () =>
      unwrap<ConsentRequest>(
        api.GET("/api/projects/{projectId}/consentRequests/{consentRequestId}", {
          params: { path: { projectId: project.id, consentRequestId } },
        }),
      ),
  });
  const events = useQuery({
    queryKey: ["events", project.id, { subject: consentRequestId }],
    queryFn: () =>
      unwrap(
        api.GET("/api/projects/{projectId}/events", {
          params: {
            path: { projectId: project.id },
            query: { subject: consentRequestId, limit: 50 },
          },
        }),
      ),
  });
  if (request.error) return <ErrorText error={request.error} />;
  if (!request.data) return <Loading />;
  const r = request.data;
  const evidence = `/api/projects/${project.id}/consentRequests/${r.id}/evidence`;
  return (
    <>
      <div className="mb-2 flex flex-wrap items-start justify-between gap-3">
        <PageTitle>{t("requests.detail", { id: r.id })}</PageTitle>
        <RequestMenu request={r} />
      </div>
      <p className="mb-4 flex items-center gap-2">
        <StatusBadge status={r.status} />
        <span>{t(`type.${r.type}`)}</span>
        {r.status === "pending" && <TimeLeft expiresAt={r.expiresAt} />}
        {r.status === "declined" && (
          <strong className="text-red-900">{t("requests.declinedNote")}</strong>
        )}
      </p>
      <Section title={t("common.details")}>
        <dl className="grid grid-cols-1 gap-2 text-sm md:grid-cols-2">
          <div>
            <dt className="font-semibold">{t("requests.subscription")}</dt>
            <dd>
              <Link
                className="text-blue-800 underline"
                to={`/projects/${project.id}/subscriptions/${r.subscription}`}
              >
                {r.subscription}
              </Link>
            </dd>
          </div>
          <div>
            <dt className="font-semibold">{t("requests.recipient")}</dt>
            <dd>
              {t(`method.${r.deliveryMethod}`)} · {r.recipient}
            </dd>
          </div>
          <div>
            <dt className="font-semibold">{t("requests.requestedBy")}</dt>
            <dd>
              {r.requestedBy.type} {r.requestedBy.id}
            </dd>
          </div>
          <div>
            <dt className="font-semibold">{t("requests.details")}</dt>
            <dd>
              <code className="text-xs">{JSON.stringify(r.details)}</code>
            </dd>
          </div>
          {r.resentFrom && (
            <div>
              <dt className="font-semibold">{t("requests.resentFrom")}</dt>
              <dd>
                <Link
                  className="text-blue-800 underline"
                  to={`/projects/${project.id}/consent-requests/${r.resentFrom}`}
                >
                  {r.resentFrom}
                </Link>
              </dd>
            </div>
          )}
          {r.cancellationReason && (
            <div>
              <dt className="font-semibold">{t("requests.cancellationReason")}</dt>
              <dd>{r.cancellationReason}</dd>
            </div>
          )}
          {r.fulfillmentError && (
            <div>
              <dt className="font-semibold">{t("followUp.failedTitle")}</dt>
              <dd>{r.fulfillmentError.message}</dd>
            </div>
          )}
          {moments
            .filter(([, field]) => r[field])
            .map(([label, field]) => (
              <div key={field}>
                <dt className="font-semibold">{t(label)}</dt>
                <dd>{formatTime(r[field])}</dd>
              </div>
            ))}
        </dl>
      </Section>
      <Section title={t("requests.evidence")}>
        <p className="flex flex-wrap gap-4 text-sm">
          <a
            className="text-blue-800 underline"
            href={`${evidence}?format=html`}
            target="_blank"
            rel="noopener"
          >
            {t("requests.evidenceHtml")}
          </a>
          <a
            className="text-blue-800 underline"
            href={`${evidence}?format=json`}
            download={`evidence-${r.id}.json`}
          >
            {t("requests.evidenceJson")}
          </a>
        </p>
      </Section>
      <Section title={t("requests.timeline")}>
        <ErrorText error={events.error} />
        {events.data && <EventsList events={events.data.items} caption={t("requests.timeline")} />}
      </Section>
    </>
  );
}
