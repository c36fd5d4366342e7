import type { FastifyRequest } from "fastify";
import { AppError } from "../errors.js";
import { hashSecret, sameDigest } from "../secrets.js";
import { cachedApiKeyLookup, findSession, type Role, roleOf } from "../services/access.js";
import type { Deps, RequestingActor } from "../services/deps.js";

export const sessionCookie = "assent_session";
export const csrfHeader = "x-csrf-token";

/** Who is calling, on which project, with which rights (A1). API keys act as owners. */
export type Principal = { actor: RequestingActor; projectId: string; role: Role };

const rank: Record<Role, number> = { viewer: 0, support: 1, owner: 2 };

const unsafeMethods = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** One key cache per composed application, shared by every route that authenticates. */
const keyLookups = new WeakMap<Deps, ReturnType<typeof cachedApiKeyLookup>>();

function lookUpKey(deps: Deps, secret: string) {
  let lookup = keyLookups.get(deps);
  if (!lookup) {
    lookup = cachedApiKeyLookup(deps);
    keyLookups.set(deps, lookup);
  }
  return lookup(secret);
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
  const authorization = request.headers.authorization;
  if (authorization !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    const key = match?.[1] ? await lookUpKey(deps, match[1]) : undefined;
    if (!key)
      throw new AppError("unauthenticated", "The API key is missing, malformed or revoked.");
    if (key.projectId !== projectId) throw new AppError("notFound", "Project not found.");
    return { actor: { type: "apiKey", id: key.id }, projectId, role: "owner" };
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

export function requireRole(principal: Principal, least: Role): void {
  if (rank[principal.role] < rank[least]) {
    throw new AppError("forbidden", `This needs the ${least} role; you are ${principal.role}.`);
  }
}
