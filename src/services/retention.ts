import type { Db } from "../db/database.js";
import { finalStatuses } from "../domain/consent-rules.js";
import { systemActor } from "./deps.js";
import { recordEvent } from "./events.js";

/**
 * F7: personal data is kept `retentionDays` (a project setting, 1095 by default, at least 30).
 * A daily job redacts it from older consent requests (recipient, client address, user agent) and
 * events (addresses, names, numbers, client addresses, user agents in their data). Events keep
 * the digest of their data as written, so the audit chain (F6) still verifies; the job records
 * what it redacted as `project.dataRedacted`.
 */

const day = 24 * 60 * 60 * 1000;
export const redacted = "[redacted]";

/** Keys in event data that can hold personal data. */
const personalKeys = new Set([
  "recipient",
  "to",
  "email",
  "previous",
  "new",
  "changedTo",
  "fullName",
  "name",
  "clientAddress",
  "userAgent",
  "phoneNumber",
  "number",
]);

/** The data with every personal value replaced, or null when it holds none. */
export function redactData(data: unknown): unknown {
  let changed = false;
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (value === null || typeof value !== "object") return value;
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([key, inner]) => {
        if (personalKeys.has(key) && typeof inner === "string" && inner !== redacted) {
          changed = true;
          return [key, redacted];
        }
        return [key, walk(inner)];
      }),
    );
  };
  const result = walk(data);
  return changed ? result : null;
}

/**
 * Redacts, for every project, what passed its retention since the last run: one day of records
 * per project per call at most, so that a run stays bounded. Answers how many projects still
 * have days to catch up (the loop calls again at once while that is more than 0).
 */
export async function redactExpiredPersonalData(db: Db, now: number): Promise<number> {
  const projects = await db
    .selectFrom("projects")
    .select(["id", "retention_days", "redacted_through", "created_at"])
    .execute();
  let behind = 0;
  for (const project of projects) {
    const cutoff = now - Number(project.retention_days) * day;
    const from = Number(project.redacted_through ?? project.created_at);
    if (from >= cutoff) continue;
    const until = Math.min(cutoff, from + day);
    await redactWindow(db, project.id, from, until, now);
    if (until < cutoff) behind += 1;
  }
  return behind;
}

async function redactWindow(
  db: Db,
  projectId: string,
  from: number,
  until: number,
  now: number,
): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const requests = await tx
      .updateTable("consent_requests")
      .set({
        recipient: redacted,
        decision_client_address: null,
        decision_user_agent: null,
        redacted_at: now,
      })
      .where("project_id", "=", projectId)
      .where("created_at", ">=", from)
      .where("created_at", "<", until)
      .where("status", "in", [...finalStatuses])
      .where("redacted_at", "is", null)
      .executeTakeFirst();
    const events = await tx
      .selectFrom("events")
      .select(["id", "data"])
      .where("project_id", "=", projectId)
      .where("time", ">=", from)
      .where("time", "<", until)
      .where("redacted_at", "is", null)
      .execute();
    let redactedEvents = 0;
    for (const event of events) {
      const data = redactData(JSON.parse(event.data));
      if (data === null) continue;
      redactedEvents += 1;
      await tx
        .updateTable("events")
        .set({ data: JSON.stringify(data), redacted_at: now })
        .where("project_id", "=", projectId)
        .where("id", "=", event.id)
        .execute();
    }
    await tx
      .updateTable("projects")
      .set({ redacted_through: until })
      .where("id", "=", projectId)
      .execute();
    const requestCount = Number(requests.numUpdatedRows);
    if (requestCount > 0 || redactedEvents > 0) {
      await recordEvent(tx, {
        projectId,
        type: "project.dataRedacted",
        actor: systemActor,
        subject: projectId,
        data: {
          from: new Date(from).toISOString(),
          until: new Date(until).toISOString(),
          consentRequests: requestCount,
          events: redactedEvents,
          fields: ["recipient", "clientAddress", "userAgent", "names and addresses in event data"],
        },
        time: now,
      });
    }
  });
}
