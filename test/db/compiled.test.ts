import { describe, expect, it } from "vitest";
import { compiledOnce, insertRow } from "../../src/db/compiled.js";
import { inTransaction } from "../../src/db/database.js";
import { askConsent, projectWithLine, withDatabase } from "../services/use-case-support.js";
import { testDatabaseKinds } from "../support/databases.js";

describe.each(testDatabaseKinds)("a query compiled once on %s", (kind) => {
  const database = withDatabase(kind);
  const byStatus = compiledOnce((db, input: (name: "subscription" | "status") => never) =>
    db
      .selectFrom("consent_requests")
      .select(["id", "status"])
      .where("subscription_id", "=", input("subscription"))
      .where("status", "=", input("status"))
      .where("type", "=", "simReplacement"),
  );

  it("answers every call with that call's values, as the built query would", async () => {
    const { deps, project, line } = await projectWithLine(database());
    const { request } = await askConsent(deps, project, line.subscription.id);
    const subscription = line.subscription.id;
    const pending = await byStatus(deps.db, { subscription, status: "pending" });
    expect(pending.rows).toEqual([{ id: request.id, status: "pending" }]);
    expect((await byStatus(deps.db, { subscription, status: "canceled" })).rows).toEqual([]);
    expect(
      (await byStatus(deps.db, { subscription: "sub_other", status: "pending" })).rows,
    ).toEqual([]);
  });

  it("runs inside a transaction and sees its uncommitted writes", async () => {
    const { deps, project, line } = await projectWithLine(database());
    const { request } = await askConsent(deps, project, line.subscription.id);
    const subscription = line.subscription.id;
    const seen = await inTransaction(deps.db, async (tx) => {
      await tx
        .updateTable("consent_requests")
        .set({ status: "canceled" })
        .where("id", "=", request.id)
        .execute();
      return (await byStatus(tx, { subscription, status: "canceled" })).rows;
    });
    expect(seen).toEqual([{ id: request.id, status: "canceled" }]);
  });

  it("inserts rows of the same columns through one statement, each with its own values", async () => {
    const { deps, line } = await projectWithLine(database());
    const user = (id: string, email: string | null) => ({
      id,
      project_id: line.subscription.project_id,
      full_name: `Person ${id}`,
      email,
      preferred_locale: "en",
      created_at: 1,
    });
    await insertRow(deps.db, "users", user("usr_compiled_a", "a@example.com"));
    await insertRow(deps.db, "users", user("usr_compiled_b", null));
    const rows = await deps.db
      .selectFrom("users")
      .select(["id", "email"])
      .where("id", "in", ["usr_compiled_a", "usr_compiled_b"])
      .orderBy("id")
      .execute();
    expect(rows).toEqual([
      { id: "usr_compiled_a", email: "a@example.com" },
      { id: "usr_compiled_b", email: null },
    ]);
  });
});
