import type { JobHandlers } from "../jobs/worker.js";
import type { Deps } from "../services/deps.js";
import { webhookHandlers } from "../webhooks/handlers.js";
import { consentLinkHandler } from "./consent-link-job.js";
import { declinedNoticeHandler } from "./declined-notice-job.js";
import { noticeHandler } from "./notice-job.js";
import type { Transports } from "./transport.js";

/** The handler of every job kind of services/jobs.ts. */
export function deliveryHandlers(deps: Deps, transports: Transports): JobHandlers {
  return {
    "consentRequest.deliver": consentLinkHandler(deps, transports),
    "notice.deliver": noticeHandler(deps, transports),
    "fraud.declinedNotice": declinedNoticeHandler(deps, transports),
    ...webhookHandlers(deps, transports),
  };
}
