import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../../api/client.js";
import { RequestsTable } from "../../components/requests-table.js";
import { LabelledSelect } from "../../components/select.js";
import { ErrorText, Loading, Pager, PageTitle } from "../../components/ui.js";
import { t } from "../../i18n/index.js";
import { present, useUrlFilters } from "../../lib/url-filters.js";
import { useProject } from "../../session.js";

const statuses = ["pending", "approved", "fulfilled", "declined", "canceled", "expired"] as const;
const types = ["simReplacement", "providerChange", "portOutCredentials", "lockRemoval"] as const;
const methods = ["email", "sms"] as const;

type Status = (typeof statuses)[number];
type Type = (typeof types)[number];
type Method = (typeof methods)[number];

/** D4: every consent request of the project, filtered by status, type and delivery method. */
export function ConsentRequestsPage() {
  const { project } = useProject();
  const { values, cursor, setFilter, setCursor } = useUrlFilters([
    "status",
    "type",
    "deliveryMethod",
  ] as const);
  const query = {
    limit: 20,
    ...present({
      status: values.status as Status | "",
      type: values.type as Type | "",
      deliveryMethod: values.deliveryMethod as Method | "",
      ...cursor,
    }),
  } as {
    limit: number;
    status?: Status;
    type?: Type;
    deliveryMethod?: Method;
    after?: string;
    before?: string;
  };
  const requests = useQuery({
    queryKey: ["consentRequests", project.id, query],
    queryFn: () =>
      unwrap(
        api.GET("/api/projects/{projectId}/consentRequests", {
          params: { path: { projectId: project.id }, query },
        }),
      ),
    placeholderData: keepPreviousData,
    refetchInterval: 15_000,
  });
  const all = { value: "", label: t("common.all") };
  return (
    <>
      <PageTitle>{t("requests.title")}</PageTitle>
      <div className="mb-4 flex flex-wrap gap-3">
        <LabelledSelect
          label={t("requests.filterStatus")}
          value={values.status}
          onChange={(v) => setFilter("status", v)}
          options={[all, ...statuses.map((s) => ({ value: s, label: t(`status.${s}`) }))]}
        />
        <LabelledSelect
          label={t("requests.filterType")}
          value={values.type}
          onChange={(v) => setFilter("type", v)}
          options={[all, ...types.map((s) => ({ value: s, label: t(`type.${s}`) }))]}
        />
        <LabelledSelect
          label={t("requests.filterMethod")}
          value={values.deliveryMethod}
          onChange={(v) => setFilter("deliveryMethod", v)}
          options={[all, ...methods.map((s) => ({ value: s, label: t(`method.${s}`) }))]}
        />
      </div>
      <ErrorText error={requests.error} />
      {requests.isPending && <Loading />}
      {requests.data &&
        (requests.data.items.length === 0 ? (
          <p>{t("requests.empty")}</p>
        ) : (
          <RequestsTable requests={requests.data.items} caption={t("requests.title")} />
        ))}
      {requests.data && (
        <Pager
          moreAfter={requests.data.moreItemsAfter}
          moreBefore={requests.data.moreItemsBefore}
          onAfter={(id) => setCursor("after", id)}
          onBefore={(id) => setCursor("before", id)}
        />
      )}
    </>
  );
}
