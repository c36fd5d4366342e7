import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { defaultDatabaseUrl, openDatabase } from "../../src/db/database.js";
import { AppError } from "../../src/errors.js";
import { demoLogins, seedDemo, seedDemoIfEmpty, wantsDemoSeed } from "../../src/seed.js";
import { logIn } from "../../src/services/access.js";
import { freshDatabase, testDatabaseKinds } from "../support/databases.js";
import { type TestDeps, testDeps } from "../support/factories.js";

/** T8: the demo stays a demo — seeded whole or not at all, once, and only where it belongs. */
describe("when the demo is seeded", () => {
  it("on the embedded default, or when SEED_DEMO=1 asks; never on PostgreSQL by itself", () => {
    expect(wantsDemoSeed({}, defaultDatabaseUrl)).toBe(true);
    expect(wantsDemoSeed({ SEED_DEMO: "0" }, defaultDatabaseUrl)).toBe(false);
    expect(wantsDemoSeed({}, "postgres://db.example.com/assent")).toBe(false);
    expect(wantsDemoSeed({}, "sqlite:/var/lib/assent/assent.db")).toBe(false);
    expect(wantsDemoSeed({ SEED_DEMO: "1" }, "postgres://db.example.com/assent")).toBe(true);
  });
});

describe.each(testDatabaseKinds)("the demo seed on %s", (kind) => {
  let handle: Awaited<ReturnType<typeof freshDatabase>>;
  let deps: TestDeps;

  beforeEach(async () => {
    handle = await freshDatabase(kind);
    deps = testDeps(handle);
  });
  afterEach(async () => handle.close());

  async function count(table: "organizations" | "projects" | "members" | "api_keys" | "users") {
    const rows = await deps.db
      .selectFrom(table)
      .select("id" as never)
      .execute();
    return rows.length;
  }

  it("writes nothing when it fails midway: one transaction", async () => {
    let calls = 0;
    const crashing = {
      ...deps,
      clock: {
        now: () => {
          calls += 1;
          if (calls > 6) throw new Error("the process died");
          return deps.clock.now();
        },
      },
    };
    await expect(seedDemoIfEmpty(crashing)).rejects.toThrow("the process died");
    for (const table of ["organizations", "projects", "members", "api_keys", "users"] as const) {
      expect(await count(table), table).toBe(0);
    }
    expect(await seedDemoIfEmpty(deps)).toBeDefined();
  });

  it("gives the demo an owner API key and three logins that work with the printed password", async () => {
    const demo = await seedDemoIfEmpty(deps);
    if (!demo) throw new Error("the empty database was not seeded");
    const key = await deps.db
      .selectFrom("api_keys")
      .select("role")
      .where("project_id", "=", demo.projectId)
      .executeTakeFirstOrThrow();
    expect(key.role).toBe("owner");
    for (const email of Object.values(demoLogins)) {
      const login = await logIn(deps, {
        email,
        password: demo.ownerPassword,
        clientAddress: "::1",
      });
      expect(login).toMatchObject({ kind: "loggedIn" });
    }
  });

  it("enables only the channels the server can send by", async () => {
    const demo = await seedDemoIfEmpty({ ...deps, deliveryChannels: ["email"] });
    const project = await deps.db
      .selectFrom("projects")
      .selectAll()
      .where("id", "=", demo?.projectId ?? "")
      .executeTakeFirstOrThrow();
    expect(project).toMatchObject({ email_enabled: 1, sms_enabled: 0 });
    expect(JSON.parse(project.consent ?? "{}").deliveryMethods).toEqual(["email"]);
  });

  it("on a database with data, seeds nothing", async () => {
    await seedDemoIfEmpty(deps);
    expect(await seedDemoIfEmpty(deps)).toBeUndefined();
    expect(await count("organizations")).toBe(1);
  });

  it("seeding again is refused, writes nothing, and the first password keeps working", async () => {
    const first = await seedDemo(deps);
    const again = await seedDemo(deps).catch((error: unknown) => error);
    expect(again).toBeInstanceOf(AppError);
    expect((again as AppError).message).toMatch(/exists already/);
    expect(await count("organizations")).toBe(1);
    const login = await logIn(deps, {
      email: first.ownerEmail,
      password: first.ownerPassword,
      clientAddress: "::1",
    });
    expect(login).toMatchObject({ kind: "loggedIn" });
  });

  it("two instances starting together on one empty database seed one demo", async () => {
    // Two pools on PostgreSQL, as two instances have; in-memory SQLite is one connection, so
    // the race runs on it through one handle (its transactions take the write lock first).
    const other = kind === "postgres" ? openDatabase(handle.url, 5) : undefined;
    try {
      const second = other ? testDeps(other) : deps;
      const results = await Promise.all([seedDemoIfEmpty(deps), seedDemoIfEmpty(second)]);
      expect(results.filter((r) => r !== undefined)).toHaveLength(1);
      expect(await count("organizations")).toBe(1);
      expect(await count("members")).toBe(3);
    } finally {
      await other?.close();
    }
  });
});

describe("the seed-demo command", () => {
  const run = promisify(execFile);
  const root = join(import.meta.dirname, "..", "..");
  const cli = (args: string[], env: NodeJS.ProcessEnv) =>
    run("node", ["--import", "tsx", join(root, "src", "cli.ts"), ...args], {
      cwd: root,
      env: { ...process.env, LOG_LEVEL: "silent", ...env },
    });

  it("run twice, fails the second time with a reason and prints no password", async () => {
    const env = {
      DATABASE_URL: `sqlite:${join(mkdtempSync(join(tmpdir(), "assent-seed-")), "assent.db")}`,
    };
    const first = JSON.parse((await cli(["seed-demo", "--json"], env)).stdout);
    expect(first.ownerPassword).toEqual(expect.any(String));
    const second = await cli(["seed-demo"], env).then(
      () => {
        throw new Error("the second seed succeeded");
      },
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/owner@demo\.test exists already/);
    expect(second.stdout).not.toMatch(/password/i);
  }, 60_000);
});
