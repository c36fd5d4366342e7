import { compiledOnce } from "../db/compiled.js";
import type { Executor, Tx } from "../db/database.js";
import {
  availableDeliveryMethods,
  type ConsentContext,
  type ConsentType,
  type ContactHold,
  canCancel,
  contactHolds,
  type DeliveryMethod,
  decideConsent,
  deliveryMethods,
  effectiveStatus,
  resendRefusal,
} from "../domain/consent-rules.js";
import { AppError, invalid, notFound } from "../errors.js";
import type { Sealer } from "../secrets.js";
import {
  applyTransition,
  type ConsentRequestRow,
  displacePendingRequest,
  findOpenRequests,
  insertPendingRequest,
} from "./consent-transitions.js";
import type { Actor, Deps, RequestingActor } from "./deps.js";
import { recordEvent } from "./events.js";
import {
  type ActionDetails,
  type Credentials,
  carryOut,
  detailsOf,
  type FulfilmentOutcome,
} from "./fulfilment.js";
import {
  findSimByReference,
  getUser,
  lockLine,
  lockSubscription,
  type Subscription,
  type User,
} from "./inventory.js";
import { assertLineAllows, assertLocksSet } from "./line-locks.js";
import { assertProvider, getProject, type Project } from "./projects.js";
import { runUseCase, type UseCaseOptions } from "./transactions.js";
import { parseProjectConsent } from "./views.js";

// A hot path (every read of a request, and each use case on one): compiled once.
const consentRequestById = compiledOnce((db, input: (name: "projectId" | "id") => never) =>
  db
    .selectFrom("consent_requests")
    .selectAll()
    .where("project_id", "=", input("projectId"))
    .where("id", "=", input("id")),
);

export async function getConsentRequest(
  db: Executor,
  projectId: string,
  requestId: string,
): Promise<ConsentRequestRow> {
  const [row] = (await consentRequestById(db, { projectId, id: requestId })).rows;
  if (!row) throw notFound("Consent request");
  return row;
}

/**
 * What decides whether and how consent is asked, at `now`. `channels` are the delivery methods
 * the server has a transport for (T2); a project cannot use another one.
 */
export function consentContext(
  project: Project,
  user: User,
  subscription: Subscription,
  now: number,
  channels: readonly DeliveryMethod[] = deliveryMethods,
): ConsentContext {
  const consent = parseProjectConsent(project);
  return {
    consent,
    emailEnabled: project.email_enabled === 1 && channels.includes("email"),
    smsEnabled: project.sms_enabled === 1 && channels.includes("sms"),
    userEmail: user.email,
    phoneNumber: subscription.phone_number,
    contactHolds: contactHolds(
      [{ method: "email", changedAt: user.email_changed_at }],
      consent,
      now,
    ),
  };
}

/** 409 consentUnavailable; a refusal for a recent contact change says so in its details (T1). */
function consentUnavailable(decision: { reason: string; contactChanged?: ContactHold }): AppError {
  const hold = decision.contactChanged;
  return new AppError(
    "consentUnavailable",
    decision.reason,
    hold && [
      {
        path: hold.method === "email" ? "user.email" : "subscription.phoneNumber",
        message: `changed recently; not used for consent links until ${new Date(hold.until).toISOString()}`,
      },
    ],
  );
}

/**
 * The channel of a notice after an action done without a request: the first that reaches. An
 * email changed recently comes last (T1): whoever changed it must not be the only one told.
 */
function directNoticeMethod(context: ConsentContext): DeliveryMethod | null {
  const emailHeld = (context.contactHolds ?? []).some((hold) => hold.method === "email");
  const email = context.emailEnabled && context.userEmail ? "email" : null;
  if (email && !emailHeld) return email;
  if (context.smsEnabled) return "sms";
  return email;
}

// ---- performing an action (C1, C2, C6) ----

export type ActionInput =
  | { type: "simReplacement"; sim: string; simType?: "eSIM" | "pSIM" | undefined }
  | { type: "providerChange"; provider: string; sim?: string | undefined }
  | { type: "portOutCredentials" }
  | { type: "lockRemoval"; simChange: boolean; portOut: boolean };

