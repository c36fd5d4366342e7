import type { Transports } from "../delivery/transport.js";
import type { JobHandler } from "../jobs/worker.js";
import type { Deps } from "../services/deps.js";
import { webhookDeliveryHandler } from "./delivery-job.js";
import { disabledNoticeHandler } from "./disabled-notice-job.js";
import { createWebhookSender } from "./sender.js";
import { addressPolicyOf, defaultWebhookTimeoutMs, settingsOf } from "./settings.js";

/** The handlers of the webhook job kinds, with one sender (its connection pools) for them. */
export function webhookHandlers(
  deps: Deps,
  transports: Transports,
): {
  "webhook.deliver": JobHandler<"webhook.deliver">;
  "webhookEndpoint.disabledNotice": JobHandler<"webhookEndpoint.disabledNotice">;
} {
  const sender = createWebhookSender(
    addressPolicyOf(deps),
    settingsOf(deps).timeoutMs ?? defaultWebhookTimeoutMs,
  );
  return {
    "webhook.deliver": webhookDeliveryHandler(deps, sender) as JobHandler<"webhook.deliver">,
    "webhookEndpoint.disabledNotice": disabledNoticeHandler(deps, transports),
  };
}
