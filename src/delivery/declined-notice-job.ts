import { maskPhone } from "../domain/formats.js";
import type { JobHandler } from "../jobs/worker.js";
import type { Deps } from "../services/deps.js";
import { getProject } from "../services/projects.js";
import { findNoticeRecipient, sendOwnerNotice } from "./owner-notice.js";
import type { Transports } from "./transport.js";

const typeNames: Record<string, string> = {
  simReplacement: "a SIM replacement",
  providerChange: "a provider change",
  portOutCredentials: "port-out credentials",
  lockRemoval: "the removal of a line lock",
};

/**
 * Tells a project's owner, by email, that a subscriber answered "I did not ask for this" (F2):
 * someone may be trying to take over the line, and the line is flagged until an owner clears it.
 * Members always have an email address. The number is masked; the member looks it up.
 */
export function declinedNoticeHandler(
  deps: Deps,
  transports: Transports,
): JobHandler<"fraud.declinedNotice"> {
  return {
    async run(job) {
      const [member, request, project] = await Promise.all([
        findNoticeRecipient(deps, job.payload.memberId),
        deps.db
          .selectFrom("consent_requests as r")
          .innerJoin("subscriptions as s", "s.id", "r.subscription_id")
          .select(["r.id", "r.type", "r.subscription_id", "s.phone_number"])
          .where("r.project_id", "=", job.projectId)
          .where("r.id", "=", job.payload.consentRequestId)
          .executeTakeFirst(),
        getProject(deps.db, job.projectId),
      ]);
      if (!member) return { outcome: "failed", reason: "The member no longer exists." };
      if (!request) return { outcome: "done" };
      const subject = `${project.name}: a subscriber did not ask for a request`;
      return sendOwnerNotice(deps, transports, {
        jobId: job.id,
        projectId: job.projectId,
        projectName: project.name,
        member,
        subject,
        paragraphs: [
          `The subscriber of line ${maskPhone(request.phone_number)} answered "I did not ask for this" to ${typeNames[request.type] ?? request.type} (${request.id}). Someone may be trying to take over the line. Nothing was changed, and the line is flagged (${request.subscription_id}).`,
          `See who asked for it in the request's events (GET /api/projects/${job.projectId}/consentRequests/${request.id}/evidence). Once you have looked into it, clear the flag (POST /api/projects/${job.projectId}/subscriptions/${request.subscription_id}/clearFlag with a reason).`,
        ],
      });
    },
  };
}
