import { findNoticeRecipient, sendOwnerNotice } from "../delivery/owner-notice.js";
import type { Transports } from "../delivery/transport.js";
import type { JobHandler } from "../jobs/worker.js";
import type { Deps } from "../services/deps.js";
import { getProject } from "../services/projects.js";

/**
 * Tells a project's owner, by email, that a webhook endpoint was disabled after failing for five
 * days, and how to turn it on again (W4). Members always have an email address.
 */
export function disabledNoticeHandler(
  deps: Deps,
  transports: Transports,
): JobHandler<"webhookEndpoint.disabledNotice"> {
  return {
    async run(job) {
      const [member, endpoint, project] = await Promise.all([
        findNoticeRecipient(deps, job.payload.memberId),
        deps.db
          .selectFrom("webhook_endpoints")
          .select(["url", "enabled"])
          .where("project_id", "=", job.projectId)
          .where("id", "=", job.payload.endpointId)
          .executeTakeFirst(),
        getProject(deps.db, job.projectId),
      ]);
      if (!member) return { outcome: "failed", reason: "The member no longer exists." };
      if (!endpoint || endpoint.enabled === 1) return { outcome: "done" };
      const subject = `${project.name}: a webhook endpoint was disabled`;
      return sendOwnerNotice(deps, transports, {
        jobId: job.id,
        projectId: job.projectId,
        projectName: project.name,
        member,
        subject,
        paragraphs: [
          `The webhook endpoint ${endpoint.url} of ${project.name} has failed every delivery for five days, so Assent disabled it. Events are no longer sent to it.`,
          `Its recent attempts show why (GET /api/projects/${job.projectId}/webhookEndpoints/${job.payload.endpointId}/attempts). Once it answers again, enable it (PATCH with "enabled": true): it receives the events that happen from then on.`,
        ],
      });
    },
  };
}
