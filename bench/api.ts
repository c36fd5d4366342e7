/**
 * `npm run bench:api`: throughput and latency of creating a consent request (an action on a fresh
 * line) and of reading one, beside a bare Fastify route answering a JSON body of the same size in
 * the same run, on SQLite and, when reachable, PostgreSQL. Prints the figures and the ratios.
 * Goals: creation ≥ 25% and reading ≥ 60% of the bare route's throughput on SQLite; p99 under
 * 20 ms at 500 requests/s. Beside them, CAMARA SIM swap checks (S1) on random numbers of the
 * project with many lines and of one with ten: a question costs the same in both.
 * Options: --seconds N (default 10), --connections N (default 10).
 */
import { fork } from "node:child_process";
import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import pg from "pg";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "10" },
    connections: { type: "string", default: "10" },
  },
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);

type Ready = {
  appPort: number;
  barePort: number;
  projectId: string;
  apiKey: string;
  consentRequestId: string;
  subscriptionIds: string[];
  bodyBytes: number;
  simSwap: {
    apiKey: string;
    phoneNumbers: string[];
    smallApiKey: string;
    smallPhoneNumbers: string[];
  };
};

type Figures = { rps: number; p50: number; p99: number; errors: number };

async function load(options: autocannon.Options): Promise<Figures> {
  const result = await autocannon({ connections, duration: seconds, ...options });
  const non2xx = result.non2xx + result.errors + result.timeouts;
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: non2xx,
  };
}

function startServer(databaseUrl: string): Promise<{ ready: Ready; stop(): void }> {
  const child = fork(fileURLToPath(new URL("./api-server.ts", import.meta.url)), {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      BENCH_LINES: String(Math.ceil(seconds * 3000) + 2000),
    },
    execArgv: ["--import", "tsx"],
  });
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`bench server exited with ${code}`)));
    child.once("message", (ready) =>
      resolve({ ready: ready as Ready, stop: () => child.send("stop") }),
    );
  });
}

function row(name: string, f: Figures, bare?: Figures): string {
  const ratio = bare ? `${((f.rps / bare.rps) * 100).toFixed(0)}% of bare` : "";
  return `${name.padEnd(28)} ${f.rps.toFixed(0).padStart(7)} req/s  p50 ${String(f.p50).padStart(3)} ms  p99 ${String(f.p99).padStart(3)} ms  errors ${f.errors}  ${ratio}`;
}

async function benchDatabase(label: string, databaseUrl: string): Promise<void> {
  const { ready, stop } = await startServer(databaseUrl);
  const app = `http://127.0.0.1:${ready.appPort}`;
  const bareUrl = `http://127.0.0.1:${ready.barePort}/bare`;
  const auth = { authorization: `Bearer ${ready.apiKey}`, "content-type": "application/json" };
  const lines = [...ready.subscriptionIds];
  const createRequest = {
    method: "POST" as const,
    setupRequest: (request: autocannon.Request) => ({
      ...request,
      path: `/api/projects/${ready.projectId}/subscriptions/${lines.pop()}/simReplacements`,
    }),
    headers: auth,
    body: JSON.stringify({ sim: "auto" }),
  };
  const readPath = `/api/projects/${ready.projectId}/consentRequests/${ready.consentRequestId}`;
  const simSwapCheck = (apiKey: string, numbers: string[]) => ({
    method: "POST" as const,
    path: "/camara/sim-swap/v2/check",
    headers: { authorization: `Bearer ${apiKey}`, "content-type": "application/json" },
    setupRequest: (request: autocannon.Request) => ({
      ...request,
      body: JSON.stringify({
        phoneNumber: numbers[Math.floor(Math.random() * numbers.length)],
        maxAge: 240,
      }),
    }),
  });
  const check = simSwapCheck(ready.simSwap.apiKey, ready.simSwap.phoneNumbers);
  const checkSmall = simSwapCheck(ready.simSwap.smallApiKey, ready.simSwap.smallPhoneNumbers);

  console.log(
    `\n${label} (response body ${ready.bodyBytes} bytes, ${connections} connections, ${seconds} s each)`,
  );
  const bareGet = await load({ url: bareUrl });
  const read = await load({ url: app + readPath, headers: auth });
  // Before the creations, whose writes the database is still folding in for a while after; a
  // second of warm-up first, so that neither figure carries the route's first compilation.
  await load({ url: app, requests: [check, checkSmall], duration: 1 });
  const checks = await load({ url: app, requests: [check] });
  const checksSmall = await load({ url: app, requests: [checkSmall] });
  const barePost = await load({
    url: bareUrl,
    method: "POST",
    body: "{}",
    headers: { "content-type": "application/json" },
  });
  const create = await load({ url: app, requests: [createRequest] });
  console.log(row("bare GET", bareGet));
  console.log(row("read a consent request", read, bareGet));
  console.log(row("bare POST", barePost));
  console.log(row("create a consent request", create, barePost));
  const manyLines = `${ready.simSwap.phoneNumbers.length} lines`;
  console.log(
    `${row(`SIM swap check, ${manyLines}`, checks, barePost)}, ${((checks.rps / read.rps) * 100).toFixed(0)}% of read`,
  );
  console.log(
    `${row("SIM swap check, 10 lines", checksSmall, barePost)}, ${((checksSmall.rps / checks.rps) * 100).toFixed(0)}% of ${manyLines}`,
  );

  // 500 requests/s spread over 10 connections at 50/s each (autocannon's overallRate sends in
  // bursts, which measures its own queueing rather than the server's latency).
  const fixed = { connectionRate: 50, connections: 10 };
  const readAt500 = await load({ url: app + readPath, headers: auth, ...fixed });
  const createAt500 = await load({ url: app, requests: [createRequest], ...fixed });
  const checkAt500 = await load({ url: app, requests: [check], ...fixed });
  console.log(row("read at 500 req/s", readAt500));
  console.log(row("create at 500 req/s", createAt500));
  console.log(row("SIM swap check at 500 req/s", checkAt500));
  stop();
}

async function postgresUrl(): Promise<string | null> {
  const admin = process.env.TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const client = new pg.Client({ connectionString: admin, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    const name = `assent_bench_${randomBytes(4).toString("hex")}`;
    await client.query(`create database ${name}`);
    const url = new URL(admin);
    url.pathname = `/${name}`;
    return url.toString();
  } catch {
    return null;
  } finally {
    await client.end().catch(() => {});
  }
}

await benchDatabase(
  "SQLite (file, WAL)",
  `sqlite:/tmp/assent-bench-${randomBytes(4).toString("hex")}.db`,
);
const pgUrl = await postgresUrl();
if (pgUrl) await benchDatabase("PostgreSQL", pgUrl);
else console.log("\nPostgreSQL: skipped (no server at TEST_POSTGRES_URL or 127.0.0.1:5432)");
