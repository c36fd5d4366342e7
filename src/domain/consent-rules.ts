/**
 * The consent rules of SPEC §2, with no I/O: which transitions exist, what a request's status is
 * at a given instant, when consent applies, and when cancel, resend and new actions are allowed.
 * Use cases ask these functions and then apply the answer in one conditional update.
 */

export const consentTypes = [
  "simReplacement",
  "providerChange",
  "portOutCredentials",
  "lockRemoval",
] as const;
export type ConsentType = (typeof consentTypes)[number];

export const consentStatuses = [
  "pending",
  "approved",
  "fulfilled",
  "declined",
  "canceled",
  "expired",
] as const;
export type ConsentStatus = (typeof consentStatuses)[number];

export const finalStatuses: readonly ConsentStatus[] = [
  "fulfilled",
  "declined",
  "canceled",
  "expired",
];

export const deliveryMethods = ["email", "sms"] as const;
export type DeliveryMethod = (typeof deliveryMethods)[number];

export type CancellationReason = "canceledByMember" | "superseded" | "subscriptionEnded";

/** What can happen to a request; each maps to at most one target status. */
export type ConsentTransition =
  | "approve"
  | "decline"
  | "fulfil"
  | "cancel"
  | "supersede"
  | "endSubscription"
  | "expire";

const transitions: Record<
  ConsentTransition,
  { from: readonly ConsentStatus[]; to: ConsentStatus }
> = {
  approve: { from: ["pending"], to: "approved" },
  decline: { from: ["pending"], to: "declined" },
  fulfil: { from: ["approved"], to: "fulfilled" },
  cancel: { from: ["pending", "approved"], to: "canceled" },
  supersede: { from: ["pending"], to: "canceled" },
  endSubscription: { from: ["pending", "approved"], to: "canceled" },
  expire: { from: ["pending"], to: "expired" },
};

export const cancellationReasonOf: Partial<Record<ConsentTransition, CancellationReason>> = {
  cancel: "canceledByMember",
  supersede: "superseded",
  endSubscription: "subscriptionEnded",
};

export function isFinal(status: ConsentStatus): boolean {
  return finalStatuses.includes(status);
}

/** The statuses a transition may start from: the condition of its conditional update. */
export function sourceStatuses(transition: ConsentTransition): readonly ConsentStatus[] {
  return transitions[transition].from;
}

/** The status a transition leads to. */
export function targetStatus(transition: ConsentTransition): ConsentStatus {
  return transitions[transition].to;
}

export type RequestState = { status: ConsentStatus; expiresAt: number };

/**
 * A pending request whose validity has passed is expired for every read and decision, whether or
 * not the sweeper has recorded it yet (C3).
 */
export function effectiveStatus(request: RequestState, now: number): ConsentStatus {
  return request.status === "pending" && now >= request.expiresAt ? "expired" : request.status;
}

/**
 * The status after `transition`, or null when it is not allowed from the request's status at
 * `now`. Every transition but `expire` needs the request to be unexpired when it starts from
 * pending.
 */
export function nextStatus(
  request: RequestState,
  transition: ConsentTransition,
  now: number,
): ConsentStatus | null {
  const current = effectiveStatus(request, now);
  const rule = transitions[transition];
  if (transition === "expire") {
    return request.status === "pending" && current === "expired" ? rule.to : null;
  }
  return rule.from.includes(current) ? rule.to : null;
}

export function canCancel(request: RequestState, now: number): boolean {
  return nextStatus(request, "cancel", now) !== null;
}

export type ResendRefusal = "previousNotResendable" | "approvedExists" | "subscriptionNotActive";

/** C6: resend needs the previous request canceled, expired or pending, no approved request of
 * the same type for the subscription, and an active subscription. */
export function resendRefusal(input: {
  previous: RequestState;
  approvedOfSameTypeExists: boolean;
  subscriptionActive: boolean;
  now: number;
}): ResendRefusal | null {
  const status = effectiveStatus(input.previous, input.now);
  if (!["canceled", "expired", "pending"].includes(status)) return "previousNotResendable";
  if (input.approvedOfSameTypeExists) return "approvedExists";
  if (!input.subscriptionActive) return "subscriptionNotActive";
  return null;
}

/** What a new request of a type does to the one already pending for the same subscription. */
export function displacedTransition(existing: RequestState, now: number): "supersede" | "expire" {
  return effectiveStatus(existing, now) === "expired" ? "expire" : "supersede";
}

// ---- When consent applies (C2) ----

export type WhenUnavailable = "performDirectly" | "refuse";

export type ConsentSettings = {
  deliveryMethods: DeliveryMethod[];
  linkTtlSeconds: number;
  whenUnavailable: WhenUnavailable;
  /** T1: how long a changed contact is kept from consent links; absent means the default. */
  contactChangeHoldSeconds?: number;
  /** F3: seconds after a SIM, provider or contact change during which port-out is refused. */
  portOutCooldownSeconds?: number;
};

export const defaultLinkTtlSeconds = 3 * 60 * 60;
export const minLinkTtlSeconds = 60;
export const maxLinkTtlSeconds = 72 * 60 * 60;

export type ConsentContext = {
  consent: ConsentSettings | null;
  emailEnabled: boolean;
  smsEnabled: boolean;
  userEmail: string | null;
  phoneNumber: string;
  /** T1: contacts that changed recently and are held from consent links (see contactHolds). */
  contactHolds?: readonly ContactHold[];
};

