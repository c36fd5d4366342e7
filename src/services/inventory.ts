import { PostgresAdapter, type Selectable } from "kysely";
import { compiledOnce } from "../db/compiled.js";
import { type Executor, isUniqueViolation } from "../db/database.js";
import type { SimsTable, SubscriptionsTable, UsersTable } from "../db/tables.js";
import { defaultContactChangeHoldSeconds } from "../domain/consent-rules.js";
import { locksRefusingEnd, type NumberRelease, numberReuse } from "../domain/line-ends.js";
import { AppError, invalid, notFound } from "../errors.js";
import { newId } from "../ids.js";
import { randomDigits } from "../secrets.js";
import { cancelOpenRequestsOfSubscription } from "./consent-requests.js";
import { lockUser, recordEmailChange } from "./contact-changes.js";
import type { Actor, Deps } from "./deps.js";
import { recordEvent } from "./events.js";
import { assertProvider, getProject, type Project } from "./projects.js";
import type { Role } from "./roles.js";
import { runUseCase, type UseCaseOptions } from "./transactions.js";
import { parseProjectConsent } from "./views.js";

export type User = Selectable<UsersTable>;
export type Sim = Selectable<SimsTable>;
export type Subscription = Selectable<SubscriptionsTable>;

// ---- users ----

// Hot paths (every action reads its line and its user): compiled once.
const userById = compiledOnce((db, input: (name: "projectId" | "id") => never) =>
  db
    .selectFrom("users")
    .selectAll()
    .where("project_id", "=", input("projectId"))
    .where("id", "=", input("id")),
);

const subscriptionForUpdate = compiledOnce((db, input: (name: "projectId" | "id") => never) =>
  db
    .selectFrom("subscriptions")
    .selectAll()
    .where("project_id", "=", input("projectId"))
    .where("id", "=", input("id"))
    .$if(db.getExecutor().adapter instanceof PostgresAdapter, (q) => q.forUpdate()),
);

// The columns of the three rows an action reads in one statement (lockLine). The compiler
// checks each list against its table: a column added to a table must be added here.
const subscriptionColumns = {
  id: true,
  project_id: true,
  user_id: true,
  phone_number: true,
  provider: true,
  sim_id: true,
  plan: true,
  status: true,
  account_number: true,
  port_out_pin_hash: true,
  port_out_pin_expires_at: true,
  created_at: true,
  ended_at: true,
  sim_changed_at: true,
  lock_sim_change: true,
  lock_port_out: true,
  flagged_at: true,
  port_out_pin_failures: true,
} as const satisfies Record<keyof Subscription, true>;
const projectColumns = {
  id: true,
  organization_id: true,
  name: true,
  providers: true,
  email_enabled: true,
  sms_enabled: true,
  consent: true,
  port_out_pin_ttl_seconds: true,
  created_at: true,
  retention_days: true,
  redacted_through: true,
} as const satisfies Record<keyof Project, true>;
const userColumns = {
  id: true,
  project_id: true,
  full_name: true,
  email: true,
  preferred_locale: true,
  created_at: true,
  email_changed_at: true,
} as const satisfies Record<keyof User, true>;

const sources = [
  { table: "subscriptions", columns: Object.keys(subscriptionColumns) },
  { table: "projects", columns: Object.keys(projectColumns) },
  { table: "users", columns: Object.keys(userColumns) },
] as const;

const lineWithProjectAndUser = compiledOnce((db, input: (name: "projectId" | "id") => never) =>
  db
    .selectFrom("subscriptions")
    .innerJoin("projects", "projects.id", "subscriptions.project_id")
    .innerJoin("users", (join) =>
      join
        .onRef("users.project_id", "=", "subscriptions.project_id")
        .onRef("users.id", "=", "subscriptions.user_id"),
    )
    .select(
      sources.flatMap(({ table, columns }) =>
        columns.map((column) => `${table}.${column} as ${table}__${column}`),
      ) as never,
    )
    .where("subscriptions.project_id", "=", input("projectId"))
    .where("subscriptions.id", "=", input("id"))
    // Only the line is locked: the project and the user stay free for other lines and changes.
    .$if(db.getExecutor().adapter instanceof PostgresAdapter, (q) => q.forUpdate("subscriptions")),
);

/**
 * The line, locked for the rest of the transaction as `lockSubscription` locks it, with its
 * project and its user, in one statement instead of three (an action's hot path). The user's row
 * is read as of the statement's start: an email change that commits while this waits for the
 * line is not seen, and its whole row (address and change time together) is the one before.
 */
