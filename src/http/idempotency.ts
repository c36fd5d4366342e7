import { createHash } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Db, Tx } from "../db/database.js";
import { AppError } from "../errors.js";
import { newSecretToken } from "../secrets.js";
import type { Deps, RequestingActor } from "../services/deps.js";
import type { UseCaseOptions } from "../services/transactions.js";
import { errorBody } from "./errors.js";

/**
 * A5, T5: a POST retried with the same Idempotency-Key answers the first answer again for 24
 * hours and acts once. Keys belong to the caller (an API key or a member) within a project.
 *
 * 1. Before the handler runs, the key is claimed: a record with no answer and a random `owner`,
 *    written in its own short transaction. A second call with the key now answers 409
 *    `idempotencyKeyInUse`.
 * 2. The route runs its use case through `answerOnce`, which completes the record with the
 *    answer inside the use case's transaction, on the condition that the claim is still this
 *    request's. The record and the action's effects commit together or not at all.
 * 3. So a claim never completed means nothing was done: after `staleClaimMs` (the process died,
 *    or the transaction failed) a retry takes it over and runs. Should the first request still
 *    be running, its completion finds the claim gone and rolls its own transaction back.
 * 4. An answer that came without effects (a refusal) is stored when it is sent; an error of ours,
 *    or a 429 (come back later), gives the key up.
 */
export const idempotencyTtlMs = 24 * 60 * 60 * 1000;
export const staleClaimMs = 60 * 1000;
const header = "idempotency-key";

/** What a route answers: the status and the body it sends. */
export type Answer = { status: number; body: unknown };

type Claim = { projectId: string; caller: string; key: string; owner: string; completed: boolean };
const claims = new WeakMap<FastifyRequest, Claim>();

function fingerprint(request: FastifyRequest): string {
  return createHash("sha256")
    .update(
      `${request.method} ${request.routeOptions.url}\n${JSON.stringify(request.params)}\n${JSON.stringify(request.body ?? null)}`,
    )
    .digest("hex");
}

function callerOf(actor: RequestingActor): string {
  return `${actor.type}:${actor.id}`;
}

function recordOf(db: Db | Tx, claim: Pick<Claim, "projectId" | "caller" | "key">) {
  return {
    update: () =>
      db
        .updateTable("idempotency_keys")
        .where("project_id", "=", claim.projectId)
        .where("caller", "=", claim.caller)
        .where("key", "=", claim.key),
    delete: () =>
      db
        .deleteFrom("idempotency_keys")
        .where("project_id", "=", claim.projectId)
        .where("caller", "=", claim.caller)
        .where("key", "=", claim.key),
  };
}

/** A stored answer is sealed (answers carry personal data) and bound to its record. */
function boundTo(claim: Pick<Claim, "projectId" | "caller" | "key">): string {
  return `${claim.projectId}\n${claim.caller}\n${claim.key}`;
}

function inUse(): AppError {
  return new AppError(
    "idempotencyKeyInUse",
    "A request with this Idempotency-Key is still in progress.",
  );
}

/** Returns true when the answer was replayed and the handler must not run. */
export async function claimIdempotencyKey(
  deps: Deps,
  request: FastifyRequest,
  reply: FastifyReply,
  principal: { projectId: string; actor: RequestingActor },
): Promise<boolean> {
  const key = request.headers[header];
  if (request.method !== "POST" || key === undefined) return false;
  if (typeof key !== "string" || key.length === 0 || key.length > 255) {
    throw new AppError("validationFailed", "Idempotency-Key must be 1 to 255 characters.", [
      { path: "idempotency-key", message: "must be 1 to 255 characters" },
    ]);
  }
  const scope = { projectId: principal.projectId, caller: callerOf(principal.actor), key };
  const record = recordOf(deps.db, scope);
  const now = deps.clock.now();
  const print = fingerprint(request);
  const owner = newSecretToken();
  await record.delete().where("expires_at", "<=", now).execute();
  const inserted = await deps.db
    .insertInto("idempotency_keys")
    .values({
      project_id: scope.projectId,
      caller: scope.caller,
      key,
      fingerprint: print,
      owner,
      status_code: null,
      response: null,
      claimed_at: now,
      expires_at: now + idempotencyTtlMs,
    })
    .onConflict((oc) => oc.columns(["project_id", "caller", "key"]).doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 1) {
    claims.set(request, { ...scope, owner, completed: false });
    return false;
  }
  const stored = await deps.db
    .selectFrom("idempotency_keys")
    .selectAll()
    .where("project_id", "=", scope.projectId)
    .where("caller", "=", scope.caller)
    .where("key", "=", key)
    .executeTakeFirst();
  if (!stored) throw inUse();
  if (stored.fingerprint !== print) {
    throw new AppError(
      "validationFailed",
      "This Idempotency-Key was used for a different request.",
      [{ path: "idempotency-key", message: "already used for a different request" }],
    );
  }
  if (stored.status_code !== null && stored.response !== null) {
    const body = deps.sealer.open("idempotentAnswer", boundTo(scope), stored.response);
    reply.header("idempotent-replayed", "true");
    // As it was serialized the first time, less what is shown once.
    reply.status(stored.status_code).type("application/json; charset=utf-8").send(body);
    return true;
  }
  if (stored.claimed_at > now - staleClaimMs) throw inUse();
  // Nothing was done under a claim never completed; the retry takes it over and runs.
  const taken = await record
    .update()
    .set({ owner, claimed_at: now, expires_at: now + idempotencyTtlMs })
    .where("owner", "=", stored.owner)
    .where("status_code", "is", null)
    .executeTakeFirst();
  if (taken.numUpdatedRows !== 1n) throw inUse();
  claims.set(request, { ...scope, owner, completed: false });
  return false;
}

