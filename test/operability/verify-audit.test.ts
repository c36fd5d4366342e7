import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/database.js";
import { migrateToLatest } from "../../src/db/migrations.js";
import { sealProject } from "../../src/services/audit-chain.js";
import { makeProject, makeSubscription, testDeps } from "../support/factories.js";

const run = promisify(execFile);
const root = join(import.meta.dirname, "..", "..");

function cli(args: string[], env: NodeJS.ProcessEnv) {
  return run("node", ["--import", "tsx", join(root, "src", "cli.ts"), ...args], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: "silent", ...env },
  });
}

/** F6: `verify-audit` recomputes a project's chain and fails, naming the event, on an edit. */
describe("assent verify-audit", { timeout: 90_000 }, () => {
  it("prints the verification, and exits 3 naming the first event that was edited", async () => {
    const url = `sqlite:${join(mkdtempSync(join(tmpdir(), "assent-audit-")), "assent.db")}`;
    const handle = openDatabase(url);
    let projectId: string;
    let edited: string;
    try {
      await migrateToLatest(handle.db as never);
      const deps = testDeps(handle);
      const project = await makeProject(deps);
      await makeSubscription(deps, project);
      await sealProject(deps.db, project.projectId, deps.clock.now());
      projectId = project.projectId;
      const { stdout } = await cli(["verify-audit", "--project", projectId, "--json"], {
        DATABASE_URL: url,
      });
      expect(JSON.parse(stdout)).toMatchObject({ valid: true, firstBadEvent: null });

      const events = await deps.db
        .selectFrom("events")
        .select("id")
        .where("project_id", "=", projectId)
        .orderBy("chain_seq")
        .execute();
      edited = events[1]?.id as string;
      await deps.db
        .updateTable("events")
        .set({ subject: "usr_someone_else" })
        .where("id", "=", edited)
        .execute();
    } finally {
      await handle.close();
    }
    await expect(
      cli(["verify-audit", "--project", projectId], { DATABASE_URL: url }),
    ).rejects.toMatchObject({ code: 3, stdout: expect.stringContaining(edited) });
  });
});
