import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startBackgroundWork } from "../../src/jobs/background.js";
import { transportsFor } from "../delivery/support.js";
import { projectWithLine, recordProjectEvents } from "../services/use-case-support.js";
import { freshDatabase, testDatabaseKinds } from "../support/databases.js";

/**
 * A backlog of background work must not hold the process: on SQLite a step never waits for the
 * database, so rounds that follow one another at once would answer no request until the backlog
 * is gone.
 */
describe.each(testDatabaseKinds)("background work with a backlog on %s", (kind) => {
  let handle: Awaited<ReturnType<typeof freshDatabase>>;

  beforeEach(async () => {
    handle = await freshDatabase(kind);
  });
  afterEach(async () => {
    await handle.close();
  });

  it("lets other work in between two full rounds of the audit sealer", async () => {
    const { deps, project } = await projectWithLine(handle);
    const backlog = 1_200;
    await deps.db
      .transaction()
      .execute((tx) => recordProjectEvents(tx, project.projectId, deps.clock.now(), backlog));
    const unsealed = async () =>
      Number(
        (
          await deps.db
            .selectFrom("events")
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .where("hash", "is", null)
            .executeTakeFirstOrThrow()
        ).n,
      );
    const tenMinutes = 10 * 60_000;
    const background = startBackgroundWork(
      deps,
      {},
      {
        transports: transportsFor(deps),
        pollIntervalMs: tenMinutes,
        sweepIntervalMs: tenMinutes,
        purgeIntervalMs: tenMinutes,
        auditSealIntervalMs: tenMinutes,
      },
    );
    try {
      // Work that was waiting when the sealer began: it runs before the backlog is gone.
      const waitingSaw = await new Promise<number>((resolve) =>
        setImmediate(() => resolve(unsealed())),
      );
      expect(waitingSaw).toBeGreaterThan(0);
    } finally {
      await background.stop();
    }
  });
});
