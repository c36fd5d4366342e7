import { spawn } from "node:child_process";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../support/databases.js";
import { makeProject, type TestDeps, testAppSecret, testDeps } from "../support/factories.js";
import { type SmtpSink, startSmtpSink } from "../support/smtp-sink.js";
import { eventsOf, requestConsent, sharedDatabase, testSmtpFrom } from "./support.js";

describe.each(testDatabaseKinds)("`assent worker` on %s", (kind) => {
  let handle: Awaited<ReturnType<typeof sharedDatabase>>;
  let deps: TestDeps;
  let sink: SmtpSink;

  beforeEach(async () => {
    handle = await sharedDatabase(kind);
    deps = testDeps(handle);
    // The command runs on the system clock.
    deps.clock.set(Date.now());
    sink = await startSmtpSink();
  });
  afterEach(async () => {
    await sink.close();
    await handle.close();
  });

  it("runs the workers alone: it sends what is due and stops cleanly on SIGTERM", async () => {
    const project = await makeProject(deps);
    const { request, token } = await requestConsent(deps, project);
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli.ts", "worker"], {
      env: {
        ...process.env,
        DATABASE_URL: handle.url,
        APP_SECRET: testAppSecret,
        PUBLIC_URL: "http://assent.test",
        SMTP_URL: sink.url,
        SMTP_FROM: testSmtpFrom,
        LOG_LEVEL: "silent",
      },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    try {
      const [mail] = await sink.waitForMessages(1, 30_000);
      expect(mail?.link).toBe(`http://assent.test/consent/${token}`);
    } finally {
      child.kill("SIGTERM");
    }
    expect(await exited, stderr).toBe(0);
    expect(await eventsOf(deps, request.id, "consentRequest.sent")).toHaveLength(1);
  });
});
