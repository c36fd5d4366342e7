import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { api, type Paths, unwrap } from "../../api/client.js";
import { EventsList } from "../../components/events-list.js";
import { LabelledSelect } from "../../components/select.js";
import { ErrorText, inputClass, Loading, Pager, PageTitle } from "../../components/ui.js";
import { t } from "../../i18n/index.js";
import { eventTypes } from "../../lib/event-types.js";
import { present, useUrlFilters } from "../../lib/url-filters.js";
import { useProject } from "../../session.js";

type EventQuery = NonNullable<
  Paths["/api/projects/{projectId}/events"]["get"]["parameters"]["query"]
>;

/** D5: every event, newest first, by type and subject. */
export function EventsPage() {
  const { project } = useProject();
  const { values, cursor, setFilter, setCursor } = useUrlFilters(["type", "subject"] as const);
  const [subject, setSubject] = useState(values.subject);
  useEffect(() => {
    const timer = setTimeout(() => {
      if (subject.trim() !== values.subject) setFilter("subject", subject.trim());
    }, 250);
    return () => clearTimeout(timer);
  }, [subject, values.subject, setFilter]);
  const query = { limit: 25, ...present({ ...values, ...cursor }) } as EventQuery;
  const events = useQuery({
    queryKey: ["events", project.id, query],
    queryFn: () =>
      unwrap(
        api.GET("/api/projects/{projectId}/events", {
          params: { path: { projectId: project.id }, query },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <PageTitle>{t("events.title")}</PageTitle>
      <div className="mb-4 flex flex-wrap gap-3">
        <LabelledSelect
          label={t("events.filterType")}
          value={values.type}
          onChange={(v) => setFilter("type", v)}
          options={[
            { value: "", label: t("common.all") },
            ...eventTypes.map((e) => ({ value: e, label: e })),
          ]}
        />
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t("events.filterSubject")}
          <input
            className={inputClass}
            value={subject}
            onChange={(e) => setSubject(e.target.value)}
          />
        </label>
      </div>
      <ErrorText error={events.error} />
      {events.isPending && <Loading />}
      {events.data &&
        (events.data.items.length === 0 ? (
          <p>{t("events.empty")}</p>
        ) : (
          <EventsList events={events.data.items} caption={t("events.title")} />
        ))}
      {events.data && (
        <Pager
          moreAfter={events.data.moreItemsAfter}
          moreBefore={events.data.moreItemsBefore}
          onAfter={(id) => setCursor("after", id)}
          onBefore={(id) => setCursor("before", id)}
        />
      )}
    </>
  );
}
