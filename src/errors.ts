/** The one error type of the product: a code that clients can rely on, and its HTTP status. */
export const errorStatus = {
  validationFailed: 422,
  badRequest: 400,
  unauthenticated: 401,
  forbidden: 403,
  notFound: 404,
  conflict: 409,
  idempotencyKeyInUse: 409,
  consentRequestNotCancelable: 409,
  consentRequestNotResendable: 409,
  consentRequestNotFulfillable: 409,
  consentRequestNotPending: 409,
  fulfillmentFailed: 409,
  approvedConsentRequestExists: 409,
  subscriptionNotActive: 409,
  consentUnavailable: 409,
  simNotAvailable: 409,
  lineLocked: 409,
  cooldownActive: 409,
  numberRecentlyReleased: 409,
  duplicate: 409,
  memberExists: 409,
  lastOwner: 409,
  tooManyRequests: 429,
  internal: 500,
  serviceUnavailable: 503,
} as const;

export type ErrorType = keyof typeof errorStatus;

export type ErrorDetail = { path: string; message: string };

export class AppError extends Error {
  readonly type: ErrorType;
  readonly details: ErrorDetail[] | undefined;

  constructor(type: ErrorType, message: string, details?: ErrorDetail[]) {
    super(message);
    this.name = "AppError";
    this.type = type;
    this.details = details;
  }

  get status(): number {
    return errorStatus[this.type];
  }
}

export function notFound(what: string): AppError {
  return new AppError("notFound", `${what} not found.`);
}

export function invalid(path: string, message: string): AppError {
  return new AppError("validationFailed", `${path}: ${message}`, [{ path, message }]);
}