/** Checks what the agent asked for against the project and the line, and freezes it (C1). */
async function resolveDetails(
  tx: Executor,
  project: Project,
  subscription: Subscription,
  input: ActionInput,
): Promise<ActionDetails> {
  if (input.type === "portOutCredentials") return { type: "portOutCredentials" };
  if (input.type === "lockRemoval") {
    assertLocksSet(subscription, input);
    return { type: "lockRemoval", simChange: input.simChange, portOut: input.portOut };
  }
  const provider = input.type === "providerChange" ? input.provider : subscription.provider;
  if (input.type === "providerChange") {
    assertProvider(project, provider);
    if (provider === subscription.provider) {
      throw invalid("provider", "the line already runs on this provider");
    }
  }
  const reference = input.sim ?? "auto";
  const simType = input.type === "simReplacement" ? input.simType : undefined;
  if (reference === "auto") {
    if (simType === "pSIM") throw invalid("simType", "auto issues a new eSIM; name a pSIM instead");
    return input.type === "simReplacement"
      ? { type: "simReplacement", sim: "auto", simType: "eSIM" }
      : { type: "providerChange", provider, sim: "auto" };
  }
  const sim = await findSimByReference(tx, project.id, reference);
  if (!sim) throw invalid("sim", "no such SIM in this project");
  if (sim.provider !== provider) {
    throw invalid("sim", `the SIM belongs to provider ${sim.provider}, not ${provider}`);
  }
  if (simType !== undefined && sim.type !== simType) {
    throw invalid("simType", `the SIM is a ${sim.type}`);
  }
  if (sim.status !== "available") {
    throw new AppError("simNotAvailable", "The SIM is not available.", [
      { path: "sim", message: `the SIM is ${sim.status}` },
    ]);
  }
  return input.type === "simReplacement"
    ? { type: "simReplacement", sim: sim.id, simType: sim.type }
    : { type: "providerChange", provider, sim: sim.id };
}

export type ActionResult =
  | { kind: "consentRequest"; request: ConsentRequestRow; linkToken: string }
  | { kind: "performed"; subscription: Subscription; credentials: Credentials | null };

export async function performAction(
  deps: Deps,
  actor: RequestingActor,
  projectId: string,
  subscriptionId: string,
  input: ActionInput & { deliveryMethod?: DeliveryMethod | undefined },
  options?: UseCaseOptions<ActionResult>,
): Promise<ActionResult> {
  return runUseCase(deps.db, options, async (tx) => {
    const { project, subscription, user } = await lockLine(tx, projectId, subscriptionId);
    // Read once the line is held: a change that waited for another's lock is stamped after it.
    const now = deps.clock.now();
    if (subscription.status !== "active") {
      throw new AppError("subscriptionNotActive", "The subscription has ended.");
    }
    await assertLineAllows(tx, project, subscription, input.type, now);
    const open = await findOpenRequests(tx, subscription, input.type);
    if (open.approved) {
      throw new AppError(
        "approvedConsentRequestExists",
        "An approved consent request of this type exists for the subscription; fulfil or cancel it first.",
      );
    }
    const details = await resolveDetails(tx, project, subscription, input);
    const context = consentContext(project, user, subscription, now, deps.deliveryChannels);
    const decision = decideConsent(context, input.deliveryMethod);
    switch (decision.kind) {
      case "invalidMethod":
        throw invalid("deliveryMethod", decision.reason);
      case "refuse":
        throw consentUnavailable(decision);
      case "performDirectly": {
        if (details.type === "lockRemoval") {
          // Only an owner's override removes a lock without the subscriber (F1).
          throw new AppError(
            "consentUnavailable",
            "A lock is removed only with the subscriber's consent or by an owner's override.",
          );
        }
        // A link still out for this action must not be able to do it a second time.
        await displacePendingRequest(tx, open.pending, actor, now);
        const outcome = await carryOut(tx, {
          project,
          subscription,
          details,
          actor,
          consentRequestId: null,
          noticeMethod: directNoticeMethod(context),
          now,
          sealer: deps.sealer,
        });
        if (!outcome.ok) throw new AppError("conflict", outcome.message);
        return {
          kind: "performed",
          subscription: await lockSubscription(tx, projectId, subscriptionId),
          credentials: outcome.credentials,
        };
      }
      case "ask": {
        await displacePendingRequest(tx, open.pending, actor, now);
        const { row, token } = await insertPendingRequest(tx, deps.sealer, {
          projectId,
          subscriptionId: subscription.id,
          userId: user.id,
          details,
          deliveryMethod: decision.deliveryMethod,
          recipient: decision.recipient,
          linkTtlSeconds: decision.linkTtlSeconds,
          requestedBy: actor,
          resentFrom: null,
          now,
        });
        return { kind: "consentRequest", request: row, linkToken: token };
      }
    }
  });
}