export type ConsentDecision =
  | { kind: "ask"; deliveryMethod: DeliveryMethod; recipient: string; linkTtlSeconds: number }
  | { kind: "performDirectly" }
  | { kind: "refuse"; reason: string; contactChanged?: ContactHold }
  | { kind: "invalidMethod"; reason: string };

// ---- Contact changes (T1) ----

export const defaultContactChangeHoldSeconds = 24 * 60 * 60;
export const maxContactChangeHoldSeconds = 30 * 24 * 60 * 60;

/** A delivery method whose contact changed recently, and when it may carry links again. */
export type ContactHold = { method: DeliveryMethod; until: number };

/**
 * The contacts held at `now`: those changed less than the project's hold ago. A fraudster who
 * talks support into changing a user's email must not receive the consent link there, so a
 * freshly changed contact is not trusted with one until the hold passes. A contact set when the
 * user was created has no change time and is not held.
 */
export function contactHolds(
  changes: readonly { method: DeliveryMethod; changedAt: number | null }[],
  consent: ConsentSettings | null,
  now: number,
): ContactHold[] {
  const holdMs = (consent?.contactChangeHoldSeconds ?? defaultContactChangeHoldSeconds) * 1000;
  return changes.flatMap(({ method, changedAt }) =>
    changedAt !== null && now < changedAt + holdMs ? [{ method, until: changedAt + holdMs }] : [],
  );
}

/** The holds that matter here: on methods the project would use to ask. */
function relevantHolds(context: ConsentContext): ContactHold[] {
  const enabled = { email: context.emailEnabled, sms: context.smsEnabled };
  return (context.contactHolds ?? []).filter(
    (hold) =>
      enabled[hold.method] && (context.consent?.deliveryMethods ?? []).includes(hold.method),
  );
}

function contactChangedRefusal(hold: ContactHold): ConsentDecision {
  const contact = hold.method === "email" ? "email address" : "phone number";
  return {
    kind: "refuse",
    reason: `The user's ${contact} changed recently; consent cannot be asked there before ${new Date(hold.until).toISOString()}.`,
    contactChanged: hold,
  };
}

/** The recipient a delivery method would reach, or null when it is not usable here. */
export function recipientFor(method: DeliveryMethod, context: ConsentContext): string | null {
  if (method === "email") return context.emailEnabled ? context.userEmail : null;
  return context.smsEnabled ? context.phoneNumber : null;
}

/**
 * The delivery methods that can reach the user, in the project's order of preference; a contact
 * that changed recently is not among them (T1).
 */
export function availableDeliveryMethods(context: ConsentContext): DeliveryMethod[] {
  const held = relevantHolds(context).map((hold) => hold.method);
  return (context.consent?.deliveryMethods ?? []).filter(
    (m) => recipientFor(m, context) !== null && !held.includes(m),
  );
}

/**
 * Whether performing an action asks for consent, and how. `requested` is the delivery method the
 * agent picked; one the project does not enable, or that cannot reach this user, is refused
 * rather than silently replaced.
 */
export function decideConsent(
  context: ConsentContext,
  requested: DeliveryMethod | undefined,
): ConsentDecision {
  const consent = context.consent;
  if (consent === null) return { kind: "performDirectly" };
  const available = availableDeliveryMethods(context);
  const held = relevantHolds(context);
  if (requested !== undefined) {
    if (!consent.deliveryMethods.includes(requested)) {
      return {
        kind: "invalidMethod",
        reason: `Delivery method ${requested} is not enabled for this project.`,
      };
    }
    const hold = held.find((h) => h.method === requested);
    if (hold) return contactChangedRefusal(hold);
    if (!available.includes(requested)) {
      return { kind: "refuse", reason: `The user cannot be reached by ${requested}.` };
    }
  }
  const method = requested ?? available[0];
  if (method === undefined) {
    // A recent contact change never lets an action run without consent (T1): removing the
    // only address under performDirectly would otherwise skip the user altogether.
    if (held[0]) return contactChangedRefusal(held[0]);
    return consent.whenUnavailable === "performDirectly"
      ? { kind: "performDirectly" }
      : { kind: "refuse", reason: "No delivery method can reach this user." };
  }
  return {
    kind: "ask",
    deliveryMethod: method,
    recipient: recipientFor(method, context) as string,
    linkTtlSeconds: consent.linkTtlSeconds,
  };
}

/** Port-out PINs are valid 4 days by default and at most 7 (C8). */
export const defaultPortOutPinTtlSeconds = 4 * 24 * 60 * 60;
export const maxPortOutPinTtlSeconds = 7 * 24 * 60 * 60;

// ---- Line locks and the port-out cooldown (F1, F3) ----

export type LineLocks = { simChange: boolean; portOut: boolean };

/** The lock that refuses an action, or null: a SIM lock stops SIM and provider changes (F1). */
export function lockRefusing(type: ConsentType, locks: LineLocks): keyof LineLocks | null {
  if ((type === "simReplacement" || type === "providerChange") && locks.simChange) {
    return "simChange";
  }
  if (type === "portOutCredentials" && locks.portOut) return "portOut";
  return null;
}

export const defaultPortOutCooldownSeconds = 24 * 60 * 60;
export const maxPortOutCooldownSeconds = 30 * 24 * 60 * 60;

/**
 * When the port-out cooldown that follows the last change of SIM, provider or contact ends, or
 * null when no cooldown is running at `now` (F3).
 */
export function cooldownEnd(
  lastLineChangeAt: number | null,
  cooldownSeconds: number,
  now: number,
): number | null {
  if (lastLineChangeAt === null || cooldownSeconds <= 0) return null;
  const end = lastLineChangeAt + cooldownSeconds * 1000;
  return now < end ? end : null;
}
