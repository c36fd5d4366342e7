import { isE164, maskEmail, maskPhone, resolveLocale } from "../domain/formats.js";
import type { ClaimedJob, JobHandler, JobResult } from "../jobs/worker.js";
import type { Deps } from "../services/deps.js";
import { getUser } from "../services/inventory.js";
import type { ContactChangeNotice } from "../services/jobs.js";
import { getProject } from "../services/projects.js";
import { isDeliverableEmail } from "./addresses.js";
import { contactChangeEmail, noticeEmail, noticeSms } from "./messages/compose.js";
import type { SendResult, Transports } from "./transport.js";

type NoticeJob = ClaimedJob<"notice.deliver">;

function ended(result: SendResult): JobResult {
  if (result.ok) return { outcome: "done" };
  return { outcome: result.permanent ? "failed" : "retry", reason: result.reason };
}

/**
 * Tells the user, by the channel of their request, what was done to their line (C9), to the
 * address they have now. It carries no link and never the port-out PIN.
 */
async function lineNotice(
  deps: Deps,
  transports: Transports,
  job: NoticeJob & { payload: Exclude<NoticeJob["payload"], ContactChangeNotice> },
): Promise<JobResult> {
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
  if (job.payload.deliveryMethod === "email") {
    if (!isDeliverableEmail(user.email)) {
      return { outcome: "failed", reason: "The user has no valid email address." };
    }
    const email = await noticeEmail(input);
    return ended(
      await transports.email.send({ ...message, ...email, to: user.email, fromName: project.name }),
    );
  }
  if (!isE164(subscription.phone_number)) {
    return { outcome: "failed", reason: "The line's phone number is not a valid number." };
  }
  return ended(
    await transports.sms.send({
      ...message,
      to: subscription.phone_number,
      text: noticeSms(input),
    }),
  );
}

/**
 * Tells the previous address that the account's email changed (T1): the one address a fraudster
 * who changed it does not control.
 */
async function contactChangeNotice(
  deps: Deps,
  transports: Transports,
  job: NoticeJob & { payload: ContactChangeNotice },
): Promise<JobResult> {
  const to = job.payload.to;
  if (!isDeliverableEmail(to)) {
    return { outcome: "failed", reason: "The previous address is not a valid address." };
  }
  const [project, user] = await Promise.all([
    getProject(deps.db, job.projectId),
    getUser(deps.db, job.projectId, job.payload.userId),
  ]);
  const email = await contactChangeEmail({
    locale: resolveLocale(user.preferred_locale),
    brand: project.name,
    userName: user.full_name,
    previous: maskEmail(to),
    next: job.payload.changedTo,
    at: job.createdAt,
  });
  return ended(
    await transports.email.send({
      ...email,
      key: job.id,
      projectId: job.projectId,
      consentRequestId: null,
      to,
      link: null,
      createdAt: deps.clock.now(),
      fromName: project.name,
    }),
  );
}

export function noticeHandler(deps: Deps, transports: Transports): JobHandler<"notice.deliver"> {
  return {
    run(job) {
      const { payload } = job;
      return payload.notice === "contactChanged"
        ? contactChangeNotice(deps, transports, { ...job, payload })
        : lineNotice(deps, transports, { ...job, payload });
    },
    // The previous address is needed only until the notice has gone.
    keep: (payload) => (payload.notice === "contactChanged" ? { ...payload, to: null } : payload),
  };
}