export async function lockLine(
  tx: Executor,
  projectId: string,
  subscriptionId: string,
): Promise<{ project: Project; subscription: Subscription; user: User }> {
  const { rows } = await lineWithProjectAndUser(tx, { projectId, id: subscriptionId });
  const row = rows[0] as Record<string, unknown> | undefined;
  if (!row) throw notFound("Subscription");
  const [subscription, project, user] = sources.map(({ table, columns }) =>
    Object.fromEntries(columns.map((column) => [column, row[`${table}__${column}`]])),
  );
  return {
    subscription: subscription as Subscription,
    project: project as Project,
    user: user as User,
  };
}

export async function getUser(db: Executor, projectId: string, userId: string): Promise<User> {
  const [row] = (await userById(db, { projectId, id: userId })).rows;
  if (!row) throw notFound("User");
  return row;
}

export type NewUser = { fullName: string; email?: string | null; preferredLocale?: string };

export async function createUser(
  deps: Deps,
  actor: Actor,
  projectId: string,
  input: NewUser,
  options?: UseCaseOptions<User>,
): Promise<User> {
  const now = deps.clock.now();
  const row: User = {
    id: newId("user", now),
    project_id: projectId,
    full_name: input.fullName,
    email: input.email ?? null,
    preferred_locale: input.preferredLocale ?? "en",
    created_at: now,
    // An email given at creation is not a change (T1).
    email_changed_at: null,
  };
  return runUseCase(deps.db, options, async (tx) => {
    await tx.insertInto("users").values(row).execute();
    await recordEvent(tx, { projectId, type: "user.created", actor, subject: row.id, time: now });
    return row;
  });
}

export async function updateUser(
  deps: Deps,
  actor: Actor,
  projectId: string,
  userId: string,
  patch: Partial<NewUser>,
): Promise<User> {
  return deps.db.transaction().execute(async (tx) => {
    const now = deps.clock.now();
    const before = await lockUser(tx, projectId, userId);
    const values: Partial<User> = {};
    if (patch.fullName !== undefined) values.full_name = patch.fullName;
    if (patch.email !== undefined && patch.email !== before.email) {
      values.email = patch.email;
      values.email_changed_at = now;
      await recordEmailChange(tx, {
        projectId,
        userId,
        actor,
        previous: before.email,
        next: patch.email,
        now,
        channels: deps.deliveryChannels,
      });
    }
    if (patch.preferredLocale !== undefined) values.preferred_locale = patch.preferredLocale;
    if (Object.keys(values).length > 0) {
      await tx
        .updateTable("users")
        .set(values)
        .where("project_id", "=", projectId)
        .where("id", "=", userId)
        .execute();
    }
    await recordEvent(tx, {
      projectId,
      type: "user.updated",
      actor,
      subject: userId,
      data: { changed: Object.keys(patch) },
      time: now,
    });
    return getUser(tx, projectId, userId);
  });
}

// ---- SIMs ----

export async function getSim(db: Executor, projectId: string, simId: string): Promise<Sim> {
  const row = await db
    .selectFrom("sims")
    .selectAll()
    .where("project_id", "=", projectId)
    .where("id", "=", simId)
    .executeTakeFirst();
  if (!row) throw notFound("SIM");
  return row;
}

/** A SIM named by id (`sim_…`) or by ICCID, within the project. */
export async function findSimByReference(
  db: Executor,
  projectId: string,
  reference: string,
): Promise<Sim | undefined> {
  const column = reference.startsWith("sim_") ? "id" : "iccid";
  return db
    .selectFrom("sims")
    .selectAll()
    .where("project_id", "=", projectId)
    .where(column, "=", reference)
    .executeTakeFirst();
}

export type NewSim = { iccid: string; type: "eSIM" | "pSIM"; provider: string };

export async function createSim(
  deps: Deps,
  actor: Actor,
  projectId: string,
  input: NewSim,
  options?: UseCaseOptions<Sim>,
): Promise<Sim> {
  return runUseCase(deps.db, options, async (tx) => {
    assertProvider(await getProject(tx, projectId), input.provider);
    if (await findSimByReference(tx, projectId, input.iccid)) throw iccidTaken();
    const now = deps.clock.now();
    const row: Sim = {
      id: newId("sim", now),
      project_id: projectId,
      iccid: input.iccid,
      type: input.type,
      provider: input.provider,
      status: "available",
      created_at: now,
    };
    await tx.insertInto("sims").values(row).execute();
    await recordEvent(tx, { projectId, type: "sim.created", actor, subject: row.id, time: now });
    return row;
  }).catch((error: unknown) => {
    // Two creations of one ICCID at once both pass the check above; the index refuses one.
    throw isUniqueViolation(error, iccidIndex) ? iccidTaken() : error;
  });
}

