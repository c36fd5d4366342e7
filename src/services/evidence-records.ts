import type { Executor } from "../db/database.js";
import { resolveLocale } from "../domain/formats.js";
import { reviewTextVersion } from "../review/messages.js";
import type { ConsentRequestRow } from "./consent-transitions.js";

/**
 * What a consent request's evidence (F5) needs that nothing else records: from where the decision
 * came and which words the page showed, written in the decision's own transaction.
 */

/** Which words the page showed: its locale and the version of its text (F5). */
export function pageShown(preferredLocale: string) {
  return { page_locale: resolveLocale(preferredLocale), page_text_version: reviewTextVersion };
}

export type DecisionClient = { address: string | null; userAgent: string | null };

export async function recordDecisionEvidence(
  tx: Executor,
  request: ConsentRequestRow,
  client: DecisionClient,
  preferredLocale: string,
): Promise<void> {
  await tx
    .updateTable("consent_requests")
    .set({
      decision_client_address: client.address,
      decision_user_agent: client.userAgent?.slice(0, 512) ?? null,
      ...pageShown(preferredLocale),
    })
    .where("project_id", "=", request.project_id)
    .where("id", "=", request.id)
    .execute();
}
