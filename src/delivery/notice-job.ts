import { isE164, maskPhone, resolveLocale } from "../domain/formats.js";
import type { JobHandler, JobResult } from "../jobs/worker.js";
import type { Deps } from "../services/deps.js";
import { getUser } from "../services/inventory.js";
import { getProject } from "../services/projects.js";
import { isDeliverableEmail } from "./addresses.js";
import { noticeEmail, noticeSms } from "./messages/compose.js";
import type { SendResult, Transports } from "./transport.js";

/**
 * Tells the user, by the channel of their request, what was done to their line (C9), to the
 * address they have now. It carries no link and never the port-out PIN.
 */
export function noticeHandler(deps: Deps, transports: Transports): JobHandler<"notice.deliver"> {
  return {
    async run(job): Promise<JobResult> {
      const now = deps.clock.now();
      const subscription = await deps.db
        .selectFrom("subscriptions")
        .select(["user_id", "phone_number"])
        .where("project_id", "=", job.projectId)
        .where("id", "=", job.payload.subscriptionId)
        .executeTakeFirst();
      if (!subscription) return { outcome: "failed", reason: "The subscription no longer exists." };
      const [project, user] = await Promise.all([
        getProject(deps.db, job.projectId),
        getUser(deps.db, job.projectId, subscription.user_id),
      ]);
      const input = {
        locale: resolveLocale(user.preferred_locale),
        brand: project.name,
        userName: user.full_name,
        notice: job.payload.notice,
        line: maskPhone(subscription.phone_number),
        at: job.createdAt,
      };
      const message = {
        key: job.id,
        projectId: job.projectId,
        consentRequestId: job.payload.consentRequestId,
        link: null,
        createdAt: now,
      };
      let result: SendResult;
      if (job.payload.deliveryMethod === "email") {
        if (!isDeliverableEmail(user.email)) {
          return { outcome: "failed", reason: "The user has no valid email address." };
        }
        const email = await noticeEmail(input);
        result = await transports.email.send({
          ...message,
          ...email,
          to: user.email,
          fromName: project.name,
        });
      } else {
        if (!isE164(subscription.phone_number)) {
          return { outcome: "failed", reason: "The line's phone number is not a valid number." };
        }
        result = await transports.sms.send({
          ...message,
          to: subscription.phone_number,
          text: noticeSms(input),
        });
      }
      if (result.ok) return { outcome: "done" };
      return { outcome: result.permanent ? "failed" : "retry", reason: result.reason };
    },
  };
}
