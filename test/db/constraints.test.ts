import type { Insertable } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/tables.js";
import { newId } from "../../src/ids.js";
import { freshDatabase, testDatabaseKinds } from "../support/databases.js";
import { makeProject, makeSubscription, type TestDeps, testDeps } from "../support/factories.js";

/**
 * The database refuses states the product never writes, so that a bug or a hand-made change
 * cannot store them. Each case shows the valid row is accepted and the bad one refused.
 */
type Table = keyof Database;
type Row<T extends Table> = Insertable<Database[T]>;

describe.each(testDatabaseKinds)("constraints on %s", (kind) => {
  let handle: Awaited<ReturnType<typeof freshDatabase>>;
  let deps: TestDeps;
  let projectId: string;
  let subscriptionId: string;
  let userId: string;
  let memberId: string;

  beforeAll(async () => {
    handle = await freshDatabase(kind);
    deps = testDeps(handle);
    const project = await makeProject(deps);
    const { subscription, user } = await makeSubscription(deps, project);
    projectId = project.projectId;
    subscriptionId = subscription.id;
    userId = user.id;
    memberId = newId("member", 0);
    await deps.db
      .insertInto("members")
      .values({
        id: memberId,
        email: "m@example.com",
        full_name: "M",
        password_hash: "x",
        created_at: 0,
      })
      .execute();
  });
  afterAll(async () => handle.close());

  const now = Date.UTC(2026, 0, 1);

  function sim(): Row<"sims"> {
    const id = newId("sim", now);
    return {
      id,
      project_id: projectId,
      iccid: id,
      type: "eSIM",
      provider: "p7",
      status: "available",
      created_at: now,
    };
  }

  function request(): Row<"consent_requests"> {
    const id = newId("consentRequest", now);
    return {
      id,
      project_id: projectId,
      type: "simReplacement",
      status: "canceled",
      subscription_id: subscriptionId,
      user_id: userId,
      details: "{}",
      delivery_method: "email",
      recipient: "jane@example.com",
      token_hash: `hash-${id}`,
      requested_by_type: "apiKey",
      requested_by_id: "key_x",
      created_at: now,
      expires_at: now + 1000,
    };
  }

  const builders = {
    sims: sim,
    consent_requests: request,
    subscriptions: (): Row<"subscriptions"> => ({
      id: newId("subscription", now),
      project_id: projectId,
      user_id: userId,
      phone_number: "+15550100999",
      provider: "p7",
      sim_id: "",
      status: "active",
      account_number: "12345678901",
      created_at: now,
    }),
    memberships: (): Row<"memberships"> => ({
      project_id: projectId,
      member_id: memberId,
      role: "viewer",
      created_at: now,
    }),
    events: (): Row<"events"> => ({
      id: newId("event", now),
      project_id: projectId,
      type: "user.created",
      time: now,
      actor_type: "system",
      actor_id: null,
      subject: userId,
      data: "{}",
    }),
    jobs: (): Row<"jobs"> => ({
      id: newId("job", now),
      project_id: projectId,
      kind: "notice.deliver",
      payload: "{}",
      status: "done",
      attempts: 0,
      max_attempts: 1,
      run_at: now,
      created_at: now,
    }),
    outbox_messages: (): Row<"outbox_messages"> => ({
      id: newId("message", now),
      project_id: projectId,
      channel: "sms",
      recipient: "+15550100999",
      text: "hello",
      created_at: now,
    }),
  } as const;

  async function insert(table: keyof typeof builders, values: Record<string, unknown>) {
    if (table === "subscriptions") {
      // A line needs a SIM of its own.
      const simRow = sim();
      await deps.db.insertInto("sims").values(simRow).execute();
      values = { ...values, sim_id: simRow.id };
    }
    if (table === "memberships") {
      await deps.db.deleteFrom("memberships").where("member_id", "=", memberId).execute();
    }
    await deps.db
      .insertInto(table)
      .values(values as never)
      .execute();
  }

  const badValues: [keyof typeof builders, string, unknown][] = [
    ["sims", "type", "uSIM"],
    ["sims", "status", "lost"],
    ["subscriptions", "status", "paused"],
    ["consent_requests", "type", "numberChange"],
    ["consent_requests", "status", "maybe"],
    ["consent_requests", "delivery_method", "fax"],
    ["consent_requests", "cancellation_reason", "bored"],
    ["memberships", "role", "admin"],
    ["events", "actor_type", "robot"],
    ["jobs", "status", "sleeping"],
    ["outbox_messages", "channel", "pigeon"],
    ["consent_requests", "id", null],
    ["sims", "id", null],
    ["events", "id", null],
  ];

  it.each(badValues)("a %s row with %s = %s is refused", async (table, column, bad) => {
    await expect(insert(table, builders[table]())).resolves.toBeUndefined();
    await expect(insert(table, { ...builders[table](), [column]: bad })).rejects.toThrow();
  });

  it("a request naming a subscription that does not exist is refused", async () => {
    await expect(
      insert("consent_requests", { ...request(), subscription_id: "sub_missing" }),
    ).rejects.toThrow();
  });

  it.each(["pending", "approved"] as const)(
    "a second %s request of one type on one subscription is refused",
    async (status) => {
      await insert("consent_requests", { ...request(), status, type: "providerChange" });
      await expect(
        insert("consent_requests", { ...request(), status, type: "providerChange" }),
      ).rejects.toThrow();
      // Other types, and final statuses, are not limited.
      await insert("consent_requests", { ...request(), status, type: "portOutCredentials" });
      await insert("consent_requests", {
        ...request(),
        status: "canceled",
        type: "providerChange",
      });
      await insert("consent_requests", {
        ...request(),
        status: "canceled",
        type: "providerChange",
      });
      await deps.db.deleteFrom("consent_requests").where("status", "=", status).execute();
    },
  );

  it("one pending and one approved request of one type may coexist on a subscription", async () => {
    await insert("consent_requests", { ...request(), status: "pending" });
    await expect(
      insert("consent_requests", { ...request(), status: "approved" }),
    ).resolves.toBeUndefined();
  });

  it("two link tokens with the same hash are refused", async () => {
    await insert("consent_requests", { ...request(), token_hash: "same" });
    await expect(
      insert("consent_requests", { ...request(), token_hash: "same" }),
    ).rejects.toThrow();
  });
});
