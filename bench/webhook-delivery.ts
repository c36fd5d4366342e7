/**
 * The webhook part of `npm run bench:delivery`: events delivered per second to a local receiver
 * by the background work as `npm start` runs it, beside a bare loop of signed POSTs from one
 * process to the same receiver with as many requests open at once as the product opens to one
 * endpoint (the ceiling; goal: ≥ 70% of it). The receiver runs in a process of its own.
 */
import { spawn } from "node:child_process";
import { createHmac, randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { pino } from "pino";
import { startBackgroundWork } from "../src/jobs/background.js";
import { systemActor } from "../src/services/deps.js";
import { type NewEvent, recordEvents } from "../src/services/events.js";
import { createEndpoint } from "../src/webhooks/endpoints.js";
import { defaultMaxInFlightPerEndpoint } from "../src/webhooks/settings.js";
import { sharedDatabase } from "../test/delivery/support.js";
import type { TestDatabaseKind } from "../test/support/databases.js";
import { makeProject, testDeps } from "../test/support/factories.js";

/** An HTTP server that answers 204 to everything, in its own process. */
export async function runWebhookSink(): Promise<void> {
  const server = http.createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      res.writeHead(204);
      res.end();
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  process.stdout.write(`port ${(server.address() as AddressInfo).port}\n`);
  process.stdin.resume();
  process.stdin.on("end", () => process.exit(0));
}

export async function startWebhookSink(): Promise<{ url: string; close(): void }> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", fileURLToPath(import.meta.url), "--webhook-sink"],
    { stdio: ["pipe", "pipe", "inherit"] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      const match = /port (\d+)/.exec(chunk.toString());
      if (match) resolve(Number(match[1]));
    });
    child.once("exit", () => reject(new Error("the webhook sink did not start")));
  });
  return { url: `http://127.0.0.1:${port}/hooks`, close: () => child.stdin.end() };
}

const rate = (count: number, ms: number) => Math.round((count / ms) * 1000);

function sampleEvent(i: number) {
  return JSON.stringify({
    object: "event",
    id: `evt_${String(i).padStart(26, "0")}`,
    type: "user.updated",
    project: "prj_01kdvdna00rrp6pc8vx4nbbcpd",
    time: new Date().toISOString(),
    actor: { type: "system", id: null },
    subject: `usr_${String(i).padStart(26, "0")}`,
    data: { changed: ["fullName"] },
  });
}

/** The ceiling: signed POSTs in a loop over keep-alive connections, nothing else. */
export async function bareWebhookLoop(url: string, count: number): Promise<number> {
  const key = randomBytes(32);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const post = (i: number) =>
    new Promise<void>((resolve, reject) => {
      const body = sampleEvent(i);
      const id = `evt_${i}`;
      const timestamp = Math.floor(Date.now() / 1000);
      const signature = createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest();
      const req = http.request(
        url,
        {
          method: "POST",
          agent,
          headers: {
            "content-type": "application/json",
            "webhook-id": id,
            "webhook-timestamp": String(timestamp),
            "webhook-signature": `v1,${signature.toString("base64")}`,
          },
        },
        (res) => {
          res.resume();
          res.on("end", () =>
            res.statusCode === 204 ? resolve() : reject(new Error(`${res.statusCode}`)),
          );
        },
      );
      req.on("error", reject);
      req.end(body);
    });
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: defaultMaxInFlightPerEndpoint }, async () => {
      while (next < count) await post(next++);
    }),
  );
  const elapsed = performance.now() - started;
  agent.destroy();
  return rate(count, elapsed);
}

/** `count` events of one project, each queued for its one endpoint, delivered by one instance. */
export async function productWebhooks(
  kind: TestDatabaseKind,
  url: string,
  count: number,
): Promise<number> {
  const handle = await sharedDatabase(kind);
  const deps = testDeps(handle, {
    logger: pino({ level: "silent" }),
    webhooks: { allowPrivate: ["127.0.0.0/8"] },
  });
  deps.clock.set(Date.now());
  const project = await makeProject(deps);
  await createEndpoint(deps, project.actor, project.projectId, {
    url,
    eventTypes: ["user.updated"],
  });
  const now = deps.clock.now();
  const events: NewEvent[] = Array.from({ length: count }, (_, i) => ({
    projectId: project.projectId,
    type: "user.updated",
    actor: systemActor,
    subject: `usr_${String(i).padStart(26, "0")}`,
    data: { changed: ["fullName"] },
    time: now,
  }));
  await deps.db.transaction().execute((tx) => recordEvents(tx, events));
  const doneCount = async () =>
    Number(
      (
        await deps.db
          .selectFrom("jobs")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .where("kind", "=", "webhook.deliver")
          .where("status", "=", "done")
          .executeTakeFirstOrThrow()
      ).n,
    );
  const started = performance.now();
  const work = startBackgroundWork(
    { ...deps, clock: { now: () => Date.now() } },
    {},
    {
      pollIntervalMs: 5,
      sweepIntervalMs: 3_600_000,
    },
  );
  while ((await doneCount()) < count) await new Promise((resolve) => setTimeout(resolve, 10));
  const elapsed = performance.now() - started;
  await work.stop();
  await handle.close();
  return rate(count, elapsed);
}

export async function webhookReport(kind: TestDatabaseKind, count: number, rounds: number) {
  const sink = await startWebhookSink();
  let [bare, product] = [0, 0];
  for (let round = 0; round < rounds; round++) {
    bare = Math.max(bare, await bareWebhookLoop(sink.url, count));
    product = Math.max(product, await productWebhooks(kind, sink.url, count));
  }
  sink.close();
  console.log(`${kind}: webhooks → local receiver (${defaultMaxInFlightPerEndpoint} open at once)`);
  console.log(`  bare signed POST loop (ceiling) ${String(bare).padStart(6)} events/s`);
  console.log(
    `  background work, 1 instance    ${String(product).padStart(6)} events/s  ${Math.round((product / bare) * 100)}% of the ceiling\n`,
  );
}

if (process.argv.includes("--webhook-sink")) await runWebhookSink();
