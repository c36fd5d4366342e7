/**
 * The consent rules of SPEC §2, with no I/O: which transitions exist, what a request's status is
 * at a given instant, when consent applies, and when cancel, resend and new actions are allowed.
 * Use cases ask these functions and then apply the answer in one conditional update.
 */

export const consentTypes = ["simReplacement", "providerChange", "portOutCredentials"] as const;
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

export type RequestState = { status: ConsentStatus; expiresAt: number };

/**
 * A pending request whose validity has passed is expired for every read and decision, whether or
 * not the sweeper has recorded it yet (C3).
/** The status a transition leads to. */
export function targetStatus(transition: ConsentTransition): ConsentStatus {
  return transitions[transition].to;
}

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
};

export type ConsentDecision =
  | { kind: "ask"; deliveryMethod: DeliveryMethod; recipient: string; linkTtlSeconds: number }
  | { kind: "performDirectly" }
  | { kind: "refuse"; reason: string }
  | { kind: "invalidMethod"; reason: string };

/** The recipient a delivery method would reach, or null when it is not usable here. */
export function recipientFor(method: DeliveryMethod, context: ConsentContext): string | null {
  if (method === "email") return context.emailEnabled ? context.userEmail : null;
  return context.smsEnabled ? context.phoneNumber : null;
}

/** The delivery methods that can reach the user, in the project's order of preference. */
export function availableDeliveryMethods(context: ConsentContext): DeliveryMethod[] {
  return (context.consent?.deliveryMethods ?? []).filter((m) => recipientFor(m, context) !== null);
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
  if (requested !== undefined) {
    if (!consent.deliveryMethods.includes(requested)) {
      return {
        kind: "invalidMethod",
        reason: `Delivery method ${requested} is not enabled for this project.`,
      };
    }
    if (!available.includes(requested)) {
      return { kind: "refuse", reason: `The user cannot be reached by ${requested}.` };
    }
  }
  const method = requested ?? available[0];
  if (method === undefined) {
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