const iccidIndex = { name: "sims_project_iccid", table: "sims", columns: ["project_id", "iccid"] };

function iccidTaken(): AppError {
  return new AppError("duplicate", "A SIM with this ICCID already exists in this project.", [
    { path: "iccid", message: "already exists" },
  ]);
}

// ---- subscriptions ----

export async function getSubscription(
  db: Executor,
  projectId: string,
  subscriptionId: string,
): Promise<Subscription> {
  const row = await db
    .selectFrom("subscriptions")
    .selectAll()
    .where("project_id", "=", projectId)
    .where("id", "=", subscriptionId)
    .executeTakeFirst();
  if (!row) throw notFound("Subscription");
  return row;
}

/**
 * Reads a subscription and holds it for the rest of the transaction: `FOR UPDATE` takes its row
 * lock on PostgreSQL, while SQLite runs one writing transaction at a time anyway. Every use case
 * that changes a subscription's requests starts here, so that actions, decisions and ends on one
 * line run one after the other.
 */
export async function lockSubscription(
  tx: Executor,
  projectId: string,
  subscriptionId: string,
): Promise<Subscription> {
  const [row] = (await subscriptionForUpdate(tx, { projectId, id: subscriptionId })).rows;
  if (!row) throw notFound("Subscription");
  return row;
}

export type NewSubscription = {
  user: string;
  phoneNumber: string;
  provider: string;
  sim: string;
  plan?: string | null;
};

export type CreateSubscriptionOptions = UseCaseOptions<Subscription> & {
  /**
   * The role of whoever asks; the API passes its caller's. Only an owner may give out a number
   * that left a line recently. In-process callers (seed, command line) act as the operator.
   */
  role?: Role;
};

export async function createSubscription(
  deps: Deps,
  actor: Actor,
  projectId: string,
  input: NewSubscription,
  options?: CreateSubscriptionOptions,
): Promise<Subscription> {
  return runUseCase(deps.db, options, async (tx) => {
    const now = deps.clock.now();
    const project = await getProject(tx, projectId);
    assertProvider(project, input.provider);
    const user = await tx
      .selectFrom("users")
      .select("id")
      .where("project_id", "=", projectId)
      .where("id", "=", input.user)
      .executeTakeFirst();
    if (!user) throw invalid("user", "no such user in this project");
    const sim = await findSimByReference(tx, projectId, input.sim);
    if (!sim) throw invalid("sim", "no such SIM in this project");
    if (sim.provider !== input.provider) {
      throw invalid("sim", `the SIM belongs to provider ${sim.provider}, not ${input.provider}`);
    }
    const taken = await tx
      .selectFrom("subscriptions")
      .select("id")
      .where("project_id", "=", projectId)
      .where("phone_number", "=", input.phoneNumber)
      .where("status", "=", "active")
      .executeTakeFirst();
    if (taken) throw phoneNumberTaken();
    const reuse = numberReuse(
      await lastRelease(tx, projectId, input.phoneNumber),
      numberHoldSeconds(project),
      (options?.role ?? "owner") === "owner",
      now,
    );
    if (reuse.kind === "refuse") throw numberRecentlyReleased(reuse.reusableAt);
    const claimed = await tx
      .updateTable("sims")
      .set({ status: "active" })
      .where("project_id", "=", projectId)
      .where("id", "=", sim.id)
      .where("status", "=", "available")
      .executeTakeFirst();
    if (claimed.numUpdatedRows !== 1n) {
      throw new AppError("simNotAvailable", "The SIM is not available.", [
        { path: "sim", message: "not available" },
      ]);
    }
    const row: Subscription = {
      id: newId("subscription", now),
      project_id: projectId,
      user_id: input.user,
      phone_number: input.phoneNumber,
      provider: input.provider,
      sim_id: sim.id,
      plan: input.plan ?? null,
      status: "active",
      // Stable per subscription and not derived from the phone number (C8).
      account_number: `${1 + (Number(randomDigits(1)) % 9)}${randomDigits(10)}`,
      port_out_pin_hash: null,
      port_out_pin_expires_at: null,
      created_at: now,
      ended_at: null,
      lock_sim_change: 0,
      lock_port_out: 0,
      flagged_at: null,
      port_out_pin_failures: 0,
      // A new subscription counts as a SIM change (S1).
      sim_changed_at: now,
    };
    await tx.insertInto("subscriptions").values(row).execute();
    await recordEvent(tx, {
      projectId,
      type: "subscription.created",
      actor,
      subject: row.id,
      data: {
        sim: sim.id,
        provider: row.provider,
        // An owner gave out a number that left another line within the hold (§9).
        ...(reuse.kind === "allowRecentlyReleased"
          ? {
              numberRecentlyReleased: {
                subscription: reuse.release.subscriptionId,
                endedAt: new Date(reuse.release.endedAt).toISOString(),
              },
            }
          : {}),
      },
      time: now,
    });
    return row;
  }).catch((error: unknown) => {
    // Two lines with one number created at once both pass the check above; the index refuses one.
    throw isUniqueViolation(error, activeNumberIndex) ? phoneNumberTaken() : error;
  });
}

