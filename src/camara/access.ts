import type { FastifyRequest } from "fastify";
import { sessionCookie } from "../http/auth.js";
import { apiKeyCache, findSession, maySimSwapCheck } from "../services/access.js";
import type { Deps } from "../services/deps.js";
import { hitRateLimit, type RateLimit } from "../services/rate-limits.js";
import { CamaraError } from "./errors.js";
import type { SimSwapCaller } from "./sim-swap.js";

/**
 * Who may ask the SIM swap questions (S3): API keys with the role `simSwapCheck`, and owner keys.
 * A dashboard session is a person, not a relying party: it is refused even for an owner.
 */
export async function authenticateSimSwapCaller(
  deps: Deps,
  request: FastifyRequest,
): Promise<SimSwapCaller> {
  const authorization = request.headers.authorization;
  if (authorization !== undefined) {
    const secret = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
    const key = secret ? await apiKeyCache(deps).lookUp(secret) : undefined;
    if (!key) {
      throw new CamaraError(
        "UNAUTHENTICATED",
        "The API key is missing, malformed, revoked or expired.",
      );
    }
    if (!maySimSwapCheck(key.role)) {
      throw new CamaraError(
        "PERMISSION_DENIED",
        `SIM swap checks need an API key with the role simSwapCheck or owner; this key is ${key.role}.`,
      );
    }
    return { apiKeyId: key.id, projectId: key.projectId };
  }
  const sessionId = request.cookies[sessionCookie];
  if (sessionId && (await findSession(deps, sessionId))) {
    throw new CamaraError(
      "PERMISSION_DENIED",
      "SIM swap checks are asked with an API key (role simSwapCheck or owner), not a dashboard session.",
    );
  }
  throw new CamaraError("UNAUTHENTICATED", "Send an API key as `Authorization: Bearer <key>`.");
}

/** How many questions one key may ask in one window. */
export type SimSwapRateLimit = Omit<RateLimit, "key">;

// A bank asks at every login or payment it protects; this leaves room for a busy one while a key
// that leaked cannot sweep a project's numbers quickly.
export const defaultSimSwapRateLimit: SimSwapRateLimit = { limit: 6_000, windowMs: 60_000 };

/** Counts a question against its key; TOO_MANY_REQUESTS (with Retry-After) past the limit. */
export async function limitSimSwapQuestions(
  deps: Deps,
  caller: SimSwapCaller,
  rule: SimSwapRateLimit,
): Promise<{ retryAfterSeconds: number } | undefined> {
  const now = deps.clock.now();
  const result = await hitRateLimit(
    deps.db,
    { key: `simSwap:apiKey:${caller.apiKeyId}`, ...rule },
    now,
  );
  if (result.allowed) return undefined;
  return { retryAfterSeconds: Math.max(1, Math.ceil((result.resetAt - now) / 1000)) };
}
