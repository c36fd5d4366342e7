import { effectiveStatus } from "../domain/consent-rules.js";
import { isE164, maskPhone, resolveLocale } from "../domain/formats.js";
import type { ClaimedJob, JobHandler, JobResult } from "../jobs/worker.js";
import type { Deps } from "../services/deps.js";
import { systemActor } from "../services/deps.js";
import { recordEvent, recordEvents } from "../services/events.js";
import { detailsOf } from "../services/fulfilment.js";
import { isDeliverableEmail } from "./addresses.js";
import { createBatchLoader } from "./batch-loader.js";
import { type ConsentMessageInput, consentEmail, consentSms } from "./messages/compose.js";
import type { SendResult, Transports } from "./transport.js";

type DeliverJob = ClaimedJob<"consentRequest.deliver">;

/** What a delivered link leaves to record: `consentRequest.sent` and the request's sentAt. */
type Sent = {
  deliveryMethod: "email" | "sms";
  transport: string;
  messageId: string | null;
  providerMessageId: string;
};

function failed(reason: string): JobResult<Sent> {
  return { outcome: "failed", reason };
}

/** Everything a link's message needs, for the requests of many jobs in one query. */
function requestLoader(deps: Deps) {
  return createBatchLoader(async (keys) => {
    const pairs = keys.map((key) => key.split(" ") as [string, string]);
    const rows = await deps.db
      .selectFrom("consent_requests as r")
      // The user and the line are the request's own, of its project; repeating the project in
      // these joins would only make PostgreSQL plan longer.
      .innerJoin("projects as p", "p.id", "r.project_id")
      .innerJoin("users as u", "u.id", "r.user_id")
      .innerJoin("subscriptions as s", "s.id", "r.subscription_id")
      .select([
        "r.id",
        "r.project_id",
        "r.type",
        "r.status",
        "r.details",
        "r.delivery_method",
        "r.recipient",
        "r.expires_at",
        "p.name as brand",
        "u.full_name",
        "u.preferred_locale",
        "s.phone_number",
      ])
      .where((eb) =>
        eb(
          eb.refTuple("r.project_id", "r.id"),
          "in",
          pairs.map(([projectId, id]) => eb.tuple(projectId, id)),
        ),
      )
      .execute();
    return new Map(rows.map((row) => [`${row.project_id} ${row.id}`, row]));
  });
}

/**
 * Sends a consent request's link (M1, M2). `consentRequest.sent` is written only once the mail
 * server or gateway accepted the message, in the transaction that ends the job; a request that
 * stopped being pending before its turn (canceled, superseded, expired) gets no link at all.
 */
export function consentLinkHandler(
  deps: Deps,
  transports: Transports,
): JobHandler<"consentRequest.deliver", Sent> {
  const loadRequest = requestLoader(deps);

  async function send(job: DeliverJob, token: string): Promise<JobResult<Sent>> {
    const request = await loadRequest(`${job.projectId} ${job.payload.consentRequestId}`);
    const now = deps.clock.now();
    if (!request) return failed("The consent request no longer exists.");
    const state = { status: request.status, expiresAt: request.expires_at };
    if (effectiveStatus(state, now) !== "pending") return { outcome: "done" };
    const details = detailsOf(request.type, request.details);
    const input: ConsentMessageInput = {
      locale: resolveLocale(request.preferred_locale),
      brand: request.brand,
      userName: request.full_name,
      type: request.type,
      simType: details.type === "simReplacement" ? details.simType : null,
      line: maskPhone(request.phone_number),
      link: `${deps.publicUrl}/consent/${token}`,
      expiresAt: request.expires_at,
      now,
    };
    const message = {
      key: job.id,
      projectId: job.projectId,
      consentRequestId: request.id,
      to: request.recipient,
      link: input.link,
      createdAt: now,
    };
    let result: SendResult;
    if (request.delivery_method === "email") {
      if (!isDeliverableEmail(request.recipient)) {
        return failed("The user's email address is not a valid address.");
      }
      const email = await consentEmail(input);
      result = await transports.email.send({ ...message, ...email, fromName: request.brand });
    } else {
      if (!isE164(request.recipient)) {
        return failed("The line's phone number is not a valid E.164 number.");
      }
      result = await transports.sms.send({ ...message, text: consentSms(input) });
    }
    if (!result.ok) {
      return { outcome: result.permanent ? "failed" : "retry", reason: result.reason };
    }
    const transport = request.delivery_method === "email" ? transports.email : transports.sms;
    return {
      outcome: "done",
      effect: {
        deliveryMethod: request.delivery_method,
        transport: transport.name,
        messageId: result.messageId,
        providerMessageId: result.providerMessageId,
      },
    };
  }

  return {
    async run(job) {
      if (job.payload.sealedToken === null) return failed("The link is no longer available.");
      let token: string;
      try {
        token = deps.sealer.open(
          "linkToken",
          job.payload.consentRequestId,
          job.payload.sealedToken,
        );
      } catch {
        return failed("The link could not be unsealed (was APP_SECRET changed?).");
      }
      return send(job, token);
    },
    async recordDone(tx, done, now) {
      // A message kept in the Outbox reached nobody: it is held, not sent (T2), and sentAt stays
      // empty. Only a mail server or gateway that accepted the message makes it sent (E1).
      const sent = done.filter(({ effect }) => effect?.transport !== "outbox");
      const held = done.filter(({ effect }) => effect?.transport === "outbox");
      const requests = (ended: typeof done) =>
        ended.map(({ job }) => [job.projectId, job.payload.consentRequestId] as const);
      for (const [ended, sentAt] of [
        [sent, now],
        [held, null],
      ] as const) {
        if (ended.length === 0) continue;
        await tx
          .updateTable("consent_requests")
          .set({ sent_at: sentAt, delivery_error: null })
          .where((eb) =>
            eb(
              eb.refTuple("project_id", "id"),
              "in",
              requests(ended).map(([projectId, id]) => eb.tuple(projectId, id)),
            ),
          )
          .execute();
      }
      await recordEvents(
        tx,
        done.map(({ job, effect }) => ({
          projectId: job.projectId,
          type:
            effect?.transport === "outbox"
              ? ("consentRequest.heldInOutbox" as const)
              : ("consentRequest.sent" as const),
          actor: systemActor,
          subject: job.payload.consentRequestId,
          data: effect,
          time: now,
        })),
      );
    },
    async recordFailed(tx, failures, now) {
      for (const { job, reason } of failures) {
        const request = await tx
          .updateTable("consent_requests")
          .set({ delivery_error: reason })
          .where("project_id", "=", job.projectId)
          .where("id", "=", job.payload.consentRequestId)
          .returning("delivery_method")
          .executeTakeFirst();
        if (!request) continue;
        await recordEvent(tx, {
          projectId: job.projectId,
          type: "consentRequest.deliveryFailed",
          actor: systemActor,
          subject: job.payload.consentRequestId,
          data: { deliveryMethod: request.delivery_method, reason, attempts: job.attempt },
          time: now,
        });
      }
    },
    // The link is only needed until the job ends; afterwards not even its sealed form is kept.
    keep: (payload) => ({ ...payload, sealedToken: null }),
  };
}
