import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { missingServers, skippedServerSuites } from "../../scripts/ci-rules.js";
import { postgresAvailable } from "../support/databases.js";

function test(ancestorTitles: string[], status: string) {
  return { ancestorTitles, fullName: [...ancestorTitles, "t"].join(" "), status };
}

/** The test command under CI cannot pass by skipping the PostgreSQL or browser suites. */
describe("the test command under CI", () => {
  it("refuses a PostgreSQL or browser suite of which no test ran", () => {
    const refused = skippedServerSuites([
      {
        name: "test/db/schema.test.ts",
        assertionResults: [test(["the schema on SQLite and PostgreSQL"], "skipped")],
      },
      {
        name: "test/review/browser.test.ts",
        assertionResults: [
          test(["the review page in Chromium on sqlite"], "skipped"),
          test(["the review page in Chromium on postgres"], "pending"),
        ],
      },
    ]);
    expect(refused).toEqual([
      "test/db/schema.test.ts › the schema on SQLite and PostgreSQL",
      "test/review/browser.test.ts › the review page in Chromium on sqlite",
      "test/review/browser.test.ts › the review page in Chromium on postgres",
    ]);
  });

  it("every suite that skips itself without PostgreSQL or Chromium is named so that the rule sees it", () => {
    const root = fileURLToPath(new URL("..", import.meta.url));
    const files = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((file) =>
      file.endsWith(".test.ts"),
    );
    const unseen: string[] = [];
    const suite =
      /describe\.(?:skipIf|runIf)\(([^)]*(?:postgresAvailable|chromium)[^)]*)\)[^"]*"([^"]*)"/gis;
    for (const file of files) {
      const path = join("test", file);
      for (const [, , name] of readFileSync(join(root, file), "utf8").matchAll(suite)) {
        if (!/postgres|chromium|browser/i.test(`${path} ${name}`)) unseen.push(`${path} › ${name}`);
      }
    }
    expect(unseen).toEqual([]);
  });

  it("accepts a single test written for one database, skipped in a suite that ran", () => {
    expect(
      skippedServerSuites([
        {
          name: "test/delivery/expiry.test.ts",
          assertionResults: [
            test(["the expiry sweeper on postgres"], "passed"),
            test(["the expiry sweeper on postgres"], "skipped"),
          ],
        },
        { name: "test/domain/formats.test.ts", assertionResults: [test(["formats"], "skipped")] },
      ]),
    ).toEqual([]);
  });

  it("will not start without PostgreSQL or Chromium", () => {
    expect(missingServers({ postgres: true, chromium: "/usr/bin/chromium" })).toEqual([]);
    expect(missingServers({ postgres: false, chromium: null })).toHaveLength(2);
  });

  it("the command fails under CI when Chromium is missing, before running anything", () => {
    const run = spawnSync("npx", ["tsx", "scripts/test.ts", "test/domain/formats.test.ts"], {
      env: { ...process.env, CI: "1", CHROMIUM_PATH: "/nonexistent/chromium" },
      encoding: "utf8",
    });
    expect(run.stdout).toContain("CI: Chromium is not installed");
    expect(run.status).toBe(1);
  });

  // Under CI the command first asks for both servers; any existing file stands in for Chromium.
  it.runIf(postgresAvailable)(
    "the command fails under CI when a PostgreSQL suite skipped itself, though every test that ran passed",
    () => {
      const run = spawnSync(
        "npx",
        [
          "tsx",
          "scripts/test.ts",
          "--config",
          "test/operability/fixtures/skipped-suites.config.ts",
        ],
        { env: { ...process.env, CI: "1", CHROMIUM_PATH: process.execPath }, encoding: "utf8" },
      );
      expect(run.stdout).toContain("the ledger on postgres");
      expect(run.stdout).toContain("1 passed, 1 failed, 1 skipped");
      expect(run.status).toBe(1);

      const local = spawnSync(
        "npx",
        [
          "tsx",
          "scripts/test.ts",
          "--config",
          "test/operability/fixtures/skipped-suites.config.ts",
        ],
        { env: { ...process.env, CI: "" }, encoding: "utf8" },
      );
      expect(local.status).toBe(0);
    },
  );
});
