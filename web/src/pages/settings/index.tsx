import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { api, type Project, unwrap } from "../../api/client.js";
import { Button, ErrorText, inputClass, PageTitle, Section } from "../../components/ui.js";
import { t } from "../../i18n/index.js";
import {
  type ConsentForm,
  type DeliveryMethod,
  mayManage,
  validateConsentForm,
} from "../../lib/consent.js";
import { useProject } from "../../session.js";
import { ApiKeysSection, MembersSection } from "./access.js";
import { WebhooksSection } from "./webhooks.js";

function formOf(project: Project): ConsentForm & { emailEnabled: boolean; smsEnabled: boolean } {
  return {
    enabled: project.consent !== null,
    deliveryMethods: project.consent?.deliveryMethods ?? ["email"],
    linkTtlMinutes: String(Math.round((project.consent?.linkTtlSeconds ?? 10800) / 60)),
    whenUnavailable: project.consent?.whenUnavailable ?? "performDirectly",
    emailEnabled: project.emailEnabled,
    smsEnabled: project.smsEnabled,
  };
}

/** D6: consent settings (C2) and channels; members and API keys (T3). Owners only. */
export function SettingsPage() {
  const { project, role } = useProject();
  const queryClient = useQueryClient();
  const [form, setForm] = useState(() => formOf(project));
  const [shown, setShown] = useState(false);
  const errors = validateConsentForm(form);
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.PATCH("/api/projects/{projectId}", {
          params: { path: { projectId: project.id } },
          body: {
            emailEnabled: form.emailEnabled,
            smsEnabled: form.smsEnabled,
            consent: form.enabled
              ? {
                  deliveryMethods: form.deliveryMethods,
                  linkTtlSeconds: Number(form.linkTtlMinutes) * 60,
                  whenUnavailable: form.whenUnavailable,
                }
              : null,
          },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["project", project.id] }),
  });
  if (mayManage(role)) return <p role="alert">{t("settings.ownersOnly")}</p>;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setShown(true);
    if (Object.keys(errors).length === 0) save.mutate();
  };
  const toggleMethod = (method: DeliveryMethod, on: boolean) =>
    setForm((f) => ({
      ...f,
      deliveryMethods: on
        ? [...f.deliveryMethods.filter((m) => m !== method), method]
        : f.deliveryMethods.filter((m) => m !== method),
    }));
  const fieldError = (key: keyof ConsentForm) =>
    shown && errors[key] ? (
      <p id={`error-${key}`} className="text-sm text-red-800">
        {t(errors[key])}
      </p>
    ) : null;
  return (
    <>
      <PageTitle>{t("settings.title")}</PageTitle>
      <form onSubmit={submit} noValidate>
        <Section title={t("settings.channels")}>
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={form.emailEnabled}
              onChange={(e) => setForm({ ...form, emailEnabled: e.target.checked })}
            />
            {t("settings.emailEnabled")}
          </label>
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={form.smsEnabled}
              onChange={(e) => setForm({ ...form, smsEnabled: e.target.checked })}
            />
            {t("settings.smsEnabled")}
          </label>
        </Section>
        <Section title={t("settings.consent")}>
          <label className="mb-3 flex items-center gap-2 text-sm font-medium">
            <input
              type="checkbox"
              checked={form.enabled}
              onChange={(e) => setForm({ ...form, enabled: e.target.checked })}
            />
            {t("settings.consentEnabled")}
          </label>
          {form.enabled && (
            <div className="flex flex-col gap-3">
              <fieldset
                aria-describedby={errors.deliveryMethods ? "error-deliveryMethods" : undefined}
              >
                <legend className="text-sm font-semibold">{t("settings.deliveryMethods")}</legend>
                {(["email", "sms"] as const).map((m) => (
                  <label key={m} className="flex items-center gap-2 text-sm">
                    <input
                      type="checkbox"
                      checked={form.deliveryMethods.includes(m)}
                      onChange={(e) => toggleMethod(m, e.target.checked)}
                    />
                    {t(`method.${m}`)}
                  </label>
                ))}
                {fieldError("deliveryMethods")}
              </fieldset>
              <label className="flex max-w-xs flex-col gap-1 text-sm font-medium">
                {t("settings.linkTtl")}
                <input
                  className={inputClass}
                  inputMode="numeric"
                  value={form.linkTtlMinutes}
                  aria-invalid={shown && !!errors.linkTtlMinutes}
                  aria-describedby={errors.linkTtlMinutes ? "error-linkTtlMinutes" : undefined}
                  onChange={(e) => setForm({ ...form, linkTtlMinutes: e.target.value })}
                />
                {fieldError("linkTtlMinutes")}
              </label>
              <fieldset>
                <legend className="text-sm font-semibold">{t("settings.whenUnavailable")}</legend>
                {(["performDirectly", "refuse"] as const).map((w) => (
                  <label key={w} className="flex items-center gap-2 text-sm">
                    <input
                      type="radio"
                      name="whenUnavailable"
                      checked={form.whenUnavailable === w}
                      onChange={() => setForm({ ...form, whenUnavailable: w })}
                    />
                    {t(`settings.${w}`)}
                  </label>
                ))}
              </fieldset>
            </div>
          )}
          <ErrorText error={save.error} />
          {save.isSuccess && (
            <p role="status" className="text-sm text-green-800">
              {t("common.saved")}
            </p>
          )}
          <Button type="submit" variant="primary" className="mt-3" disabled={save.isPending}>
            {save.isPending ? t("common.saving") : t("common.save")}
          </Button>
        </Section>
      </form>
      <MembersSection />
      <ApiKeysSection />
      <WebhooksSection />
    </>
  );
}