/**
 * Secrets an answer shows once and the server otherwise keeps only as hashes: a port-out PIN
 * (C8), a new API key, a member's one-time password, a webhook signing secret. A replay shows
 * them as null.
 */
const shownOnce = ["pin", "key", "password", "secret"];

/** What is kept of a serialized answer to replay it: the same, less what is shown once. */
function replayable(serialized: string): string {
  const body = JSON.parse(serialized) as unknown;
  const strip = (value: unknown) => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return;
    const record = value as Record<string, unknown>;
    for (const field of shownOnce) if (typeof record[field] === "string") record[field] = null;
  };
  strip(body);
  if (typeof body === "object" && body !== null) {
    strip((body as { credentials?: unknown }).credentials);
  }
  return JSON.stringify(body);
}

/** Completes a claimed record with its answer, only while the claim is still this request's. */
async function complete(
  deps: Deps,
  executor: Db | Tx,
  claim: Claim,
  status: number,
  serialized: string,
): Promise<boolean> {
  const done = await recordOf(executor, claim)
    .update()
    .set({
      status_code: status,
      response: deps.sealer.seal("idempotentAnswer", boundTo(claim), replayable(serialized)),
      expires_at: deps.clock.now() + idempotencyTtlMs,
    })
    .where("owner", "=", claim.owner)
    .where("status_code", "is", null)
    .executeTakeFirst();
  return done.numUpdatedRows === 1n;
}

/**
 * The one way an idempotent POST runs its use case: `run` passes the options on to the use
 * case, whose transaction then also completes the Idempotency-Key's record with `answer(result)`.
 * `answer` may throw an AppError for a result that answers an error (a failed fulfilment): that
 * error is the stored answer, and is thrown to the client.
 */
export async function answerOnce<R>(
  deps: Deps,
  request: FastifyRequest,
  reply: FastifyReply,
  run: (options: UseCaseOptions<unknown>) => Promise<R>,
  answer: (result: R) => Answer,
): Promise<FastifyReply> {
  const claim = claims.get(request);
  let answered: Answer | AppError | undefined;
  const render = (result: R): Answer | AppError => {
    try {
      return answer(result);
    } catch (error) {
      if (error instanceof AppError) return error;
      throw error;
    }
  };
  const result = await run({
    // The hook sees what the use case returns, which `run` returns too.
    beforeCommit: async (tx, result) => {
      answered = render(result as R);
      if (!claim) return;
      const [status, body] =
        answered instanceof AppError
          ? [answered.status, errorBody(answered)]
          : [answered.status, answered.body];
      // Kept as the route's serializer writes it for that status, so a replay is the same answer.
      const written = reply.code(status).serialize(body);
      const serialized =
        typeof written === "string" ? written : Buffer.from(written as Uint8Array).toString();
      // Taken over by a retry after it went stale: rolling back leaves the retry's run the only one.
      if (!(await complete(deps, tx, claim, status, serialized))) throw inUse();
    },
  });
  if (claim && answered !== undefined) claim.completed = true;
  const final = answered ?? render(result);
  if (final instanceof AppError) throw final;
  return reply.status(final.status).send(final.body);
}

/**
 * Called as a claimed request's answer is sent. An answer `answerOnce` completed is kept; one
 * that came without effects (a refusal) is kept now; an error of ours gives the key up, since its
 * transaction rolled back, and so does a 429, which asks for the retry.
 */
export async function storeIdempotentAnswer(
  deps: Deps,
  request: FastifyRequest,
  statusCode: number,
  payload: unknown,
): Promise<void> {
  const claim = claims.get(request);
  if (!claim) return;
  claims.delete(request);
  if (claim.completed) return;
  try {
    await keepOrGiveUp(deps, request, claim, statusCode, payload);
  } catch (error) {
    // The database went away after the claim (the answer is most likely its 503): the answer
    // stands, and the claim, never completed, is taken over once stale.
    request.log.warn({ err: error }, "could not record the answer of an idempotent POST");
  }
}

async function keepOrGiveUp(
  deps: Deps,
  request: FastifyRequest,
  claim: Claim,
  statusCode: number,
  payload: unknown,
): Promise<void> {
  // A 429 asks the caller to come back after Retry-After: kept, it would answer the retry it asks for.
  if (statusCode >= 500 || statusCode === 429 || typeof payload !== "string") {
    await recordOf(deps.db, claim)
      .delete()
      .where("owner", "=", claim.owner)
      .where("status_code", "is", null)
      .execute();
    return;
  }
  if (statusCode < 400) {
    request.log.warn(
      { route: request.routeOptions.url },
      "an idempotent POST succeeded without answerOnce: its answer is not stored with its effects",
    );
  }
  await complete(deps, deps.db, claim, statusCode, payload);
}
