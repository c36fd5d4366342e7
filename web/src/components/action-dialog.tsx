import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import {
  api,
  type ConsentRequest,
  type Credentials,
  type Subscription,
  type User,
  unwrap,
} from "../api/client.js";
import { t } from "../i18n/index.js";
import { consentApplies, type DeliveryMethod, deliveryOptions } from "../lib/consent.js";
import { formatDuration } from "../lib/durations.js";
import { useProject } from "../session.js";
import { CredentialsPanel } from "./credentials.js";
import { DeliveryChoice } from "./delivery-choice.js";
import { Modal } from "./dialog.js";
import { TimeLeft } from "./time-left.js";
import { Button, ErrorText, inputClass, StatusBadge } from "./ui.js";

export type ActionKind = "simReplacement" | "providerChange" | "portOutCredentials";

const titles = {
  simReplacement: "action.simTitle",
  providerChange: "action.providerTitle",
  portOutCredentials: "action.portOutTitle",
} as const;

type Outcome =
  | { kind: "consentRequest"; request: ConsentRequest }
  | { kind: "subscription"; subscription: Subscription }
  | { kind: "credentials"; credentials: Credentials };

function SimPicker({
  provider,
  value,
  onChange,
}: {
  provider: string;
  value: string;
  onChange: (sim: string) => void;
}) {
  const { project } = useProject();
  const [search, setSearch] = useState("");
  const fromInventory = value !== "auto";
  const sims = useQuery({
    queryKey: ["sims", project.id, "available", provider],
    queryFn: () =>
      unwrap(
        api.GET("/api/projects/{projectId}/sims", {
          params: {
            path: { projectId: project.id },
            query: { status: "available", provider, limit: 200 },
          },
        }),
      ),
    enabled: fromInventory,
  });
  const matching = (sims.data?.items ?? [])
    .filter((sim) => sim.iccid.includes(search.trim()))
    .slice(0, 20);
  return (
    <fieldset className="mb-4">
      <legend className="mb-2 text-sm font-semibold">{t("action.simChoice")}</legend>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="radio"
          name="simSource"
          checked={!fromInventory}
          onChange={() => onChange("auto")}
        />
        {t("action.simAuto")}
      </label>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="radio"
          name="simSource"
          checked={fromInventory}
          onChange={() => onChange("")}
        />
        {t("action.simInventory")}
      </label>
      {fromInventory && (
        <div className="mt-2 ml-6">
          <label className="mb-2 flex flex-col gap-1 text-sm font-medium">
            {t("action.simSearch")}
            <input
              className={inputClass}
              inputMode="numeric"
              value={search}
              onChange={(e) => setSearch(e.target.value)}
            />
          </label>
          <ErrorText error={sims.error} />
          {sims.data && matching.length === 0 && (
            <p className="text-sm">{t("action.simNone", { provider })}</p>
          )}
          <div
            role="radiogroup"
            aria-label={t("action.simPick")}
            className="max-h-48 overflow-y-auto"
          >
            {matching.map((sim) => (
              <label key={sim.id} className="flex items-center gap-2 font-mono text-sm">
                <input
                  type="radio"
                  name="sim"
                  checked={value === sim.id}
                  onChange={() => onChange(sim.id)}
                />
                {sim.iccid} ({sim.type})
              </label>
            ))}
          </div>
        </div>
      )}
    </fieldset>
  );
}

/**
 * D3: choose what to do, then either send a consent request by a delivery method that reaches
 * the user, or — where consent does not apply — run the action at once and show its result.
 */
