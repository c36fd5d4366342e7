import { afterAll, beforeAll, expect } from "vitest";
import type { DatabaseHandle, Executor } from "../../src/db/database.js";
import type { DeliveryMethod } from "../../src/domain/consent-rules.js";
import { AppError, type ErrorType } from "../../src/errors.js";
import { type ActionInput, performAction } from "../../src/services/consent-requests.js";
import type { ConsentRequestRow } from "../../src/services/consent-transitions.js";
import type { Deps } from "../../src/services/deps.js";
import { recordEvent } from "../../src/services/events.js";
import { freshDatabase, type TestDatabaseKind } from "../support/databases.js";
import { makeProject, makeSubscription, type TestProject, testDeps } from "../support/factories.js";

/** Helpers shared by the use-case tests: asking for consent and reading what was recorded. */

export const stateChangeEventTypes = [
  "consentRequest.approved",
  "consentRequest.declined",
  "consentRequest.fulfilled",
  "consentRequest.canceled",
  "consentRequest.expired",
] as const;

/** Performs an action that must ask for consent; answers the pending request and its link token. */
export async function askConsent(
  deps: Deps,
  project: TestProject,
  subscriptionId: string,
  input: ActionInput = { type: "simReplacement", sim: "auto" },
  deliveryMethod?: DeliveryMethod,
): Promise<{ request: ConsentRequestRow; token: string }> {
  const result = await performAction(deps, project.actor, project.projectId, subscriptionId, {
    ...input,
    deliveryMethod,
  });
  if (result.kind !== "consentRequest") throw new Error(`expected a consent request`);
  return { request: result.request, token: result.linkToken };
}

/** Records `count` events of a project (`project.updated`, changing nothing) at `time`. */
export async function recordProjectEvents(
  db: Executor,
  projectId: string,
  time: number,
  count = 1,
): Promise<void> {
  for (let i = 0; i < count; i++) {
    await recordEvent(db, {
      projectId,
      type: "project.updated",
      actor: { type: "system", id: null },
      subject: projectId,
      data: { changed: [] },
      time,
    });
  }
}

export async function requestRow(
  db: Executor,
  projectId: string,
  requestId: string,
): Promise<ConsentRequestRow> {
  return db
    .selectFrom("consent_requests")
    .selectAll()
    .where("project_id", "=", projectId)
    .where("id", "=", requestId)
    .executeTakeFirstOrThrow();
}

export async function eventsAbout(db: Executor, projectId: string, subject: string) {
  const rows = await db
    .selectFrom("events")
    .selectAll()
    .where("project_id", "=", projectId)
    .where("subject", "=", subject)
    .orderBy("id")
    .execute();
  return rows.map((row) => ({ ...row, data: JSON.parse(row.data) as Record<string, unknown> }));
}

/** The state-change event types written about a request, in a stable order. */
export async function stateChanges(
  db: Executor,
  projectId: string,
  requestId: string,
): Promise<string[]> {
  const events = await eventsAbout(db, projectId, requestId);
  return events
    .map((e) => e.type)
    .filter((t) => (stateChangeEventTypes as readonly string[]).includes(t))
    .sort();
}

/** Awaits a use case that must be refused with the given error type. */
export async function expectRefusal(work: Promise<unknown>, type: ErrorType): Promise<AppError> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, `expected a refusal with ${type}`).toBeInstanceOf(AppError);
  expect((error as AppError).type).toBe(type);
  return error as AppError;
}

/** A fresh database for the enclosing describe block, closed after it. */
/** A fresh project (a Connect project with consent, unless told otherwise) with one active line. */
export async function projectWithLine(
  handle: DatabaseHandle,
  settings: Parameters<typeof makeProject>[1] = {},
) {
  const deps = testDeps(handle);
  const project = await makeProject(deps, settings);
  const line = await makeSubscription(deps, project);
  return { deps, project, line };
}

export function withDatabase(kind: TestDatabaseKind): () => DatabaseHandle {
  let handle: DatabaseHandle | undefined;
  beforeAll(async () => {
    handle = await freshDatabase(kind);
  });
  afterAll(async () => handle?.close());
  return () => {
    if (!handle) throw new Error("the database is opened in beforeAll");
    return handle;
  };
}

/**
 * Every place in the database where `needle` appears in a text column, as `table.column`.
 * `exactOnly` names columns that hold digits by nature (ICCIDs, phone numbers), where a short
 * secret may occur by chance as a substring; there only an equal value counts.
 */
export async function whereStored(
  db: Executor,
  needle: string,
  exactOnly: string[] = [],
): Promise<string[]> {
  const found: string[] = [];
  for (const table of await db.introspection.getTables()) {
    const columns = table.columns.filter((c) => /text|char/i.test(c.dataType)).map((c) => c.name);
    const rows = await db
      .selectFrom(table.name as never)
      .select(columns as never[])
      .execute();
    for (const row of rows as Record<string, string | null>[]) {
      for (const column of columns) {
        const value = row[column];
        if (value === null || value === undefined) continue;
        const name = `${table.name}.${column}`;
        const hit = exactOnly.includes(name) ? value === needle : value.includes(needle);
        if (hit && !found.includes(name)) found.push(name);
      }
    }
  }
  return found;
}
