import type { FastifyRequest } from "fastify";
import { AppError } from "../errors.js";
import { hashSecret, sameDigest } from "../secrets.js";
import { findSession, roleOf } from "../services/access.js";
import { apiKeyCache } from "../services/api-keys.js";
import type { Deps, RequestingActor } from "../services/deps.js";
import { hasRole, type MemberRole, maySimSwapCheck, type Role } from "../services/roles.js";

export const sessionCookie = "assent_session";
export const csrfHeader = "x-csrf-token";

/** Who is calling, on which project, with which rights (A1): a member's role or the key's. */
export type Principal = { actor: RequestingActor; projectId: string; role: Role };

const unsafeMethods = new Set(["POST", "PUT", "PATCH", "DELETE"]);

// Wrong, revoked, expired and unknown keys answer exactly alike.
const badKey = () =>
  new AppError("unauthenticated", "The API key is missing, malformed, expired or revoked.");

/**
 * The API key of a call's `Authorization: Bearer` header, with its project and role; throws 401
 * unauthenticated when there is none or it does not work. For routes whose only callers are keys
 * (the CAMARA SIM swap routes: check `maySimSwapCheck(principal.role)`).
 */
export async function authenticateApiKey(deps: Deps, request: FastifyRequest): Promise<Principal> {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? "");
  const key = match?.[1] ? await apiKeyCache(deps).lookUp(match[1]) : undefined;
  if (!key) throw badKey();
  return { actor: { type: "apiKey", id: key.id }, projectId: key.projectId, role: key.role };
}

/**
 * Authenticates a call on `/api/projects/{projectId}/…`. A key or member of another project gets
 * 404, exactly as for a project that does not exist: nothing is visible across projects.
 */
export async function authenticate(
  deps: Deps,
  request: FastifyRequest,
  projectId: string,
): Promise<Principal> {
  if (request.headers.authorization !== undefined) {
    const principal = await authenticateApiKey(deps, request);
    if (principal.projectId !== projectId) throw new AppError("notFound", "Project not found.");
    return principal;
  }
  const sessionId = request.cookies[sessionCookie];
  const session = sessionId ? await findSession(deps, sessionId) : undefined;
  if (!session) {
    throw new AppError(
      "unauthenticated",
      "Send an API key as `Authorization: Bearer <key>` or log in.",
    );
  }
  if (unsafeMethods.has(request.method)) {
    const csrf = request.headers[csrfHeader];
    if (typeof csrf !== "string" || !sameDigest(hashSecret(csrf), session.csrfHash)) {
      throw new AppError(
        "forbidden",
        `State-changing calls need the ${csrfHeader} header of the session.`,
      );
    }
  }
  const role = await roleOf(deps.db, projectId, session.memberId);
  if (!role) throw new AppError("notFound", "Project not found.");
  return { actor: { type: "member", id: session.memberId }, projectId, role };
}

/** Refuses with 403 forbidden unless the principal has at least `least` (§1, T3). */
export function requireRole(principal: Principal, least: MemberRole): void {
  if (principal.role === "simSwapCheck") {
    throw new AppError("forbidden", "A simSwapCheck key may only ask the CAMARA SIM swap API.");
  }
  if (!hasRole(principal.role, least)) {
    throw new AppError("forbidden", `This needs the ${least} role; you are ${principal.role}.`);
  }
}

/** Refuses with 403 forbidden unless the principal may ask the CAMARA SIM swap API (S3). */
export function requireSimSwapCheck(principal: Principal): void {
  if (!maySimSwapCheck(principal.role)) {
    throw new AppError("forbidden", "This needs a simSwapCheck or owner API key.");
  }
}

export { maySimSwapCheck, type Role };
