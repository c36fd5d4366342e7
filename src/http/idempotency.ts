import { createHash } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";
import { AppError } from "../errors.js";
import type { Deps } from "../services/deps.js";

/**
 * A5: a POST retried with the same Idempotency-Key answers the first answer again for 24 hours
 * and does nothing twice. The key is claimed with an insert before the handler runs, so two
 * concurrent retries cannot both run it; the answer is stored when it is sent.
 */
export const idempotencyTtlMs = 24 * 60 * 60 * 1000;
export const abandonedClaimMs = 60 * 1000;
const header = "idempotency-key";

type Claim = { projectId: string; key: string };
const claims = new WeakMap<FastifyRequest, Claim>();

function fingerprint(request: FastifyRequest): string {
  return createHash("sha256")
    .update(
      `${request.method} ${request.routeOptions.url}\n${JSON.stringify(request.params)}\n${JSON.stringify(request.body ?? null)}`,
    )
    .digest("hex");
}

/** Returns true when the answer was replayed and the handler must not run. */
export async function claimIdempotencyKey(
  deps: Deps,
  request: FastifyRequest,
  reply: FastifyReply,
  projectId: string,
): Promise<boolean> {
  const key = request.headers[header];
  if (request.method !== "POST" || key === undefined) return false;
  if (typeof key !== "string" || key.length === 0 || key.length > 255) {
    throw new AppError("validationFailed", "Idempotency-Key must be 1 to 255 characters.", [
      { path: "idempotency-key", message: "must be 1 to 255 characters" },
    ]);
  }
  const now = deps.clock.now();
  const print = fingerprint(request);
  // A key expires after a day; a claim that never got its answer (the process died while
  // handling it) is given up after a minute, so that the client's retry runs instead of being
  // told forever that the request is in progress.
  await deps.db
    .deleteFrom("idempotency_keys")
    .where("project_id", "=", projectId)
    .where("key", "=", key)
    .where((eb) =>
      eb.or([
        eb("created_at", "<=", now - idempotencyTtlMs),
        eb.and([eb("status_code", "is", null), eb("created_at", "<=", now - abandonedClaimMs)]),
      ]),
    )
    .execute();
  const inserted = await deps.db
    .insertInto("idempotency_keys")
    .values({
      project_id: projectId,
      key,
      fingerprint: print,
      status_code: null,
      response: null,
      created_at: now,
    })
    .onConflict((oc) => oc.columns(["project_id", "key"]).doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 1) {
    claims.set(request, { projectId, key });
    return false;
  }
  const stored = await deps.db
    .selectFrom("idempotency_keys")
    .selectAll()
    .where("project_id", "=", projectId)
    .where("key", "=", key)
    .executeTakeFirst();
  if (!stored || stored.fingerprint !== print) {
    throw new AppError(
      "validationFailed",
      "This Idempotency-Key was used for a different request.",
      [{ path: "idempotency-key", message: "already used for a different request" }],
    );
  }
  if (stored.status_code === null || stored.response === null) {
    throw new AppError(
      "idempotencyKeyInUse",
      "A request with this Idempotency-Key is still in progress.",
    );
  }
  reply.header("idempotent-replayed", "true");
  reply.status(stored.status_code).type("application/json").send(deps.sealer.open(stored.response));
  return true;
}

/** Stores the answer of a claimed request; a server error releases the key so a retry runs. */
export async function storeIdempotentAnswer(
  deps: Deps,
  request: FastifyRequest,
  statusCode: number,
  payload: unknown,
): Promise<void> {
  const claim = claims.get(request);
  if (!claim) return;
  claims.delete(request);
  const where = deps.db
    .updateTable("idempotency_keys")
    .where("project_id", "=", claim.projectId)
    .where("key", "=", claim.key);
  if (statusCode >= 500 || typeof payload !== "string") {
    await deps.db
      .deleteFrom("idempotency_keys")
      .where("project_id", "=", claim.projectId)
      .where("key", "=", claim.key)
      .execute();
    return;
  }
  await where.set({ status_code: statusCode, response: storedAnswer(deps, payload) }).execute();
}

/**
 * What is kept of an answer to replay it: sealed, since answers carry personal data, and without
 * a port-out PIN, which is shown once (C8) and otherwise kept only as a hash.
 */
function storedAnswer(deps: Deps, payload: string): string {
  const body = JSON.parse(payload) as { pin?: unknown; credentials?: { pin?: unknown } | null };
  if (typeof body.pin === "string") body.pin = null;
  if (body.credentials && typeof body.credentials.pin === "string") body.credentials.pin = null;
  return deps.sealer.seal(JSON.stringify(body));
}
