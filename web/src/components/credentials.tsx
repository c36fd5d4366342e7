import { useState } from "react";
import type { Credentials } from "../api/client.js";
import { formatTime, t } from "../i18n/index.js";
import { Button } from "./ui.js";

function CopyButton({ value, label }: { value: string; label: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <Button
      aria-label={label}
      onClick={async () => {
        await navigator.clipboard?.writeText(value).catch(() => undefined);
        setCopied(true);
      }}
    >
      {copied ? t("common.copied") : t("common.copy")}
    </Button>
  );
}

/** C8: the account number and PIN, shown this once, with copy buttons. */
export function CredentialsPanel({ credentials }: { credentials: Credentials }) {
  return (
    <section
      aria-label={t("credentials.title")}
      className="rounded-lg border-2 border-green-700 bg-green-50 p-4"
    >
      <h3 className="mb-2 font-semibold">{t("credentials.title")}</h3>
      <dl className="grid grid-cols-[auto_1fr_auto] items-center gap-x-3 gap-y-2 text-sm">
        <dt className="font-medium">{t("credentials.accountNumber")}</dt>
        <dd className="font-mono text-base" data-testid="account-number">
          {credentials.accountNumber}
        </dd>
        <dd>
          <CopyButton value={credentials.accountNumber} label={t("credentials.copyAccount")} />
        </dd>
        <dt className="font-medium">{t("credentials.pin")}</dt>
        <dd className="font-mono text-base" data-testid="pin">
          {credentials.pin ?? t("common.none")}
        </dd>
        <dd>
          {credentials.pin && (
            <CopyButton value={credentials.pin} label={t("credentials.copyPin")} />
          )}
        </dd>
      </dl>
      <p className="mt-2 text-sm">
        {t("credentials.pinExpires", { time: formatTime(credentials.pinExpiresAt) })}
      </p>
      <p className="mt-1 text-sm font-semibold">{t("credentials.once")}</p>
    </section>
  );
}
