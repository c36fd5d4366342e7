import { beforeAll, describe, expect, it } from "vitest";
import { sealAuditChains } from "../../src/services/audit-chain.js";
import { testDatabaseKinds } from "../support/databases.js";
import { call, useApi } from "./support/harness.js";
import { makeSide, type Side } from "./support/world.js";

/** F6 through the API: GET auditVerification recomputes the project's chain. */
describe.each(testDatabaseKinds)("audit verification through the API on %s", (kind) => {
  const api = useApi(kind);
  let side: Side;

  beforeAll(async () => {
    side = await makeSide(api());
  });

  const verification = async () =>
    (
      await call(api(), {
        method: "GET",
        url: `/api/projects/${side.projectId}/auditVerification`,
        as: { session: side.viewer.session },
      })
    ).json();

  it("verifies once sealed, then names the event an edit in the database broke", async () => {
    await sealAuditChains(api().deps.db, api().deps.clock.now());
    const sealed = await verification();
    expect(sealed).toMatchObject({ object: "auditVerification", valid: true, unsealedEvents: 0 });
    expect(sealed.checkedEvents).toBeGreaterThan(0);

    const target = await api()
      .deps.db.selectFrom("events")
      .select("id")
      .where("project_id", "=", side.projectId)
      .where("chain_seq", "=", 2)
      .executeTakeFirstOrThrow();
    await api()
      .deps.db.updateTable("events")
      .set({ data: "{}" })
      .where("id", "=", target.id)
      .execute();
    expect(await verification()).toMatchObject({
      valid: false,
      firstBadEvent: { id: target.id, seq: 2 },
    });
  });

  it("retentionDays is a project setting, 1095 unless set, at least 30 (F7)", async () => {
    const patch = (retentionDays: number) =>
      call(api(), {
        method: "PATCH",
        url: `/api/projects/${side.projectId}`,
        as: { session: side.owner.session, csrf: side.owner.csrf },
        payload: { retentionDays },
      });
    const project = await call(api(), {
      method: "GET",
      url: `/api/projects/${side.projectId}`,
      as: { apiKey: side.apiKey },
    });
    expect(project.json().retentionDays).toBe(1095);
    expect((await patch(29)).statusCode).toBe(422);
    expect((await patch(30)).json().retentionDays).toBe(30);
  });
});
