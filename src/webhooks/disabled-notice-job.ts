import { escapeHtml } from "../delivery/html.js";
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
        deps.db
          .selectFrom("members")
          .select(["email", "full_name"])
          .where("id", "=", job.payload.memberId)
          .executeTakeFirst(),
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
      const text = [
        `Hello ${member.full_name},`,
        "",
        `The webhook endpoint ${endpoint.url} of ${project.name} has failed every delivery for five days, so Assent disabled it. Events are no longer sent to it.`,
        "",
        `Its recent attempts show why (GET /api/projects/${job.projectId}/webhookEndpoints/${job.payload.endpointId}/attempts). Once it answers again, enable it (PATCH with "enabled": true): it receives the events that happen from then on.`,
      ].join("\n");
      const html = text
        .split("\n\n")
        .map((paragraph) => `<p>${escapeHtml(paragraph.replace(/\n/g, " "))}</p>`)
        .join("");
      const result = await transports.email.send({
        key: job.id,
        projectId: job.projectId,
        consentRequestId: null,
        to: member.email,
        fromName: project.name,
        subject,
        text,
        html,
        link: null,
        createdAt: deps.clock.now(),
      });
      if (result.ok) return { outcome: "done" };
      return { outcome: result.permanent ? "failed" : "retry", reason: result.reason };
    },
  };
}
