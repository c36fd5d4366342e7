import { describe, expect, it } from "vitest";
import { isUniqueViolation } from "../../src/db/database.js";
import { createUser, endSubscription } from "../../src/services/inventory.js";
import { testDatabaseKinds } from "../support/databases.js";
import { makeSim, testIccid, testPhoneNumber } from "../support/factories.js";
import { call, useApi } from "./support/harness.js";
import { expectError } from "./support/shapes.js";
import { makeSide } from "./support/world.js";

const racers = 8;

/**
 * One active line per number and one SIM per ICCID in a project, held by the database: creations
 * that race each other past the use case's own check get the same 409 as a later one, never a 500.
 */
describe.each(testDatabaseKinds)("unique numbers and ICCIDs on %s", (kind) => {
  const api = useApi(kind);

  it("of several lines created at once with one number, one is created and the others answer 409 duplicate naming phoneNumber", async () => {
    const side = await makeSide(api());
    const sims = await Promise.all(
      Array.from({ length: racers }, () => makeSim(api().deps, side.project)),
    );
    const phoneNumber = testPhoneNumber();
    const answers = await Promise.all(
      sims.map((sim) =>
        call(api(), {
          method: "POST",
          url: `/api/projects/${side.projectId}/subscriptions`,
          as: { apiKey: side.apiKey },
          payload: { user: side.line.user.id, phoneNumber, provider: "p7", sim: sim.id },
        }),
      ),
    );

    expect(answers.filter((res) => res.statusCode === 201)).toHaveLength(1);
    for (const res of answers.filter((res) => res.statusCode !== 201)) {
      expectError(res, 409, "duplicate", "phoneNumber");
    }
    const active = await api()
      .deps.db.selectFrom("subscriptions")
      .select("id")
      .where("project_id", "=", side.projectId)
      .where("phone_number", "=", phoneNumber)
      .where("status", "=", "active")
      .execute();
    expect(active).toHaveLength(1);
  });

  it("of several SIMs created at once with one ICCID, one is created and the others answer 409 duplicate naming iccid", async () => {
    const side = await makeSide(api());
    const iccid = testIccid();
    const answers = await Promise.all(
      Array.from({ length: racers }, () =>
        call(api(), {
          method: "POST",
          url: `/api/projects/${side.projectId}/sims`,
          as: { apiKey: side.apiKey },
          payload: { iccid, type: "pSIM", provider: "p7" },
        }),
      ),
    );

    expect(answers.filter((res) => res.statusCode === 201)).toHaveLength(1);
    for (const res of answers.filter((res) => res.statusCode !== 201)) {
      expectError(res, 409, "duplicate", "iccid");
    }
  });

  it("the database itself refuses a second active line with a number, even written around the use case", async () => {
    const side = await makeSide(api());
    const { db } = api().deps;
    const existing = await db
      .selectFrom("subscriptions")
      .selectAll()
      .where("id", "=", side.line.subscription.id)
      .executeTakeFirstOrThrow();
    const sim = await makeSim(api().deps, side.project);
    await expect(
      db
        .insertInto("subscriptions")
        .values({ ...existing, id: `${existing.id}x`, sim_id: sim.id })
        .execute(),
    ).rejects.toThrow();
  });

  it("a refusal by either unique index is told apart from other errors on this database", async () => {
    const side = await makeSide(api());
    const { db } = api().deps;
    const sim = await db
      .selectFrom("sims")
      .selectAll()
      .where("id", "=", side.availableSim.id)
      .executeTakeFirstOrThrow();
    const refusal = await db
      .insertInto("sims")
      .values({ ...sim, id: `${sim.id}x` })
      .execute()
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    const iccidIndex = {
      name: "sims_project_iccid",
      table: "sims",
      columns: ["project_id", "iccid"],
    };
    const numberIndex = {
      name: "subscriptions_one_active_number",
      table: "subscriptions",
      columns: ["project_id", "phone_number"],
    };
    expect(isUniqueViolation(refusal, iccidIndex)).toBe(true);
    expect(isUniqueViolation(refusal, numberIndex)).toBe(false);
    expect(isUniqueViolation(new Error("something else"), iccidIndex)).toBe(false);
  });

  it("the number of an ended line can be given to a new line", async () => {
    const side = await makeSide(api());
    const { deps } = api();
    await endSubscription(deps, side.project.actor, side.projectId, side.line.subscription.id);
    const user = await createUser(deps, side.project.actor, side.projectId, { fullName: "Next" });
    const sim = await makeSim(deps, side.project);
    const res = await call(api(), {
      method: "POST",
      url: `/api/projects/${side.projectId}/subscriptions`,
      as: { apiKey: side.apiKey },
      payload: {
        user: user.id,
        phoneNumber: side.line.subscription.phone_number,
        provider: "p7",
        sim: sim.id,
      },
    });
    expect(res.statusCode, res.body).toBe(201);
  });
});
