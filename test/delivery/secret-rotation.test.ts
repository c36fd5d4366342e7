import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getOutboxMessage } from "../../src/delivery/outbox.js";
import { createSealer } from "../../src/secrets.js";
import { freshDatabase, testDatabaseKinds } from "../support/databases.js";
import { makeProject, type TestDeps, testAppSecret, testDeps } from "../support/factories.js";
import { requestConsent, requestRow, runUntilIdle, transportsFor, workerFor } from "./support.js";

/**
 * T7: an operator rotates APP_SECRET by setting a new one and the old as APP_SECRET_PREVIOUS;
 * links queued and messages kept under the old secret are not lost.
 */
const newSecret = "rotated-secret-rotated-secret-0123456";

describe.each(testDatabaseKinds)("rotating APP_SECRET on %s", (kind) => {
  let handle: Awaited<ReturnType<typeof freshDatabase>>;
  let before: TestDeps;
  beforeEach(async () => {
    handle = await freshDatabase(kind);
    before = testDeps(handle);
  });
  afterEach(async () => handle.close());

  /** The same service after the restart with the new secret. */
  function restarted(previous: string | null): TestDeps {
    return { ...before, sealer: createSealer(newSecret, previous) };
  }

  async function keptLink(deps: TestDeps, projectId: string, consentRequestId: string) {
    const row = await deps.db
      .selectFrom("outbox_messages")
      .select("id")
      .where("consent_request_id", "=", consentRequestId)
      .executeTakeFirstOrThrow();
    return (await getOutboxMessage(deps.db, deps.sealer, [projectId], row.id))?.link;
  }

  it("with APP_SECRET_PREVIOUS, a link queued before the rotation is sent after it, and messages kept before still open", async () => {
    const project = await makeProject(before);
    const delivered = await requestConsent(before, project);
    await runUntilIdle(workerFor(before, transportsFor(before)));
    const queued = await requestConsent(before, project);

    const after = restarted(testAppSecret);
    await runUntilIdle(workerFor(after, transportsFor(after)));

    expect(await keptLink(after, project.projectId, queued.request.id)).toContain(queued.token);
    expect(await keptLink(after, project.projectId, delivered.request.id)).toContain(
      delivered.token,
    );
  });

  it("without it, what the old secret sealed no longer opens: the queued link is not sent", async () => {
    const project = await makeProject(before);
    const queued = await requestConsent(before, project);
    const after = restarted(null);
    await runUntilIdle(workerFor(after, transportsFor(after)));
    const kept = await after.db
      .selectFrom("outbox_messages")
      .select("id")
      .where("consent_request_id", "=", queued.request.id)
      .execute();
    expect(kept).toEqual([]);
    expect((await requestRow(after, queued.request.id)).delivery_error).toMatch(/unsealed/);
  });
});
