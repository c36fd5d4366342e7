import type { ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServerProcess } from "../support/server-process.js";

/**
 * `npm start` as a newcomer runs it: a real process on an empty SQLite file, seeded with the
 * demo, stopped with SIGTERM. Its log must never carry a link token, a PIN, an email address, a
 * phone number, the demo's password or its API key: those are printed once, in the start-up
 * block on standard output, and nowhere else.
 */
describe("the server process", () => {
  let child: ChildProcessWithoutNullStreams;
  /** What the process has written so far. */
  let output: () => string;
  let baseUrl = "";
  let demo: { projectId: string; apiKey: string; password: string };
  let banner = "";

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), "assent-server-"));
    const server = await startServerProcess(
      {
        DATABASE_URL: `sqlite:${join(dir, "assent.db")}`,
        LOG_LEVEL: "debug",
        // Not the embedded default's file, so the demo is asked for (T8).
        SEED_DEMO: "1",
      },
      (text) => {
        const project = /Project +Acme Mobile \((prj_\w+)\)/.exec(text);
        const key = /API key +(ask_[\w-]+) +\(owner\)/.exec(text);
        const password = /Owner +owner@demo\.test +password (\S+)/.exec(text);
        if (!project?.[1] || !key?.[1] || !password?.[1]) return false;
        demo = { projectId: project[1], apiKey: key[1], password: password[1] };
        return true;
      },
    );
    ({ child, baseUrl } = server);
    output = server.output;
  }, 60_000);

  afterAll(() => {
    if (child.exitCode === null) child.kill("SIGKILL");
  });

  it("prints the dashboard's address and the demo logins as a block on standard output, not as a log line", () => {
    const port = new URL(baseUrl).port;
    expect(output()).toContain(`Assent is running: http://localhost:${port}/`);
    for (const login of ["owner@demo.test", "support@demo.test", "viewer@demo.test"]) {
      const line = output()
        .split("\n")
        .find((l) => l.includes(login));
      expect(line, login).toBeDefined();
      expect(line?.trimStart().startsWith("{"), login).toBe(false);
    }
    banner = output().slice(output().indexOf("Assent is running"));
  });

  it("serves health, readiness and metrics", async () => {
    expect((await fetch(`${baseUrl}/healthz`)).status).toBe(200);
    expect((await fetch(`${baseUrl}/readyz`)).status).toBe(200);
    const metrics = await (await fetch(`${baseUrl}/metrics`)).text();
    expect(metrics).toContain("assent_http_request_duration_seconds");
  });

  it("runs a consent flow and logs no secret or personal data, then stops cleanly on SIGTERM", async () => {
    const headers = { authorization: `Bearer ${demo.apiKey}`, "content-type": "application/json" };
    const api = `${baseUrl}/api/projects/${demo.projectId}`;
    const subscriptions = (await (
      await fetch(`${api}/subscriptions?limit=200`, { headers })
    ).json()) as {
      items: { id: string; user: string; phoneNumber: string }[];
    };
    const users = (await (await fetch(`${api}/users?limit=200`, { headers })).json()) as {
      items: { id: string; email: string | null }[];
    };
    const line = subscriptions.items.find((s: { user: string }) =>
      users.items.some((u: { id: string; email: string | null }) => u.id === s.user && u.email),
    );
    if (!line) throw new Error("the demo has a line of a user with an email");
    const created = await fetch(`${api}/subscriptions/${line.id}/simReplacements`, {
      method: "POST",
      headers,
      body: JSON.stringify({ sim: "auto" }),
    });
    expect(created.status).toBe(202);
    // The worker in the same process delivers the link to the Outbox; opening it shows the page.
    let link: string | null = null;
    for (let attempt = 0; attempt < 100 && !link; attempt++) {
      const outbox = (await (await fetch(`${api}/outbox`, { headers })).json()) as {
        items: { link: string | null }[];
      };
      link = outbox.items[0]?.link ?? null;
      if (!link) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    if (!link) throw new Error("the link never reached the Outbox");
    const linkToken = link.split("/consent/")[1] as string;
    expect((await fetch(`${baseUrl}/consent/${linkToken}`)).status).toBe(200);
    // A login with the demo password, and a wrong one.
    await fetch(`${baseUrl}/api/session`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "owner@demo.test", password: demo.password }),
    });
    await fetch(`${baseUrl}/api/session`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "owner@demo.test", password: "wrong" }),
    });
    // A link token in a path must not reach the log either.
    const token = "A".repeat(43);
    await fetch(`${baseUrl}/consent/${token}`);

    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);

    // Standard output is not a terminal here, so every log line is JSON.
    const log = output()
      .split("\n")
      .filter((l) => l.startsWith("{"))
      .join("\n");
    expect(banner).not.toBe("");
    expect(log).toContain("shutting down");
    expect(log).not.toContain(demo.apiKey);
    expect(log).not.toContain(demo.password);
    expect(log).not.toContain(token);
    expect(log).not.toContain(linkToken);
    expect(log).not.toContain(line.phoneNumber);
    expect(log).not.toMatch(/[\w.+-]+@example\.com/);
  }, 60_000);
});
