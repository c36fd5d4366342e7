import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { api, type Paths, unwrap } from "../../api/client.js";
import {
  Button,
  ErrorText,
  inputClass,
  Section,
  tableClass,
  tdClass,
  thClass,
} from "../../components/ui.js";
import { formatTime, t } from "../../i18n/index.js";
import { useProject } from "../../session.js";
import { ConfirmDialog, OnceSecret } from "./access.js";

type Json<T> = T extends { content: { "application/json": infer B } } ? B : never;
type Endpoint = Json<
  Paths["/api/projects/{projectId}/webhookEndpoints"]["get"]["responses"][200]
>["items"][number];

function Attempts({ endpoint }: { endpoint: Endpoint }) {
  const { project } = useProject();
  const attempts = useQuery({
    queryKey: ["webhookAttempts", project.id, endpoint.id],
    queryFn: () =>
      unwrap(
        api.GET("/api/projects/{projectId}/webhookEndpoints/{endpointId}/attempts", {
          params: {
            path: { projectId: project.id, endpointId: endpoint.id },
            query: { limit: 10 },
          },
        }),
      ),
  });
  if (attempts.error) return <ErrorText error={attempts.error} />;
  if (!attempts.data) return null;
  if (attempts.data.items.length === 0)
    return <p className="text-xs">{t("webhooks.noAttempts")}</p>;
  return (
    <ul className="text-xs">
      {attempts.data.items.map((a) => (
        <li key={a.id}>
          {t("webhooks.attempt", {
            time: formatTime(a.attemptedAt),
            event: a.event,
            result: a.statusCode === null ? (a.error ?? "") : String(a.statusCode),
            ms: a.durationMs,
          })}
        </li>
      ))}
    </ul>
  );
}

function EndpointRow({ endpoint }: { endpoint: Endpoint }) {
  const { project } = useProject();
  const queryClient = useQueryClient();
  const [deleting, setDeleting] = useState(false);
  const path = { projectId: project.id, endpointId: endpoint.id };
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: ["webhookEndpoints", project.id] });
  const toggle = useMutation({
    mutationFn: () =>
      unwrap(
        api.PATCH("/api/projects/{projectId}/webhookEndpoints/{endpointId}", {
          params: { path },
          body: { enabled: !endpoint.enabled },
        }),
      ),
    onSettled: refresh,
  });
  const remove = useMutation({
    mutationFn: () =>
      unwrap(
        api.DELETE("/api/projects/{projectId}/webhookEndpoints/{endpointId}", {
          params: { path },
          body: {},
        }),
      ),
    onSuccess: async () => {
      setDeleting(false);
      await refresh();
    },
  });
  return (
    <tr>
      <td className={`${tdClass} break-all`}>
        {endpoint.url}
        {endpoint.description && (
          <span className="block text-xs text-slate-700">{endpoint.description}</span>
        )}
        <details className="mt-1">
          <summary className="cursor-pointer text-xs text-blue-800">
            {t("webhooks.attemptsShort")}
            <span className="sr-only"> {t("webhooks.attempts", { url: endpoint.url })}</span>
          </summary>
          <Attempts endpoint={endpoint} />
        </details>
      </td>
      <td className={tdClass}>
        {endpoint.enabled ? t("webhooks.enabled") : t("webhooks.disabled")}
        {endpoint.failingSince && (
          <span className="block text-xs text-red-800">
            {t("webhooks.failingSince", { time: formatTime(endpoint.failingSince) })}
          </span>
        )}
      </td>
      <td className={tdClass}>
        <div className="flex flex-wrap gap-2">
          <Button
            aria-label={t(endpoint.enabled ? "webhooks.disable" : "webhooks.enable", {
              url: endpoint.url,
            })}
            disabled={toggle.isPending}
            onClick={() => toggle.mutate()}
          >
            {endpoint.enabled ? t("webhooks.disableShort") : t("webhooks.enableShort")}
          </Button>
          <Button
            aria-label={t("webhooks.deleteOf", { url: endpoint.url })}
            onClick={() => setDeleting(true)}
          >
            {t("webhooks.delete")}
          </Button>
        </div>
        <ErrorText error={toggle.error} />
        <ConfirmDialog
          title={t("webhooks.deleteTitle", { url: endpoint.url })}
          body={t("webhooks.deleteBody")}
          confirm={t("webhooks.delete")}
          open={deleting}
          onOpenChange={setDeleting}
          onConfirm={() => remove.mutate()}
          error={remove.error}
          pending={remove.isPending}
        />
      </td>
    </tr>
  );
}

/** D6/W1: the project's webhook endpoints; the signing secret shows once at creation. */
export function WebhooksSection() {
  const { project } = useProject();
  const queryClient = useQueryClient();
  const [url, setUrl] = useState("");
  const [description, setDescription] = useState("");
  const endpoints = useQuery({
    queryKey: ["webhookEndpoints", project.id],
    queryFn: () =>
      unwrap(
        api.GET("/api/projects/{projectId}/webhookEndpoints", {
          params: { path: { projectId: project.id }, query: { limit: 200 } },
        }),
      ),
  });
  const create = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST("/api/projects/{projectId}/webhookEndpoints", {
          params: { path: { projectId: project.id } },
          body: { url, ...(description.trim() ? { description: description.trim() } : {}) },
        }),
      ),
    onSuccess: async () => {
      setUrl("");
      setDescription("");
      await queryClient.invalidateQueries({ queryKey: ["webhookEndpoints", project.id] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <Section title={t("webhooks.title")}>
      <ErrorText error={endpoints.error} />
      {endpoints.data &&
        (endpoints.data.items.length === 0 ? (
          <p className="text-sm">{t("webhooks.none")}</p>
        ) : (
          <div className="relative overflow-x-auto">
            <table className={tableClass}>
              <caption className="sr-only">{t("webhooks.title")}</caption>
              <thead>
                <tr>
                  <th className={thClass}>{t("webhooks.url")}</th>
                  <th className={thClass}>{t("webhooks.status")}</th>
                  <th className={thClass}>
                    <span className="sr-only">{t("common.actions")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {endpoints.data.items.map((e) => (
                  <EndpointRow key={e.id} endpoint={e} />
                ))}
              </tbody>
            </table>
          </div>
        ))}
      <form onSubmit={submit} className="mt-4 flex flex-wrap items-end gap-3">
        <h3 className="w-full font-semibold">{t("webhooks.new")}</h3>
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t("webhooks.url")}
          <input
            type="url"
            required
            className={`${inputClass} w-80 max-w-full`}
            value={url}
            onChange={(e) => setUrl(e.target.value)}
          />
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t("webhooks.description")}
          <input
            className={inputClass}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
          />
        </label>
        <Button type="submit" variant="primary" disabled={create.isPending}>
          {t("webhooks.add")}
        </Button>
      </form>
      <ErrorText error={create.error} />
      {create.data?.secret && (
        <OnceSecret note={t("webhooks.secretOnce")} value={create.data.secret} />
      )}
    </Section>
  );
}