// ---- cancel (C5) ----

export async function cancelConsentRequest(
  deps: Deps,
  actor: RequestingActor,
  projectId: string,
  requestId: string,
  options?: UseCaseOptions<ConsentRequestRow>,
): Promise<ConsentRequestRow> {
  return runUseCase(deps.db, options, async (tx) => {
    const found = await getConsentRequest(tx, projectId, requestId);
    await lockSubscription(tx, projectId, found.subscription_id);
    const now = deps.clock.now();
    const request = await getConsentRequest(tx, projectId, requestId);
    const state = { status: request.status, expiresAt: request.expires_at };
    if (!canCancel(state, now) || !(await applyTransition(tx, request, "cancel", actor, now))) {
      throw new AppError(
        "consentRequestNotCancelable",
        `Only pending or approved requests can be canceled; this one is ${effectiveStatus(state, now)}.`,
      );
    }
    return getConsentRequest(tx, projectId, requestId);
  });
}

// ---- resend (C6) ----

export async function resendConsentRequest(
  deps: Deps,
  actor: RequestingActor,
  projectId: string,
  requestId: string,
  input: { deliveryMethod?: DeliveryMethod | undefined },
  options?: UseCaseOptions<{ request: ConsentRequestRow; linkToken: string }>,
): Promise<{ request: ConsentRequestRow; linkToken: string }> {
  return runUseCase(deps.db, options, async (tx) => {
    const found = await getConsentRequest(tx, projectId, requestId);
    const subscription = await lockSubscription(tx, projectId, found.subscription_id);
    const now = deps.clock.now();
    const previous = await getConsentRequest(tx, projectId, requestId);
    const open = await findOpenRequests(tx, subscription, previous.type);
    const refusal = resendRefusal({
      previous: { status: previous.status, expiresAt: previous.expires_at },
      approvedOfSameTypeExists: open.approved !== undefined,
      subscriptionActive: subscription.status === "active",
      now,
    });
    if (refusal === "previousNotResendable") {
      throw new AppError(
        "consentRequestNotResendable",
        "Only canceled, expired or pending requests can be resent.",
      );
    }
    if (refusal === "approvedExists") {
      throw new AppError(
        "approvedConsentRequestExists",
        "An approved request of the same type exists for the subscription.",
      );
    }
    if (refusal === "subscriptionNotActive") {
      throw new AppError("subscriptionNotActive", "The subscription has ended.");
    }
    const project = await getProject(tx, projectId);
    await assertLineAllows(tx, project, subscription, previous.type, now);
    const user = await getUser(tx, projectId, previous.user_id);
    const context = consentContext(project, user, subscription, now, deps.deliveryChannels);
    // Unnamed, the previous method is kept while it still reaches the user; one that no longer
    // does (a contact changed recently, T1, or a channel turned off) gives way to the first that
    // does, as for a new action.
    const previousStillReaches = availableDeliveryMethods(context).includes(
      previous.delivery_method,
    );
    const decision = decideConsent(
      context,
      input.deliveryMethod ?? (previousStillReaches ? previous.delivery_method : undefined),
    );
    if (decision.kind === "invalidMethod") throw invalid("deliveryMethod", decision.reason);
    if (decision.kind === "refuse") throw consentUnavailable(decision);
    if (decision.kind !== "ask") {
      throw new AppError("consentUnavailable", "Consent is not enabled for this project.");
    }
    await displacePendingRequest(tx, open.pending, actor, now);
    return insertPendingRequest(tx, deps.sealer, {
      projectId,
      subscriptionId: subscription.id,
      userId: user.id,
      details: detailsOf(previous.type, previous.details),
      deliveryMethod: decision.deliveryMethod,
      recipient: decision.recipient,
      linkTtlSeconds: decision.linkTtlSeconds,
      requestedBy: actor,
      resentFrom: previous.id,
      now,
    }).then(({ row, token }) => ({ request: row, linkToken: token }));
  });
}

