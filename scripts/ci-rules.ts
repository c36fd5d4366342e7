/**
 * What the test command refuses when `CI` is set: a run that passed only because the PostgreSQL
 * or browser suites did not run. A single test written for one database (`it.runIf(kind ===
 * "sqlite")`) may be skipped; a whole suite of those kinds may not.
 */

export type TestResult = {
  ancestorTitles: string[];
  fullName: string;
  status: string;
};

export type FileResult = { name: string; assertionResults: TestResult[] };

/** Suites that need PostgreSQL or Chromium say so in their name. */
const needsServer = /postgres|chromium|browser/i;

function skipped(test: TestResult): boolean {
  return test.status === "pending" || test.status === "skipped" || test.status === "todo";
}

/**
 * The suites (file and outermost describe) that need PostgreSQL or a browser and of which no
 * test ran, as `file › suite`.
 */
export function skippedServerSuites(files: FileResult[]): string[] {
  const refused: string[] = [];
  for (const file of files) {
    const suites = new Map<string, TestResult[]>();
    for (const test of file.assertionResults) {
      const suite = test.ancestorTitles[0] ?? "";
      suites.set(suite, [...(suites.get(suite) ?? []), test]);
    }
    for (const [suite, tests] of suites) {
      if (!tests.every(skipped)) continue;
      if (needsServer.test(suite) || needsServer.test(file.name)) {
        refused.push(`${file.name} › ${suite || "(top level)"}`);
      }
    }
  }
  return refused;
}

/** Why a CI run cannot start: a server the suites need is missing (they would not even list). */
export function missingServers(input: { postgres: boolean; chromium: string | null }): string[] {
  const missing: string[] = [];
  if (!input.postgres) {
    missing.push("PostgreSQL does not answer: its database suites would not run.");
  }
  if (!input.chromium) missing.push("Chromium is not installed: the browser suites would not run.");
  return missing;
}