export function ActionDialog({
  kind,
  subscription,
  user,
  onClose,
}: {
  kind: ActionKind;
  subscription: Subscription;
  user: User;
  onClose: () => void;
}) {
  const { project } = useProject();
  const queryClient = useQueryClient();
  const otherProviders = project.providers.filter((p) => p !== subscription.provider);
  const [step, setStep] = useState<"choose" | "confirm">(
    kind === "portOutCredentials" ? "confirm" : "choose",
  );
  const [sim, setSim] = useState("auto");
  const [provider, setProvider] = useState(otherProviders[0] ?? "");
  const options = deliveryOptions(project, user);
  const asksConsent = consentApplies(project, user);
  const [method, setMethod] = useState<DeliveryMethod | null>(
    options.find((o) => o.block === null)?.method ?? null,
  );

  const perform = useMutation({
    mutationFn: async (): Promise<Outcome> => {
      const path = { projectId: project.id, subscriptionId: subscription.id };
      const delivery = asksConsent && method ? { deliveryMethod: method } : {};
      const answer: { data?: unknown; error?: unknown; response: Response } =
        kind === "simReplacement"
          ? await api.POST(
              "/api/projects/{projectId}/subscriptions/{subscriptionId}/simReplacements",
              {
                params: { path },
                body: { sim, ...delivery },
              },
            )
          : kind === "providerChange"
            ? await api.POST(
                "/api/projects/{projectId}/subscriptions/{subscriptionId}/providerChanges",
                {
                  params: { path },
                  body: { provider, sim, ...delivery },
                },
              )
            : await api.POST(
                "/api/projects/{projectId}/subscriptions/{subscriptionId}/portOutCredentials",
                {
                  params: { path },
                  body: delivery,
                },
              );
      const data = (await unwrap(Promise.resolve(answer))) as { object: string };
      if (answer.response.status === 202)
        return { kind: "consentRequest", request: data as ConsentRequest };
      if (data.object === "portOutCredentials")
        return { kind: "credentials", credentials: data as Credentials };
      return { kind: "subscription", subscription: data as Subscription };
    },
    onSuccess: () => queryClient.invalidateQueries(),
  });

  const chosenSimReady = sim !== "";
  const outcome = perform.data;
  return (
    <Modal open onOpenChange={(open) => !open && onClose()} title={t(titles[kind])}>
      {outcome ? (
        <div>
          {outcome.kind === "consentRequest" && (
            <div role="status" className="mb-4">
              <p className="mb-2">{t("action.sent")}</p>
              <p className="flex items-center gap-2">
                <StatusBadge status={outcome.request.status} />
                <TimeLeft expiresAt={outcome.request.expiresAt} />
                <span className="text-sm text-slate-700">{outcome.request.recipient}</span>
              </p>
            </div>
          )}
          {outcome.kind === "subscription" && (
            <p role="status" className="mb-4">
              {t("action.doneResult", {
                sim: outcome.subscription.sim,
                provider: outcome.subscription.provider,
              })}
            </p>
          )}
          {outcome.kind === "credentials" && <CredentialsPanel credentials={outcome.credentials} />}
          <div className="mt-4 flex justify-end">
            <Button variant="primary" onClick={onClose}>
              {t("action.done")}
            </Button>
          </div>
        </div>
      ) : step === "choose" ? (
        <div>
          {kind === "providerChange" &&
            (otherProviders.length === 0 ? (
              <p className="mb-4 text-sm">{t("action.providerNone")}</p>
            ) : (
              <label className="mb-4 flex flex-col gap-1 text-sm font-medium">
                {t("action.providerLabel")}
                <select
                  className={inputClass}
                  value={provider}
                  onChange={(e) => setProvider(e.target.value)}
                >
                  {otherProviders.map((p) => (
                    <option key={p} value={p}>
                      {p}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          <SimPicker
            provider={kind === "providerChange" ? provider : subscription.provider}
            value={sim}
            onChange={setSim}
          />
          <div className="flex justify-end gap-2">
            <Button onClick={onClose}>{t("action.cancelButton")}</Button>
            <Button
              variant="primary"
              disabled={!chosenSimReady || (kind === "providerChange" && !provider)}
              onClick={() => setStep("confirm")}
            >
              {t("action.continue")}
            </Button>
          </div>
        </div>
      ) : (
        <div>
          {asksConsent ? (
            <>
              <h3 className="mb-1 font-semibold">{t("action.consentTitle")}</h3>
              <p className="mb-3 text-sm">
                {t("action.consentBody", {
                  name: user.fullName,
                  ttl: formatDuration(project.consent?.linkTtlSeconds ?? 0),
                })}
              </p>
              <DeliveryChoice options={options} value={method} onChange={setMethod} />
            </>
          ) : (
            <>
              <h3 className="mb-1 font-semibold">{t("action.directTitle")}</h3>
              <p className="mb-3 text-sm">{t("action.directBody")}</p>
            </>
          )}
          <ErrorText error={perform.error} />
          <div className="mt-4 flex justify-end gap-2">
            <Button onClick={onClose}>{t("action.cancelButton")}</Button>
            <Button
              variant="primary"
              disabled={perform.isPending || (asksConsent && method === null)}
              onClick={() => perform.mutate()}
            >
              {perform.isPending
                ? t("action.sending")
                : asksConsent
                  ? t("action.send")
                  : t("action.run")}
            </Button>
          </div>
        </div>
      )}
    </Modal>
  );
}
