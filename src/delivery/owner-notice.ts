import type { JobResult } from "../jobs/worker.js";
import type { Deps } from "../services/deps.js";
import { escapeHtml } from "./html.js";
import type { Transports } from "./transport.js";

/** The member a notice to a project's owners goes to; members always have an email address. */
export async function findNoticeRecipient(deps: Deps, memberId: string) {
  return deps.db
    .selectFrom("members")
    .select(["email", "full_name"])
    .where("id", "=", memberId)
    .executeTakeFirst();
}

/**
 * Sends a plain notice to one of a project's owners (a declined request, a disabled webhook
 * endpoint): a greeting and paragraphs, as text and as the same paragraphs in HTML.
 */
export async function sendOwnerNotice(
  deps: Deps,
  transports: Transports,
  notice: {
    jobId: string;
    projectId: string;
    projectName: string;
    member: { email: string; full_name: string };
    subject: string;
    paragraphs: string[];
  },
): Promise<JobResult> {
  const paragraphs = [`Hello ${notice.member.full_name},`, ...notice.paragraphs];
  const result = await transports.email.send({
    key: notice.jobId,
    projectId: notice.projectId,
    consentRequestId: null,
    to: notice.member.email,
    fromName: notice.projectName,
    subject: notice.subject,
    text: paragraphs.join("\n\n"),
    html: paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join(""),
    link: null,
    createdAt: deps.clock.now(),
  });
  if (result.ok) return { outcome: "done" };
  return { outcome: result.permanent ? "failed" : "retry", reason: result.reason };
}
