/**
 * The server side of bench/api.ts, in its own process so that the load generator does not share
 * its event loop: the Assent app on a database given by DATABASE_URL, a bare node `http` server
 * and a bare Fastify route answering a JSON body of the same size as a consent request, and the
 * storage floor (storage-floor.ts). It prepares lines to act on and tells the parent the ports
 * and ids over IPC. Its log goes where the parent points standard output (/dev/null), written by
 * the logger the server uses in production.
 */
import { createServer } from "node:http";
import Fastify from "fastify";
import { systemClock } from "../src/clock.js";
import { openDatabase } from "../src/db/database.js";
import { migrateToLatest } from "../src/db/migrations.js";
import { luhnCheckDigit } from "../src/domain/formats.js";
import { buildApp } from "../src/http/app.js";
import { newId } from "../src/ids.js";
import { createLogger } from "../src/logger.js";
import { createSealer, hashSecret, newSecretToken, randomDigits } from "../src/secrets.js";
import { createApiKey } from "../src/services/access.js";
import { sealAuditChainsStep } from "../src/services/audit-chain.js";
import { getConsentRequest, performAction } from "../src/services/consent-requests.js";
import { type Deps, systemActor } from "../src/services/deps.js";
import { createOrganization, createProject } from "../src/services/projects.js";
import { consentRequestView } from "../src/services/views.js";
import {
  captureStatements,
  type Line,
  pgCreationFloor,
  pgReadFloor,
  sqliteCreationFloor,
  sqliteReadFloor,
} from "./storage-floor.js";

const lines = Number(process.env.BENCH_LINES ?? 20000);
const floorLines = Number(process.env.BENCH_FLOOR_LINES ?? 3000);
const databaseUrl = process.env.DATABASE_URL ?? "sqlite::memory:";
const handle = openDatabase(databaseUrl, 20);
await migrateToLatest(handle.db as never);
const deps: Deps = {
  db: handle.db,
  dbKind: handle.kind,
  clock: systemClock,
  sealer: createSealer("bench-secret-bench-secret-bench-secret-0"),
  logger: createLogger({ pretty: false }),
  publicUrl: "http://localhost",
};

const org = await createOrganization(deps, "Bench");
const project = await createProject(deps, org, {
  name: "Bench Mobile",
  providers: ["p7", "p9"],
  emailEnabled: true,
  consent: {
    deliveryMethods: ["email"],
    linkTtlSeconds: 10800,
    whenUnavailable: "performDirectly",
  },
});
const key = await createApiKey(deps, systemActor, project.id);

// Fresh lines, written in bulk: each creation in the run acts on a line of its own.
const subscriptionIds: string[] = [];
const userIds: string[] = [];
const now = Date.now();
for (let start = 0; start < lines; start += 500) {
  const users = [];
  const sims = [];
  const subs = [];
  for (let i = start; i < Math.min(lines, start + 500); i++) {
    const userId = newId("user", now);
    const simId = newId("sim", now);
    const payload = `8901${randomDigits(14)}`;
    users.push({
      id: userId,
      project_id: project.id,
      full_name: `User ${i}`,
      email: `user${i}@example.com`,
      preferred_locale: "en",
      created_at: now,
    });
    sims.push({
      id: simId,
      project_id: project.id,
      iccid: `${payload}${luhnCheckDigit(payload)}`,
      type: "pSIM" as const,
      provider: "p7",
      status: "active" as const,
      created_at: now,
    });
    const id = newId("subscription", now);
    subs.push({
      id,
      project_id: project.id,
      user_id: userId,
      phone_number: `+1555${String(i).padStart(7, "0")}`,
      provider: "p7",
      sim_id: simId,
      plan: null,
      status: "active" as const,
      account_number: randomDigits(11),
      port_out_pin_hash: null,
      port_out_pin_expires_at: null,
      created_at: now,
      ended_at: null,
      sim_changed_at: now,
    });
    subscriptionIds.push(id);
    userIds.push(userId);
  }
  await handle.db.insertInto("users").values(users).execute();
  await handle.db.insertInto("sims").values(sims).execute();
  await handle.db.insertInto("subscriptions").values(subs).execute();
}

