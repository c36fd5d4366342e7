/**
 * The test command (`npm test`): runs every suite with Vitest, on SQLite and, when a server is
 * reachable, on PostgreSQL too; browser suites run when Debian's Chromium is installed. It says
 * which suites it skipped and why, and ends with one line: `N passed, N failed, N skipped`.
 *
 * With `CI` set, skipping is a failure: the run stops at once when PostgreSQL or Chromium is
 * missing, and fails when a suite that needs either skipped itself (scripts/ci-rules.ts).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { postgresAdminUrl, postgresReachable } from "../test/support/databases.js";
import { type FileResult, missingServers, skippedServerSuites } from "./ci-rules.js";

function chromiumPath(): string | null {
  if (process.env.CHROMIUM_PATH) {
    return existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : null;
  }
  try {
    return execFileSync("which", ["chromium"], { encoding: "utf8" }).trim() || null;
  } catch {
    return null;
  }
}

const notes: string[] = [];
const env: NodeJS.ProcessEnv = { ...process.env };
const safeUrl = postgresAdminUrl.replace(/\/\/[^@]*@/, "//");

const ci = Boolean(process.env.CI);
const postgres = await postgresReachable();
if (postgres) {
  env.ASSENT_TEST_POSTGRES = "1";
  notes.push(`PostgreSQL at ${safeUrl}: database suites run on SQLite and PostgreSQL.`);
} else {
  env.ASSENT_TEST_POSTGRES = "0";
  notes.push(
    `skipped: the PostgreSQL runs of every database suite (no server answers at ${safeUrl}; set TEST_POSTGRES_URL).`,
  );
}
const chromium = chromiumPath();
if (chromium) {
  env.CHROMIUM_PATH = chromium;
  notes.push(`Chromium at ${chromium}: browser suites run.`);
} else {
  notes.push("skipped: browser suites (no chromium on PATH; apt-get install chromium).");
}
for (const note of notes) console.log(note);
if (ci) {
  const missing = missingServers({ postgres, chromium });
  if (missing.length > 0) {
    for (const reason of missing) console.log(`CI: ${reason}`);
    console.log("0 passed, 1 failed, 0 skipped");
    process.exit(1);
  }
}

const out = join(mkdtempSync(join(tmpdir(), "assent-test-")), "results.json");
const run = spawnSync(
  "npx",
  [
    "vitest",
    "run",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${out}`,
    ...process.argv.slice(2),
  ],
  { stdio: "inherit", env },
);

let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const results = JSON.parse(readFileSync(out, "utf8")) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    testResults: FileResult[];
  };
  const skippedTests = results.testResults.flatMap((file) =>
    file.assertionResults.filter((t) => t.status === "pending" || t.status === "skipped"),
  );
  if (skippedTests.length > 0) {
    console.log(
      `skipped tests (each is written for one database only; its runIf condition in the test says which):`,
    );
    for (const test of skippedTests) console.log(`  - ${test.fullName}`);
  }
  passed = results.numPassedTests;
  failed = results.numFailedTests;
  skipped = results.numPendingTests + results.numTodoTests;
  const refused = skippedServerSuites(results.testResults);
  if (ci && refused.length > 0) {
    console.log("CI: suites that need PostgreSQL or a browser were skipped:");
    for (const suite of refused) console.log(`  - ${suite}`);
    failed += 1;
  }
} catch {
  failed = Math.max(failed, 1);
}
for (const note of notes) if (note.startsWith("skipped")) console.log(note);
const code = run.status === 0 && failed === 0 ? 0 : 1;
if (code !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(code);
