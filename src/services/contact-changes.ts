import { PostgresAdapter, type Selectable } from "kysely";
import type { Executor } from "../db/database.js";
import type { UsersTable } from "../db/tables.js";
import { maskEmail } from "../domain/formats.js";
import { notFound } from "../errors.js";
import type { Actor } from "./deps.js";
import { recordEvent } from "./events.js";
import { enqueueJob } from "./jobs.js";

type User = Selectable<UsersTable>;

/**
 * A user's email changes (T1): the change is recorded with both values masked, and the previous
 * address is told what changed and whom to contact if it was not them (47 CFR 64.2010(f)). The
 * change time, kept on the user, holds the new address back from consent links for a while.
 * Runs in the transaction of the change.
 */
export async function recordEmailChange(
  tx: Executor,
  change: {
    projectId: string;
    userId: string;
    actor: Actor;
    previous: string | null;
    next: string | null;
    now: number;
    /** The delivery methods the server can send by (Deps.deliveryChannels); absent means all. */
    channels?: readonly ("email" | "sms")[] | undefined;
  },
): Promise<void> {
  const changedTo = change.next === null ? null : maskEmail(change.next);
  await recordEvent(tx, {
    projectId: change.projectId,
    type: "user.contactChanged",
    actor: change.actor,
    subject: change.userId,
    data: {
      field: "email",
      previous: change.previous === null ? null : maskEmail(change.previous),
      new: changedTo,
    },
    time: change.now,
  });
  if (change.previous === null) return;
  // Told by email, as the project's other messages are: only a project that sends email does.
  const project = await tx
    .selectFrom("projects")
    .select("email_enabled")
    .where("id", "=", change.projectId)
    .executeTakeFirst();
  const emailSent =
    project?.email_enabled === 1 && (change.channels ?? ["email"]).includes("email");
  if (!emailSent) return;
  await enqueueJob(tx, {
    projectId: change.projectId,
    kind: "notice.deliver",
    payload: {
      notice: "contactChanged",
      consentRequestId: null,
      userId: change.userId,
      field: "email",
      deliveryMethod: "email",
      to: change.previous,
      changedTo,
    },
    now: change.now,
  });
}

/**
 * Reads a user and holds the row for the rest of the transaction (`FOR UPDATE` on PostgreSQL;
 * SQLite runs one writer at a time), so that two changes of one email cannot both be told as
 * changes from the same previous address.
 */
export async function lockUser(tx: Executor, projectId: string, userId: string): Promise<User> {
  const row = await tx
    .selectFrom("users")
    .selectAll()
    .where("project_id", "=", projectId)
    .where("id", "=", userId)
    .$if(tx.getExecutor().adapter instanceof PostgresAdapter, (q) => q.forUpdate())
    .executeTakeFirst();
  if (!row) throw notFound("User");
  return row;
}
