import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

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

describe("the command line", () => {
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