// ---- fulfilment of an approved request (C4, C7, C8) ----

function notFulfillable(): AppError {
  return new AppError(
    "consentRequestNotFulfillable",
    "The request is no longer approved; nothing was done.",
  );
}

/**
 * Carries out an approved request. On success the request is fulfilled; on a failure a member
 * can fix, the request stays approved with `fulfillmentError` and an event (C7).
 */
export async function fulfilApproved(
  tx: Tx,
  request: ConsentRequestRow,
  subscription: Subscription,
  actor: Actor,
  now: number,
  sealer: Sealer,
): Promise<FulfilmentOutcome> {
  const project = await getProject(tx, request.project_id);
  const outcome = await carryOut(tx, {
    project,
    subscription,
    details: detailsOf(request.type, request.details),
    actor,
    consentRequestId: request.id,
    noticeMethod: request.delivery_method,
    now,
    sealer,
  });
  if (outcome.ok) {
    // Only an approved request is fulfilled; if another change took it first, what carryOut did
    // must not stay: throwing rolls the whole transaction back.
    if (!(await applyTransition(tx, request, "fulfil", actor, now))) throw notFulfillable();
    return outcome;
  }
  const error = { code: outcome.code, message: outcome.message };
  const recorded = await tx
    .updateTable("consent_requests")
    .set({ fulfillment_error: JSON.stringify(error) })
    .where("project_id", "=", request.project_id)
    .where("id", "=", request.id)
    .where("status", "=", "approved")
    .executeTakeFirst();
  if (recorded.numUpdatedRows !== 1n) throw notFulfillable();
  await recordEvent(tx, {
    projectId: request.project_id,
    type: "consentRequest.fulfillmentFailed",
    actor,
    subject: request.id,
    data: error,
    time: now,
  });
  return outcome;
}

/** The follow-up (C8): a member fulfils an approved request, or retries a failed fulfilment. */
export async function followUpConsentRequest(
  deps: Deps,
  actor: RequestingActor,
  projectId: string,
  requestId: string,
  options?: UseCaseOptions<{ request: ConsentRequestRow; outcome: FulfilmentOutcome }>,
): Promise<{ request: ConsentRequestRow; outcome: FulfilmentOutcome }> {
  return runUseCase(deps.db, options, async (tx) => {
    const found = await getConsentRequest(tx, projectId, requestId);
    const subscription = await lockSubscription(tx, projectId, found.subscription_id);
    const now = deps.clock.now();
    const request = await getConsentRequest(tx, projectId, requestId);
    if (request.status !== "approved") {
      throw new AppError(
        "consentRequestNotFulfillable",
        `Only approved requests can be fulfilled; this one is ${effectiveStatus({ status: request.status, expiresAt: request.expires_at }, now)}.`,
      );
    }
    const outcome = await fulfilApproved(tx, request, subscription, actor, now, deps.sealer);
    return { request: await getConsentRequest(tx, projectId, requestId), outcome };
  });
}

/** C7: ending a line cancels its pending and approved requests. */
export async function cancelOpenRequestsOfSubscription(
  tx: Executor,
  actor: Actor,
  subscription: Subscription,
  now: number,
): Promise<void> {
  const open = await tx
    .selectFrom("consent_requests")
    .selectAll()
    .where("project_id", "=", subscription.project_id)
    .where("subscription_id", "=", subscription.id)
    .where("status", "in", ["pending", "approved"])
    .execute();
  for (const request of open) {
    if (!(await applyTransition(tx, request, "endSubscription", actor, now))) {
      await applyTransition(tx, request, "expire", actor, now);
    }
  }
}

export type { ConsentType };