const activeNumberIndex = {
  name: "subscriptions_one_active_number",
  table: "subscriptions",
  columns: ["project_id", "phone_number"],
};

/** The last end of a line with this number in the project, through `subscriptions_number_ended`. */
export function lastReleaseOfNumber(db: Executor, projectId: string, phoneNumber: string) {
  return db
    .selectFrom("subscriptions")
    .select(["id", "ended_at"])
    .where("project_id", "=", projectId)
    .where("phone_number", "=", phoneNumber)
    .where("ended_at", "is not", null)
    .orderBy("ended_at", "desc")
    .limit(1);
}

async function lastRelease(
  tx: Executor,
  projectId: string,
  phoneNumber: string,
): Promise<NumberRelease | null> {
  const row = await lastReleaseOfNumber(tx, projectId, phoneNumber).executeTakeFirst();
  return row?.ended_at == null ? null : { subscriptionId: row.id, endedAt: Number(row.ended_at) };
}

/** A released number is held as long as a changed contact (T1): the project's hold, or its default. */
function numberHoldSeconds(project: Project): number {
  return parseProjectConsent(project)?.contactChangeHoldSeconds ?? defaultContactChangeHoldSeconds;
}

function numberRecentlyReleased(reusableAt: number): AppError {
  const at = new Date(reusableAt).toISOString();
  return new AppError(
    "numberRecentlyReleased",
    `This number left another line recently; it may go to a new line from ${at}, or an owner may give it out now.`,
    [
      { path: "phoneNumber", message: "recently on an ended line" },
      { path: "reusableAt", message: at },
    ],
  );
}

function phoneNumberTaken(): AppError {
  return new AppError("duplicate", "An active subscription already has this phone number.", [
    { path: "phoneNumber", message: "already in use" },
  ]);
}

/**
 * Ends a line: its open consent requests are canceled (C7) and its SIM is retired. A locked line
 * does not end (409 lineLocked): its locks come off first, by the subscriber's consent or an
 * owner's override (F1).
 */
export async function endSubscription(
  deps: Deps,
  actor: Actor,
  projectId: string,
  subscriptionId: string,
  options?: UseCaseOptions<Subscription>,
): Promise<Subscription> {
  return runUseCase(deps.db, options, async (tx) => {
    const now = deps.clock.now();
    const subscription = await lockSubscription(tx, projectId, subscriptionId);
    if (subscription.status !== "active") {
      throw new AppError("subscriptionNotActive", "The subscription has already ended.");
    }
    const locks = locksRefusingEnd({
      simChange: subscription.lock_sim_change === 1,
      portOut: subscription.lock_port_out === 1,
    });
    if (locks.length > 0) {
      throw new AppError(
        "lineLocked",
        "The line is locked; it can end once its locks are removed (POST …/unlock asks the subscriber, or an owner overrides).",
        locks.map((lock) => ({ path: `locks.${lock}`, message: "set" })),
      );
    }
    await tx
      .updateTable("subscriptions")
      .set({ status: "ended", ended_at: now, port_out_pin_hash: null })
      .where("project_id", "=", projectId)
      .where("id", "=", subscriptionId)
      .execute();
    await tx
      .updateTable("sims")
      .set({ status: "retired" })
      .where("project_id", "=", projectId)
      .where("id", "=", subscription.sim_id)
      .execute();
    await cancelOpenRequestsOfSubscription(tx, actor, subscription, now);
    await recordEvent(tx, {
      projectId,
      type: "subscription.ended",
      actor,
      subject: subscriptionId,
      time: now,
    });
    return getSubscription(tx, projectId, subscriptionId);
  });
}
