import { type Executor, inTransaction } from "../db/database.js";
import { maskPhone } from "../domain/formats.js";
import { swappedWithin } from "../domain/sim-swap.js";
import type { Deps } from "../services/deps.js";
import { eventData, simSwapCheckedData } from "../services/event-catalogue.js";
import { type NewEvent, recordEvent } from "../services/events.js";
import { CamaraError } from "./errors.js";

/**
 * What Assent tells relying parties about SIM changes (S1, S3): the active line that has a number
 * now, when it last took a SIM, and a record of every question asked.
 */

/**
 * The active line with `phoneNumber` in the project, with when it last took a SIM. Found through
 * the unique index of active lines by number (`subscriptions_one_active_number`), so a question
 * costs the same however many lines the project has. An ended line never answers: a number given
 * to a new line answers for that line, whose activation is its SIM change.
 */
export function activeLineByNumber(db: Executor, projectId: string, phoneNumber: string) {
  return db
    .selectFrom("subscriptions")
    .select(["id", "sim_changed_at", "created_at"])
    .where("project_id", "=", projectId)
    .where("phone_number", "=", phoneNumber)
    .where("status", "=", "active");
}

async function latestSimChangeOf(
  db: Executor,
  projectId: string,
  phoneNumber: string,
): Promise<{ subscriptionId: string; changedAt: number } | undefined> {
  const row = await activeLineByNumber(db, projectId, phoneNumber).executeTakeFirst();
  if (!row) return undefined;
  return { subscriptionId: row.id, changedAt: Number(row.sim_changed_at ?? row.created_at) };
}

/** Who asks: an API key of the project (S3). */
export type SimSwapCaller = { apiKeyId: string; projectId: string };

type Question =
  | { operation: "retrieveDate"; phoneNumber: string }
  | { operation: "check"; phoneNumber: string; maxAge: number };

/**
 * Finds the line, records the question as `simSwap.checked` with the key, the number masked and
 * the answer (also when no active line has the number, which answers IDENTIFIER_NOT_FOUND), and
 * hands the line's last SIM change to `answer`. The event's subject is the line asked about, or
 * the key when there is none.
 */
async function answerQuestion<A extends { latestSimChange: string } | { swapped: boolean }>(
  deps: Deps,
  caller: SimSwapCaller,
  question: Question,
  answer: (changedAt: number, now: number) => A,
): Promise<A> {
  const now = deps.clock.now();
  const line = await latestSimChangeOf(deps.db, caller.projectId, question.phoneNumber);
  const answered = line ? answer(line.changedAt, now) : null;
  // The event and the webhook deliveries it fans out to are written together.
  const event: NewEvent = {
    projectId: caller.projectId,
    type: "simSwap.checked",
    actor: { type: "apiKey", id: caller.apiKeyId },
    subject: line?.subscriptionId ?? caller.apiKeyId,
    data: eventData(simSwapCheckedData, {
      operation: question.operation,
      phoneNumber: maskPhone(question.phoneNumber),
      ...(question.operation === "check" ? { maxAge: question.maxAge } : {}),
      subscription: line?.subscriptionId ?? null,
      answer: answered ?? { code: "IDENTIFIER_NOT_FOUND" },
    }),
    time: now,
  };
  await inTransaction(deps.db, (tx) => recordEvent(tx, event));
  if (!answered) {
    throw new CamaraError(
      "IDENTIFIER_NOT_FOUND",
      "No active line of this project has this phone number.",
    );
  }
  return answered;
}

/** POST /retrieve-date: when the line with this number last took a SIM. */
export function retrieveSimSwapDate(
  deps: Deps,
  caller: SimSwapCaller,
  phoneNumber: string,
): Promise<{ latestSimChange: string }> {
  return answerQuestion(deps, caller, { operation: "retrieveDate", phoneNumber }, (changedAt) => ({
    latestSimChange: new Date(changedAt).toISOString(),
  }));
}

/** POST /check: whether the line with this number took a SIM within the last `maxAge` hours. */
export function checkSimSwap(
  deps: Deps,
  caller: SimSwapCaller,
  phoneNumber: string,
  maxAge: number,
): Promise<{ swapped: boolean }> {
  return answerQuestion(
    deps,
    caller,
    { operation: "check", phoneNumber, maxAge },
    (changedAt, now) => ({
      swapped: swappedWithin(changedAt, maxAge, now),
    }),
  );
}
