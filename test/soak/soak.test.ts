import { describe, expect, it } from "vitest";
import { defaultSoakOptions, runSoak } from "../../bench/soak-run.js";
import { postgresAvailable } from "../support/databases.js";

/**
 * A short run of `npm run soak` (bench/soak-run.ts), so that the soak cannot rot: three server
 * processes on a fresh PostgreSQL database, agents and subscribers at work through the API and
 * the review page, a faulty SMTP server and SMS gateway, and one instance killed with SIGKILL and
 * restarted midway. Every invariant must hold afterwards.
 */
describe.runIf(postgresAvailable)("soak on PostgreSQL: three instances, one killed", () => {
  it("loses nothing and does nothing twice when an instance is killed under load", async () => {
    const lines: string[] = [];
    const report = await runSoak({
      ...defaultSoakOptions,
      seconds: 20,
      agents: 8,
      faults: ["kill"],
      drainSeconds: 6,
      log: (line) => lines.push(line),
    });
    const summary = {
      broken: report.broken.slice(0, 20),
      errorsOutside: report.errorsOutside,
      log: lines,
    };
    expect(summary.broken, JSON.stringify(summary, null, 2)).toEqual([]);
    // The run did work worth checking: requests were decided, fulfilled and their mail sent.
    expect(report.check.counts["status.fulfilled"] ?? 0).toBeGreaterThan(0);
    expect(report.check.counts.accepted ?? 0).toBeGreaterThan(0);
    expect(report.windows.map((w) => w.fault)).toEqual(["kill"]);
  }, 120_000);
});
