import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/database.js";
import { migrateToLatest } from "../../src/db/migrations.js";
import { createOrganization, createProject } from "../../src/services/projects.js";
import { testDeps } from "../support/factories.js";

const run = promisify(execFile);
const root = join(import.meta.dirname, "..", "..");

async function cli(args: string[], env: NodeJS.ProcessEnv) {
  return run("node", ["--import", "tsx", join(root, "src", "cli.ts"), ...args], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: "silent", ...env },
  });
}

function freshSqlite(): NodeJS.ProcessEnv {
  return {
    DATABASE_URL: `sqlite:${join(mkdtempSync(join(tmpdir(), "assent-cli-")), "assent.db")}`,
  };
}

/** A project made straight in the database the CLI will use, to spare a process start. */
async function projectIn(env: NodeJS.ProcessEnv): Promise<string> {
  const handle = openDatabase(env.DATABASE_URL);
  try {
    await migrateToLatest(handle.db as never);
    const deps = testDeps(handle);
    const organizationId = await createOrganization(deps, "CLI test");
    return (await createProject(deps, organizationId, { name: "CLI test" })).id;
  } finally {
    await handle.close();
  }
}

// Each command is a process of its own (a second or more to start on a busy machine).
describe("the command line", { timeout: 90_000 }, () => {
  it("seeds the demo and prints the project, API key and owner login as one JSON object", async () => {
    const env = freshSqlite();
    await cli(["migrate"], env);
    const { stdout } = await cli(["seed-demo", "--json"], env);
    const demo = JSON.parse(stdout);
    expect(demo).toMatchObject({
      projectId: expect.stringMatching(/^prj_/),
      apiKey: expect.stringMatching(/^ask_/),
      ownerEmail: expect.any(String),
      ownerPassword: expect.any(String),
    });
    // A second seed would print passwords that are not the logins' own: it is refused whole.
    await expect(cli(["seed-demo", "--json"], env)).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining("password is unchanged"),
    });
  });

  it("creates a project, a member and an API key, each answering one JSON object", async () => {
    const env = freshSqlite();
    const project = JSON.parse(
      (await cli(["create-project", "--name", "Beta Mobile", "--json"], env)).stdout,
    );
    expect(project.projectId).toMatch(/^prj_/);
    const member = JSON.parse(
      (
        await cli(
          [
            "create-member",
            "--project",
            project.projectId,
            "--email",
            "ops@example.com",
            "--role",
            "support",
            "--json",
          ],
          env,
        )
      ).stdout,
    );
    expect(member).toMatchObject({ memberId: expect.stringMatching(/^mbr_/), role: "support" });
    expect(member.password).toEqual(expect.any(String));
    const key = JSON.parse(
      (await cli(["create-api-key", "--project", project.projectId, "--json"], env)).stdout,
    );
    expect(key).toMatchObject({
      apiKeyId: expect.stringMatching(/^key_/),
      apiKey: expect.stringMatching(/^ask_/),
      role: "support",
    });
  });

  it("creates keys of a role and revokes them", async () => {
    const env = freshSqlite();
    const projectId = await projectIn(env);
    const check = JSON.parse(
      (
        await cli(
          ["create-api-key", "--project", projectId, "--role", "simSwapCheck", "--json"],
          env,
        )
      ).stdout,
    );
    expect(check).toMatchObject({ role: "simSwapCheck", apiKey: expect.stringMatching(/^ask_/) });
    const revoked = JSON.parse(
      (
        await cli(
          ["revoke-api-key", "--project", projectId, "--key", check.apiKeyId, "--json"],
          env,
        )
      ).stdout,
    );
    expect(revoked).toMatchObject({ object: "apiKey", id: check.apiKeyId, role: "simSwapCheck" });
    expect(revoked.revokedAt).toEqual(expect.any(String));
  });

  it("never prints a password that does not work: an existing login keeps its password, and a password given for it is refused", async () => {
    const env = freshSqlite();
    const first = await projectIn(env);
    const second = await projectIn(env);
    const member = (projectId: string, extra: string[] = []) =>
      cli(
        [
          "create-member",
          "--project",
          projectId,
          "--email",
          "ops@example.com",
          "--role",
          "viewer",
          "--json",
          ...extra,
        ],
        env,
      );
    const created = JSON.parse((await member(first)).stdout);
    expect(created.password).toEqual(expect.any(String));
    const joined = JSON.parse((await member(second)).stdout);
    expect(joined).toMatchObject({ memberId: created.memberId, projectId: second });
    expect(joined).not.toHaveProperty("password");
    await expect(member(second, ["--password", "a new password"])).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining("already exists; their password is unchanged"),
    });
  });

  it("refuses an unknown role or project with a message and a non-zero exit", async () => {
    const env = freshSqlite();
    const project = JSON.parse(
      (await cli(["create-project", "--name", "Gamma", "--json"], env)).stdout,
    );
    await expect(
      cli(
        [
          "create-member",
          "--project",
          project.projectId,
          "--email",
          "a@example.com",
          "--role",
          "admin",
        ],
        env,
      ),
    ).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining("--role must be one of") });
    await expect(cli(["create-api-key", "--project", "prj_missing"], env)).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining("Project not found"),
    });
  });

  it("names the variable when the configuration is malformed", async () => {
    await expect(cli(["migrate"], { DATABASE_URL: "mysql://db" })).rejects.toMatchObject({
      stderr: expect.stringContaining("DATABASE_URL"),
    });
    await expect(
      cli(["migrate"], { ...freshSqlite(), PUBLIC_URL: "not a url" }),
    ).rejects.toMatchObject({
      stderr: expect.stringContaining("PUBLIC_URL"),
    });
  });
});
