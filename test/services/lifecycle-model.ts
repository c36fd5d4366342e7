import type { ConsentStatus, ConsentType } from "../../src/domain/consent-rules.js";
import type { ErrorType } from "../../src/errors.js";

/**
 * A plain model of SPEC §2 for the property test: what each use case should answer and change,
 * derived from the spec's words. The test runs the real use cases beside it and compares.
 */

export type ModelSim = { id: string; provider: string; status: "available" | "active" | "retired" };
export type ModelLine = { id: string; status: "active" | "ended"; provider: string; simId: string };
export type ModelDetails = { sim?: string; provider?: string };
export type ModelRequest = {
  id: string;
  token: string;
  line: number;
  type: ConsentType;
  status: ConsentStatus;
  cancellationReason: "canceledByMember" | "superseded" | "subscriptionEnded" | null;
  expiresAt: number;
  details: ModelDetails;
  /** The state-change events this request should have, one per change. */
  changes: string[];
  fulfilmentFailures: number;
};
export type Model = {
  now: number;
  linkTtlMs: number;
  sims: ModelSim[];
  lines: ModelLine[];
  requests: ModelRequest[];
};

export type ActionWish = { line: number; type: ConsentType; sim: string; provider: string };

/** A pending request is expired from its expiresAt on, recorded or not (C3). */
export function seenStatus(model: Model, request: ModelRequest): ConsentStatus {
  return request.status === "pending" && model.now >= request.expiresAt
    ? "expired"
    : request.status;
}

function change(
  request: ModelRequest,
  status: ConsentStatus,
  reason: ModelRequest["cancellationReason"] = null,
) {
  request.status = status;
  if (reason) request.cancellationReason = reason;
  request.changes.push(`consentRequest.${status}`);
}

function openOf(model: Model, line: number, type: ConsentType, status: ConsentStatus) {
  return model.requests.find((r) => r.line === line && r.type === type && r.status === status);
}

/** The details an action would freeze, or the refusal it meets (C1, C6). */
export function predictAction(
  model: Model,
  wish: ActionWish,
): { refused: ErrorType } | { details: ModelDetails } {
  const line = model.lines[wish.line] as ModelLine;
  if (line.status !== "active") return { refused: "subscriptionNotActive" };
  if (openOf(model, wish.line, wish.type, "approved")) {
    return { refused: "approvedConsentRequestExists" };
  }
  if (wish.type === "portOutCredentials") return { details: {} };
  const provider = wish.type === "providerChange" ? wish.provider : line.provider;
  if (wish.type === "providerChange" && provider === line.provider) {
    return { refused: "validationFailed" };
  }
  if (wish.sim !== "auto") {
    const sim = model.sims.find((s) => s.id === wish.sim) as ModelSim;
    if (sim.provider !== provider) return { refused: "validationFailed" };
    if (sim.status !== "available") return { refused: "simNotAvailable" };
  }
  return {
    details: wish.type === "providerChange" ? { provider, sim: wish.sim } : { sim: wish.sim },
  };
}

/** A new request of a type moves the pending one out of its way (C6). */
function displace(model: Model, line: number, type: ConsentType) {
  const pending = openOf(model, line, type, "pending");
  if (!pending) return;
  if (seenStatus(model, pending) === "expired") change(pending, "expired");
  else change(pending, "canceled", "superseded");
}

export function addRequest(
  model: Model,
  input: { id: string; token: string; line: number; type: ConsentType; details: ModelDetails },
): void {
  displace(model, input.line, input.type);
  model.requests.push({
    ...input,
    status: "pending",
    cancellationReason: null,
    expiresAt: model.now + model.linkTtlMs,
    changes: [],
    fulfilmentFailures: 0,
  });
}

export function predictResend(model: Model, request: ModelRequest): ErrorType | null {
  if (!["canceled", "expired", "pending"].includes(seenStatus(model, request))) {
    return "consentRequestNotResendable";
  }
  if (openOf(model, request.line, request.type, "approved")) return "approvedConsentRequestExists";
  if ((model.lines[request.line] as ModelLine).status !== "active") return "subscriptionNotActive";
  return null;
}

/**
 * Carries out an approved request as the spec says: exactly the frozen details, or a clean
 * failure that leaves it approved (C7). `autoSimId` names the eSIM the product issued for `auto`.
 */
export function fulfil(
  model: Model,
  request: ModelRequest,
  autoSimId: () => string,
): "fulfilled" | "fulfillmentFailed" {
  const line = model.lines[request.line] as ModelLine;
  if (request.type === "portOutCredentials") {
    change(request, "fulfilled");
    return "fulfilled";
  }
  const provider = request.details.provider ?? line.provider;
  let simId = request.details.sim as string;
  if (simId === "auto") {
    simId = autoSimId();
    model.sims.push({ id: simId, provider, status: "active" });
  } else {
    const sim = model.sims.find((s) => s.id === simId) as ModelSim;
    if (sim.status !== "available" || sim.provider !== provider) {
      request.fulfilmentFailures += 1;
      return "fulfillmentFailed";
    }
    sim.status = "active";
  }
  const old = model.sims.find((s) => s.id === line.simId) as ModelSim;
  old.status = "retired";
  line.simId = simId;
  line.provider = provider;
  change(request, "fulfilled");
  return "fulfilled";
}

export type DecisionOutcome = "approved" | "fulfilled" | "fulfillmentFailed" | "declined" | "none";

export function decide(
  model: Model,
  request: ModelRequest,
  decision: "approve" | "decline",
  autoSimId: () => string,
): DecisionOutcome {
  if (seenStatus(model, request) !== "pending") return "none";
  if (decision === "decline") {
    change(request, "declined");
    return "declined";
  }
  change(request, "approved");
  if (request.type === "portOutCredentials") return "approved";
  return fulfil(model, request, autoSimId);
}

export function predictCancel(model: Model, request: ModelRequest): ErrorType | null {
  const seen = seenStatus(model, request);
  return seen === "pending" || seen === "approved" ? null : "consentRequestNotCancelable";
}

export function cancel(request: ModelRequest): void {
  change(request, "canceled", "canceledByMember");
}

/** Ending an active line cancels what is open on it; a pending one past its validity expires (C7). */
export function endLine(model: Model, index: number): void {
  const line = model.lines[index] as ModelLine;
  line.status = "ended";
  (model.sims.find((s) => s.id === line.simId) as ModelSim).status = "retired";
  for (const request of model.requests.filter((r) => r.line === index)) {
    const seen = seenStatus(model, request);
    if (seen === "pending" || seen === "approved") {
      change(request, "canceled", "subscriptionEnded");
    } else if (request.status === "pending") {
      change(request, "expired");
    }
  }
}

/** The sweeper records every pending request past its validity (M3). */
export function sweep(model: Model): number {
  const due = model.requests.filter((r) => r.status === "pending" && model.now >= r.expiresAt);
  for (const request of due) change(request, "expired");
  return due.length;
}
