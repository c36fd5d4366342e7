import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type DatabaseHandle, openDatabase } from "../../src/db/database.js";
import { migrateToLatest } from "../../src/db/migrations.js";
import { deliveryHandlers } from "../../src/delivery/handlers.js";
import { deliverySettings } from "../../src/delivery/settings.js";
import type { Transports } from "../../src/delivery/transport.js";
import { createTransports } from "../../src/delivery/transports.js";
import type { DeliveryMethod } from "../../src/domain/consent-rules.js";
import { newId } from "../../src/ids.js";
import { createWorker, type Worker, type WorkerOptions } from "../../src/jobs/worker.js";
import { performAction } from "../../src/services/consent-requests.js";
import type { ConsentRequestRow } from "../../src/services/consent-transitions.js";
import { insertPendingRequest } from "../../src/services/consent-transitions.js";
import type { Deps } from "../../src/services/deps.js";
import { freshDatabase, type TestDatabaseKind } from "../support/databases.js";
import {
  makeSubscription,
  type TestProject,
  testIccid,
  testPhoneNumber,
} from "../support/factories.js";

export const testSmtpFrom = "no-reply@assent.test";

/** Transports as the environment would choose them, e.g. `{ SMTP_URL: sink.url }`. */
export function transportsFor(deps: Deps, env: NodeJS.ProcessEnv = {}): Transports {
  const withFrom = env.SMTP_URL ? { SMTP_FROM: testSmtpFrom, ...env } : env;
  return createTransports(deps, deliverySettings(withFrom));
}

export function workerFor(deps: Deps, transports: Transports, options: WorkerOptions = {}): Worker {
  // Jitter at its largest, so that moving the clock by longestRetryDelayMs makes a retry due.
  return createWorker(deps, deliveryHandlers(deps, transports), {
    random: () => 0.999,
    ...options,
  });
}

/** Runs the worker step by step until nothing is due at the clock's current time. */
export async function runUntilIdle(worker: Worker, maxSteps = 1000): Promise<number> {
  let total = 0;
  for (let step = 0; step < maxSteps; step++) {
    const claimed = await worker.runDueJobs();
    if (claimed === 0) return total;
    total += claimed;
  }
  throw new Error("the worker still had due jobs after many steps");
}

/** A SIM replacement that asks the user: a pending request and its delivery job. */
export async function requestConsent(
  deps: Deps,
  project: TestProject,
  options: { deliveryMethod?: DeliveryMethod; email?: string | null; locale?: string } = {},
) {
  const { user, subscription } = await makeSubscription(deps, project, {
    ...(options.email !== undefined ? { email: options.email } : {}),
    ...(options.locale ? { locale: options.locale } : {}),
  });
  const result = await performAction(deps, project.actor, project.projectId, subscription.id, {
    type: "simReplacement",
    sim: "auto",
    ...(options.deliveryMethod ? { deliveryMethod: options.deliveryMethod } : {}),
  });
  if (result.kind !== "consentRequest") throw new Error("expected a consent request");
  return { user, subscription, request: result.request, token: result.linkToken };
}

export async function requestRow(deps: Deps, id: string): Promise<ConsentRequestRow> {
  return deps.db
    .selectFrom("consent_requests")
    .selectAll()
    .where("id", "=", id)
    .executeTakeFirstOrThrow();
}

export async function eventsOf(deps: Deps, subject: string, type: string) {
  return deps.db
    .selectFrom("events")
    .selectAll()
    .where("subject", "=", subject)
    .where("type", "=", type)
    .execute();
}

export async function jobsOf(deps: Deps, kind = "consentRequest.deliver") {
  return deps.db.selectFrom("jobs").selectAll().where("kind", "=", kind).orderBy("id").execute();
}

/**
 * `count` lines, each with a pending SIM replacement request by email and its delivery job,
 * written in one transaction: the volume tests and the benchmark need many at once.
 */
export async function seedPendingRequests(
  deps: Deps,
  project: TestProject,
  count: number,
): Promise<string[]> {
  const now = deps.clock.now();
  const ids: string[] = [];
  await deps.db.transaction().execute(async (tx) => {
    for (let i = 0; i < count; i++) {
      const userId = newId("user", now);
      const simId = newId("sim", now);
      const subscriptionId = newId("subscription", now);
      const email = `user${i}.${userId.slice(-6)}@example.com`;
      await tx
        .insertInto("users")
        .values({
          id: userId,
          project_id: project.projectId,
          full_name: `User ${i}`,
          email,
          preferred_locale: "en",
          created_at: now,
        })
        .execute();
      await tx
        .insertInto("sims")
        .values({
          id: simId,
          project_id: project.projectId,
          iccid: testIccid(),
          type: "pSIM",
          provider: "p7",
          status: "active",
          created_at: now,
        })
        .execute();
      await tx
        .insertInto("subscriptions")
        .values({
          id: subscriptionId,
          project_id: project.projectId,
          user_id: userId,
          phone_number: testPhoneNumber(),
          provider: "p7",
          sim_id: simId,
          plan: null,
          status: "active",
          account_number: String(100_000_000 + i),
          port_out_pin_hash: null,
          port_out_pin_expires_at: null,
          created_at: now,
          ended_at: null,
        })
        .execute();
      const { row } = await insertPendingRequest(tx, deps.sealer, {
        projectId: project.projectId,
        subscriptionId,
        userId,
        details: { type: "simReplacement", sim: "auto", simType: "eSIM" },
        deliveryMethod: "email",
        recipient: email,
        linkTtlSeconds: 10800,
        requestedBy: project.actor,
        resentFrom: null,
        now,
      });
      ids.push(row.id);
    }
  });
  return ids;
}

/**
 * A migrated database that other processes can open too: a temporary SQLite file, or a fresh
 * PostgreSQL database. `url` is what a worker process is given as DATABASE_URL.
 */
export async function sharedDatabase(
  kind: TestDatabaseKind,
): Promise<DatabaseHandle & { url: string }> {
  if (kind === "postgres") return freshDatabase("postgres");
  const dir = mkdtempSync(join(tmpdir(), "assent-delivery-"));
  const url = `sqlite:${join(dir, "assent.db")}`;
  const handle = openDatabase(url);
  await migrateToLatest(handle.db as never);
  return {
    ...handle,
    url,
    close: async () => {
      await handle.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
