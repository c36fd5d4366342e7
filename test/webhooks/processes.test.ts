import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { systemActor } from "../../src/services/deps.js";
import { type NewEvent, recordEvents } from "../../src/services/events.js";
import { createEndpoint } from "../../src/webhooks/endpoints.js";
import { sharedDatabase } from "../delivery/support.js";
import { postgresAvailable, testDatabaseKinds } from "../support/databases.js";
import { makeProject, testAppSecret, testDeps } from "../support/factories.js";
import { type Receiver, startReceiver } from "./receiver.js";

const fixture = fileURLToPath(new URL("./fixtures/worker-process.ts", import.meta.url));

async function startWorker(databaseUrl: string, clockMs: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", fixture], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      CLOCK_MS: String(clockMs),
      APP_SECRET: testAppSecret,
      WEBHOOK_ALLOW_PRIVATE: "127.0.0.0/8",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker did not start:\n${output}`)), 20_000);
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("ready")) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once("exit", () => reject(new Error(`worker exited:\n${output}`)));
  });
  return child;
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

describe.each(testDatabaseKinds)("webhook delivery by worker processes on %s", (kind) => {
  const children: ChildProcess[] = [];
  let receiver: Receiver | undefined;
  afterEach(async () => {
    for (const child of children.splice(0)) child.kill("SIGKILL");
    await receiver?.close();
  });

  it.runIf(kind === "postgres" || !postgresAvailable)(
    "two worker processes deliver 1,000 events to one endpoint: each once, each verified",
    async () => {
      const handle = await sharedDatabase(kind);
      try {
        const deps = testDeps(handle);
        const now = Date.now();
        deps.clock.set(now);
        receiver = await startReceiver({ now: () => now });
        const project = await makeProject(deps);
        const { secret } = await createEndpoint(deps, project.actor, project.projectId, {
          url: receiver.url,
          eventTypes: ["user.updated"],
        });
        receiver.secrets = [secret];
        const events: NewEvent[] = Array.from({ length: 1000 }, (_, i) => ({
          projectId: project.projectId,
          type: "user.updated",
          actor: systemActor,
          subject: `usr_${String(i).padStart(26, "0")}`,
          data: { changed: ["fullName"] },
          time: now,
        }));
        await deps.db.transaction().execute((tx) => recordEvents(tx, events));

        children.push(...(await Promise.all([1, 2].map(() => startWorker(handle.url, now)))));
        const deliveries = await receiver.waitFor(1000, 60_000);
        await Promise.all(children.splice(0).map(stop));

        expect(deliveries).toHaveLength(1000);
        expect(new Set(deliveries.map((d) => d.id)).size).toBe(1000);
        expect(new Set(deliveries.map((d) => d.event.subject)).size).toBe(1000);
        expect(deliveries.every((d) => d.verifiedWith.length === 1)).toBe(true);
        const jobs = await deps.db
          .selectFrom("jobs")
          .select(["status", "attempts"])
          .where("kind", "=", "webhook.deliver")
          .execute();
        expect(jobs).toHaveLength(1000);
        expect(jobs.every((j) => j.status === "done" && j.attempts === 1)).toBe(true);
        const attempts = await deps.db
          .selectFrom("webhook_attempts")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .executeTakeFirstOrThrow();
        expect(Number(attempts.n)).toBe(1000);
      } finally {
        await handle.close();
      }
    },
    90_000,
  );
});
