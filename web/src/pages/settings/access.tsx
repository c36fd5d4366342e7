import { Section } from "../../components/ui.js";
import { t } from "../../i18n/index.js";

/** T3's members, once the server offers them. */
export function MembersSection() {
  return (
    <Section title={t("settings.members")}>
      <p className="text-sm">{t("settings.notAvailable")}</p>
    </Section>
  );
}

/** T3's API keys, once the server offers them. */
export function ApiKeysSection() {
  return (
    <Section title={t("settings.apiKeys")}>
      <p className="text-sm">{t("settings.notAvailable")}</p>
    </Section>
  );
}
