import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startBackgroundWork } from "../../src/jobs/background.js";
import { transportsFor } from "../delivery/support.js";
import { freshDatabase, testDatabaseKinds } from "../support/databases.js";
import { type TestDeps, testDeps } from "../support/factories.js";

describe.each(testDatabaseKinds)("stopping the background work on %s", (kind) => {
  let handle: Awaited<ReturnType<typeof freshDatabase>>;
  let deps: TestDeps;

  beforeEach(async () => {
    handle = await freshDatabase(kind);
    deps = testDeps(handle);
  });
  afterEach(async () => {
    await handle.close();
  });

  it("stops as soon as the steps under way end, even when asked while the loops are mid-step (SIGTERM drains, never waits out a pause)", async () => {
    const tenMinutes = 10 * 60_000;
    const background = startBackgroundWork(
      deps,
      {},
      {
        transports: transportsFor(deps),
        pollIntervalMs: tenMinutes,
        sweepIntervalMs: tenMinutes,
        purgeIntervalMs: tenMinutes,
      },
    );
    // Asked at once: every loop is inside its first step, none yet in a pause to cut short.
    const asked = performance.now();
    await background.stop();
    expect(performance.now() - asked).toBeLessThan(5_000);
  });
});