// One request to read, and its size for the bare route.
const sample = await performAction(
  deps,
  { type: "apiKey", id: key.id },
  project.id,
  subscriptionIds.pop() as string,
  {
    type: "simReplacement",
    sim: "auto",
  },
);
if (sample.kind !== "consentRequest") throw new Error("expected a consent request");
const body = JSON.stringify(consentRequestView(sample.request, Date.now()));

// Lines of their own for the other runs: one with 10,000 past requests and one with none (both
// then act on the same line again and again), 1,000 taken in turn for the write-ahead log's run,
// and fresh ones for the storage floor.
const takeLine = (): Line => ({
  subscriptionId: subscriptionIds.pop() as string,
  userId: userIds.pop() as string,
});
const historyLine = takeLine();
const emptyLine = takeLine();
const walLines = Array.from({ length: 1000 }, takeLine);
const floorLineSets = Array.from({ length: Number(process.env.BENCH_FLOOR_SETS ?? 3) }, () =>
  Array.from({ length: floorLines }, takeLine),
);
const pastRequests = Number(process.env.BENCH_HISTORY ?? 10_000);
for (let start = 0; start < pastRequests; start += 500) {
  const rows = [];
  for (let i = start; i < Math.min(pastRequests, start + 500); i++) {
    const at = now - (pastRequests - i) * 60_000;
    rows.push({
      ...sample.request,
      id: newId("consentRequest", at),
      subscription_id: historyLine.subscriptionId,
      user_id: historyLine.userId,
      status: "canceled" as const,
      cancellation_reason: "superseded" as const,
      token_hash: hashSecret(newSecretToken()),
      created_at: at,
      expires_at: at + 10_800_000,
      canceled_at: at + 1000,
    });
  }
  await handle.db.insertInto("consent_requests").values(rows).execute();
}

// The statements of one creation on a fresh line and of one read, as the service sends them.
const floorTemplate = takeLine();
const creationStatements = await captureStatements(databaseUrl, async (db) => {
  await performAction(
    { ...deps, db },
    { type: "apiKey", id: key.id },
    project.id,
    floorTemplate.subscriptionId,
    { type: "simReplacement", sim: "auto" },
  );
});
const [readStatement] = await captureStatements(databaseUrl, async (db) => {
  await getConsentRequest(db, project.id, sample.request.id);
});
if (!readStatement) throw new Error("no read statement captured");
const bareBody = { padding: "x".repeat(Math.max(0, body.length - 15)) };

// SIM swap questions (S1) about the lines above, and about a project of ten lines: a question
// should cost the same in both. The per-key limit is counted as usual but never reached.
const bankKey = await createApiKey(deps, systemActor, project.id, {
  name: "bench bank",
  role: "simSwapCheck",
});
const small = await createProject(deps, org, { name: "Small Mobile", providers: ["p7"] });
const smallBankKey = await createApiKey(deps, systemActor, small.id, {
  name: "bench bank",
  role: "simSwapCheck",
});
const smallLines = Array.from({ length: 10 }, (_, i) => {
  const simId = newId("sim", now);
  const payload = `8902${randomDigits(14)}`;
  return {
    sim: {
      id: simId,
      project_id: small.id,
      iccid: `${payload}${luhnCheckDigit(payload)}`,
      type: "pSIM" as const,
      provider: "p7",
      status: "active" as const,
      created_at: now,
    },
    subscription: {
      id: newId("subscription", now),
      project_id: small.id,
      user_id: newId("user", now),
      phone_number: `+1666${String(i).padStart(7, "0")}`,
      provider: "p7",
      sim_id: simId,
      plan: null,
      status: "active" as const,
      account_number: randomDigits(11),
      created_at: now,
      sim_changed_at: now,
    },
  };
});
await handle.db
  .insertInto("users")
  .values(
    smallLines.map((line, i) => ({
      id: line.subscription.user_id,
      project_id: small.id,
      full_name: `Small user ${i}`,
      email: null,
      preferred_locale: "en",
      created_at: now,
    })),
  )
  .execute();
