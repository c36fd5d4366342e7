/**
 * What the dashboard may offer, and why not: the rules of SPEC C2, C5, C6 and D8 as the member
 * sees them, so that a control the rules forbid shows disabled with its reason. The server checks
 * again; these only keep the screen honest. Pure functions, tested in test/web/consent.test.ts.
 */
import type { MessageKey } from "../i18n/en.js";

export type Role = "owner" | "support" | "viewer";
export type ConsentStatus =
  | "pending"
  | "approved"
  | "fulfilled"
  | "declined"
  | "canceled"
  | "expired";
export type DeliveryMethod = "email" | "sms";

/** `null` when allowed, else the reason in the catalogue. */
export type Block = MessageKey | null;

type RequestFacts = {
  status: ConsentStatus;
  type: string;
  subscription: string;
  cancellationReason: string | null;
};

export function mayAct(role: Role): Block {
  return role === "viewer" ? "reason.viewer" : null;
}

export function mayManage(role: Role): Block {
  return role === "owner" ? null : "reason.notOwner";
}

/** C5: a member cancels a pending or approved request. */
export function cancelBlock(request: RequestFacts, role: Role): Block {
  return (
    mayAct(role) ??
    (request.status === "pending" || request.status === "approved" ? null : "reason.notCancelable")
  );
}

/**
 * C6: resend needs a canceled, expired or pending request, no approved request of the same type
 * for the line, and a line still active. `approved` lists the line's approved requests known to
 * the screen; `subscriptionActive` is undefined when the screen does not know.
 */
export function resendBlock(
  request: RequestFacts,
  role: Role,
  context: {
    approved: readonly Pick<RequestFacts, "type" | "subscription">[];
    subscriptionActive?: boolean;
  },
): Block {
  const acting = mayAct(role);
  if (acting) return acting;
  if (!["canceled", "expired", "pending"].includes(request.status)) {
    return "reason.notResendableStatus";
  }
  if (context.subscriptionActive === false || request.cancellationReason === "subscriptionEnded") {
    return "reason.subscriptionEnded";
  }
  const approvedExists = context.approved.some(
    (other) => other.type === request.type && other.subscription === request.subscription,
  );
  return approvedExists ? "reason.approvedExists" : null;
}

/**
 * D2/C6/F1: an action on a line; refused on an ended line, while one of its type waits approved,
 * and while the line is locked against it.
 */
export function actionBlock(
  role: Role,
  subscription: {
    status: "active" | "ended";
    locks?: { simChange: boolean; portOut: boolean } | undefined;
  },
  approvedOfType: boolean,
  kind?: "simReplacement" | "providerChange" | "portOutCredentials",
): Block {
  const acting = mayAct(role);
  if (acting) return acting;
  if (subscription.status !== "active") return "reason.lineEnded";
  if (kind === "portOutCredentials" && subscription.locks?.portOut) return "reason.lockedPortOut";
  if (kind && kind !== "portOutCredentials" && subscription.locks?.simChange) {
    return "reason.lockedSimChange";
  }
  return approvedOfType ? "reason.approvedPending" : null;
}

type ProjectFacts = {
  emailEnabled: boolean;
  smsEnabled: boolean;
  consent: { deliveryMethods: DeliveryMethod[] } | null;
};

export type DeliveryOption = { method: DeliveryMethod; block: Block };

/**
 * C2: the delivery methods of the project's consent settings, each disabled with its reason when
 * it cannot reach this user: email needs a Connect project and the user's email, SMS needs SMS.
 */
export function deliveryOptions(
  project: ProjectFacts,
  user: { email: string | null },
): DeliveryOption[] {
  const methods: DeliveryMethod[] = ["email", "sms"];
  return methods.map((method) => {
    if (!project.consent?.deliveryMethods.includes(method)) {
      return { method, block: "reason.notInSettings" };
    }
    if (method === "email") {
      if (!project.emailEnabled) return { method, block: "reason.emailDisabled" };
      if (!user.email) return { method, block: "reason.noEmail" };
      return { method, block: null };
    }
    return { method, block: project.smsEnabled ? null : "reason.smsDisabled" };
  });
}

/** Whether performing an action asks for consent (else it runs at once, C2 performDirectly). */
export function consentApplies(project: ProjectFacts, user: { email: string | null }): boolean {
  return deliveryOptions(project, user).some((option) => option.block === null);
}

/** The time left of a pending request, split for display; `null` once it has passed. */
export function timeLeft(
  expiresAt: string,
  now: number,
): { hours: number; minutes: number; seconds: number } | null {
  const ms = Date.parse(expiresAt) - now;
  if (ms <= 0) return null;
  const total = Math.floor(ms / 1000);
  return {
    hours: Math.floor(total / 3600),
    minutes: Math.floor((total % 3600) / 60),
    seconds: total % 60,
  };
}

export type ConsentForm = {
  enabled: boolean;
  deliveryMethods: DeliveryMethod[];
  linkTtlMinutes: string;
  whenUnavailable: "performDirectly" | "refuse";
};

/** C2's bounds for the settings form: errors by field, empty when the form may be sent. */
export function validateConsentForm(
  form: ConsentForm,
): Partial<Record<keyof ConsentForm, MessageKey>> {
  const errors: Partial<Record<keyof ConsentForm, MessageKey>> = {};
  if (!form.enabled) return errors;
  if (form.deliveryMethods.length === 0) errors.deliveryMethods = "validation.methodsRequired";
  const minutes = Number(form.linkTtlMinutes);
  if (form.linkTtlMinutes.trim() === "" || !Number.isInteger(minutes)) {
    errors.linkTtlMinutes = "validation.ttlWhole";
  } else if (minutes < 1 || minutes > 72 * 60) {
    errors.linkTtlMinutes = "validation.ttlRange";
  }
  return errors;
}
