import type { Db } from "../../../src/db/database.js";

/**
 * Everything a call could have written in a project, in a form tests compare before and after a
 * refused call: rows and their states, and counts of the append-only tables.
 */
export async function projectState(db: Db, projectId: string) {
  const count = async (
    table: "events" | "jobs" | "outbox_messages" | "idempotency_keys",
  ): Promise<number> => {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number | string>().as("n"))
      .where("project_id", "=", projectId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  const [project, users, sims, subscriptions, consentRequests] = await Promise.all([
    db.selectFrom("projects").selectAll().where("id", "=", projectId).executeTakeFirst(),
    db.selectFrom("users").selectAll().where("project_id", "=", projectId).orderBy("id").execute(),
    db.selectFrom("sims").selectAll().where("project_id", "=", projectId).orderBy("id").execute(),
    db
      .selectFrom("subscriptions")
      .selectAll()
      .where("project_id", "=", projectId)
      .orderBy("id")
      .execute(),
    db
      .selectFrom("consent_requests")
      .selectAll()
      .where("project_id", "=", projectId)
      .orderBy("id")
      .execute(),
  ]);
  return {
    project,
    users,
    sims,
    subscriptions,
    consentRequests,
    events: await count("events"),
    jobs: await count("jobs"),
    outboxMessages: await count("outbox_messages"),
    idempotencyKeys: await count("idempotency_keys"),
  };
}