await handle.db
  .insertInto("sims")
  .values(smallLines.map((line) => line.sim))
  .execute();
await handle.db
  .insertInto("subscriptions")
  .values(smallLines.map((line) => line.subscription))
  .execute();

const app = await buildApp(deps, {
  simSwap: { rateLimit: { limit: Number.MAX_SAFE_INTEGER, windowMs: 60_000 } },
});
await app.listen({ port: 0, host: "127.0.0.1" });
// The audit chain's sealer runs beside the load as `npm start` runs it (F6): a round after one
// that filled a batch as soon as waiting requests have had their turn, else every 2 s.
// BENCH_SEAL=0 leaves it out, to see what it costs.
let sealing = process.env.BENCH_SEAL !== "0";
const sealer = (async () => {
  while (sealing) {
    try {
      if ((await sealAuditChainsStep(handle.db, Date.now())) > 0) {
        await new Promise((resolve) => setImmediate(resolve));
        continue;
      }
    } catch (error) {
      console.error("audit sealing failed", error);
    }
    await new Promise((resolve) => setTimeout(resolve, 2_000).unref());
  }
})();
const bareHttp = createServer((request, response) => {
  const json = JSON.stringify(bareBody);
  response.writeHead(request.method === "POST" ? 202 : 200, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(json),
  });
  response.end(json);
});
await new Promise<void>((resolve) => bareHttp.listen(0, "127.0.0.1", resolve));
const bare = Fastify();
bare.get("/bare", async () => bareBody);
bare.post("/bare", async (_request, reply) => reply.status(202).send(bareBody));
await bare.listen({ port: 0, host: "127.0.0.1" });

const port = (server: typeof bare) => {
  const address = server.server.address();
  return typeof address === "object" && address ? address.port : 0;
};
process.send?.({
  appPort: port(app as never),
  barePort: port(bare),
  bareHttpPort: (bareHttp.address() as { port: number }).port,
  historyLine: historyLine.subscriptionId,
  emptyLine: emptyLine.subscriptionId,
  walLines: walLines.map((line) => line.subscriptionId),
  statementsPerCreation: creationStatements.length,
  statements: creationStatements.map((statement) => statement.sql),
  projectId: project.id,
  apiKey: key.secret,
  consentRequestId: sample.request.id,
  subscriptionIds,
  bodyBytes: body.length,
  simSwap: {
    apiKey: bankKey.secret,
    phoneNumbers: subscriptionIds.map((_, i) => `+1555${String(i).padStart(7, "0")}`),
    smallApiKey: smallBankKey.secret,
    smallPhoneNumbers: smallLines.map((line) => line.subscription.phone_number),
  },
});
process.on("message", async (message) => {
  if (typeof message === "object" && message !== null && "floor" in message) {
    const { floor, connections } = message as { floor: "create" | "read"; connections: number };
    const sqlitePath = databaseUrl.startsWith("sqlite:") ? databaseUrl.slice(7) : null;
    let figures: { perSecond: number; meanUs: number };
    if (floor === "read") {
      figures = sqlitePath
        ? sqliteReadFloor(sqlitePath, readStatement, 20_000)
        : await pgReadFloor(databaseUrl, readStatement, 20_000, connections);
    } else {
      const set = floorLineSets.pop();
      if (!set) throw new Error("no floor lines left");
      figures = sqlitePath
        ? sqliteCreationFloor(sqlitePath, creationStatements, floorTemplate, set)
        : await pgCreationFloor(databaseUrl, creationStatements, floorTemplate, set, connections);
    }
    process.send?.({ figures });
    return;
  }
  if (message === "stop") {
    sealing = false;
    await sealer;
    await app.close();
    await bare.close();
    bareHttp.close();
    await handle.close();
    process.exit(0);
  }
});
