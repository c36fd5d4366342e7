/**
 * `npm run bench:api`: what a request costs in Assent beside what it cannot cost less than, in
 * one run, on SQLite and, when reachable, PostgreSQL (see PERFORMANCE.md):
 * - a bare node `http` server and a bare Fastify route answering a JSON body of the same size;
 * - reading a consent request with an API key, and creating one (an action on a fresh line), at
 *   16 connections and, for a creation's latency, at one;
 * - creation on a line with 10,000 past requests beside one with none (goal: within 20%);
 * - the storage floor: the statements of the same creation and read, captured from the service,
 *   replayed on better-sqlite3 or pg with prepared statements (bench/storage-floor.ts);
 * - the write-ahead log's size after a long creation run (SQLite; goal < 64 MB);
 * - CAMARA SIM swap checks (S1) on a project of many lines and of ten: the same cost;
 * - for reading, creating and checking, the CPU time a request took of the server, PostgreSQL
 *   (when on this machine) and the load generator, and the rates that allows: the server's
 *   event loop on one core, and all three on the machine's cores.
 * Every load runs `--runs` times (default 3), interleaved, and prints the median; ratios are
 * taken within the run, since they hold better than absolutes on a busy machine.
 * Goals on SQLite: reading ≥ 0.22 of the bare http server; creating ≥ half the storage floor's
 * throughput with p99 < 20 ms at 16 connections.
 * Options: --seconds N per load (default 5), --connections N (default 16), --runs N (default 3),
 * --wal-seconds N (default 60; 0 skips it), --only sqlite|postgres.
 */
import { fork } from "node:child_process";
import { randomBytes } from "node:crypto";
import { openSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import {
  createPostgresDatabase,
  postgresAdminUrl,
  postgresReachable,
} from "../test/support/databases.js";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "5" },
    connections: { type: "string", default: "16" },
    runs: { type: "string", default: "3" },
    "wal-seconds": { type: "string", default: "60" },
    only: { type: "string" },
  },
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const runs = Number(values.runs);
const walSeconds = Number(values["wal-seconds"]);

type Ready = {
  appPort: number;
  barePort: number;
  bareHttpPort: number;
  projectId: string;
  apiKey: string;
  consentRequestId: string;
  subscriptionIds: string[];
  historyLine: string;
  emptyLine: string;
  walLines: string[];
  statementsPerCreation: number;
  statements: string[];
  bodyBytes: number;
  simSwap: {
    apiKey: string;
    phoneNumbers: string[];
    smallApiKey: string;
    smallPhoneNumbers: string[];
  };
};

/**
 * CPU time a request took, in µs: the bench server's (and of that, its main thread's, which runs
 * the event loop), PostgreSQL's and the load generator's.
 */
type Cpu = { server: number; eventLoop: number; postgres: number; client: number };
type Figures = { rps: number; p50: number; p99: number; errors: number; cpu?: Cpu };
type Floor = { perSecond: number; meanUs: number };

// /proc counts CPU time in clock ticks of 1/100 s (USER_HZ) on Linux.
const tickUs = 10_000;

/**
 * User and system ticks of a process (`pid`) or of one of its threads (`pid/task/tid`), from its
 * /proc stat line; undefined once it is gone.
 */
function ticksOf(pid: string): number | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return undefined;
  }
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return Number(fields[11]) + Number(fields[12]);
}

/** Ticks so far of every process named postgres on this machine, by pid. */
function postgresTicks(): Map<string, number> {
  const ticks = new Map<string, number>();
  for (const pid of readdirSync("/proc")) {
    if (!/^\d+$/.test(pid)) continue;
    let name: string;
    try {
      name = readFileSync(`/proc/${pid}/comm`, "utf8").trim();
    } catch {
      continue;
    }
    const used = name === "postgres" ? ticksOf(pid) : undefined;
    if (used !== undefined) ticks.set(pid, used);
  }
  return ticks;
}

type CpuSnapshot = {
  server: number;
  eventLoop: number;
  postgres: Map<string, number>;
  client: number;
};

function cpuNow(serverPid: number): CpuSnapshot {
  const own = process.cpuUsage();
  return {
    server: ticksOf(String(serverPid)) ?? 0,
    // The main thread's id is the process's.
    eventLoop: ticksOf(`${serverPid}/task/${serverPid}`) ?? 0,
    postgres: postgresTicks(),
    client: own.user + own.system,
  };
}

/**
 * What a load's requests took of each process's CPU: the bench server, PostgreSQL when it runs on
 * this machine (the processes it had at both ends of the load, and those it started in between)
 * and this process, the load generator.
 */
function cpuPerRequest(before: CpuSnapshot, after: CpuSnapshot, requests: number): Cpu {
  let postgres = 0;
  for (const [pid, ticks] of after.postgres) postgres += ticks - (before.postgres.get(pid) ?? 0);
  const each = (us: number) => us / Math.max(1, requests);
  return {
    server: each((after.server - before.server) * tickUs),
    eventLoop: each((after.eventLoop - before.eventLoop) * tickUs),
    postgres: each(postgres * tickUs),
    client: each(after.client - before.client),
  };
}

/**
 * Runs a load; given the server's pid, also what each request took of the machine's CPU (read
 * from Linux's /proc; not measured where there is none).
 */
async function load(options: autocannon.Options, serverPid?: number): Promise<Figures> {
  const cpu =
    serverPid !== undefined && ticksOf("self") !== undefined ? () => cpuNow(serverPid) : undefined;
  const before = cpu?.();
  const result = await autocannon({ connections, duration: seconds, ...options });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors + result.timeouts,
    ...(cpu && before ? { cpu: cpuPerRequest(before, cpu(), result.requests.total) } : {}),
  };
}

const median = <T>(items: T[], by: (item: T) => number): T =>
  [...items].sort((a, b) => by(a) - by(b))[Math.floor(items.length / 2)] as T;

type Server = {
  pid: number;
  ready: Ready;
  floor(kind: "create" | "read"): Promise<Floor>;
  /** Resolves once the server has closed its database and exited. */
  stop(): Promise<void>;
};

function startServer(databaseUrl: string): Promise<Server> {
  // Enough fresh lines for every creation run at a few thousand a second (16 connections and one).
  const creationLines = Math.ceil(runs * seconds * 7000) + 2000;
  const child = fork(fileURLToPath(new URL("./api-server.ts", import.meta.url)), {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      BENCH_LINES: String(creationLines + runs * 3000 + 1100),
      BENCH_FLOOR_LINES: "3000",
      BENCH_FLOOR_SETS: String(runs),
    },
    execArgv: ["--import", "tsx"],
    // The server's log lines are written as in production, to nowhere.
    stdio: ["ignore", openSync("/dev/null", "w"), "inherit", "ipc"],
  });
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`bench server exited with ${code}`)));
    child.once("message", (ready) =>
      resolve({
        pid: child.pid as number,
        ready: ready as Ready,
        floor: (kind) =>
          new Promise((done) => {
            child.once("message", (answer) => done((answer as { figures: Floor }).figures));
            child.send({ floor: kind, connections });
          }),
        stop: () =>
          new Promise((done) => {
            child.removeAllListeners("exit");
            child.once("exit", () => done());
            child.send("stop");
          }),
      }),
    );
  });
}

function row(name: string, f: Figures, ratio = ""): string {
  return `${name.padEnd(34)} ${f.rps.toFixed(0).padStart(7)} req/s  p50 ${String(f.p50).padStart(3)} ms  p99 ${String(f.p99).padStart(3)} ms  errors ${String(f.errors).padStart(2)}  ${ratio}`;
}

const of = (a: number, b: number) => (a / b).toFixed(2);

/**
 * Where a request's CPU went, and the rates that leaves: the server's event loop runs on one core
 * (its other threads, such as SQLite's checkpointer, on others), and the server, PostgreSQL and
 * the load generator share the machine's cores. A load near either rate is bound by the CPU.
 */
function printCpu(f: Figures): void {
  if (!f.cpu) return;
  const { server, eventLoop, postgres, client } = f.cpu;
  const parts = [`server ${server.toFixed(0)} µs (its event loop ${eventLoop.toFixed(0)})`];
  if (postgres >= 1) parts.push(`PostgreSQL ${postgres.toFixed(0)} µs`);
  parts.push(`load generator ${client.toFixed(0)} µs`);
  const cores = availableParallelism();
  const oneCore = 1e6 / eventLoop;
  const shared = (cores * 1e6) / (server + postgres + client);
  console.log(
    `  CPU a request: ${parts.join(", ")}; the event loop on one core allows ${oneCore.toFixed(0)}/s, ${cores} cores for all ${shared.toFixed(0)}/s`,
  );
}

async function benchDatabase(label: string, databaseUrl: string): Promise<void> {
  const server = await startServer(databaseUrl);
  const { ready } = server;
  const app = `http://127.0.0.1:${ready.appPort}`;
  const bareFastify = `http://127.0.0.1:${ready.barePort}/bare`;
  const bareHttp = `http://127.0.0.1:${ready.bareHttpPort}/bare`;
  const auth = { authorization: `Bearer ${ready.apiKey}`, "content-type": "application/json" };
  const lines = [...ready.subscriptionIds];
  const action = (line: () => string) => ({
    method: "POST" as const,
    setupRequest: (request: autocannon.Request) => ({
      ...request,
      path: `/api/projects/${ready.projectId}/subscriptions/${line()}/simReplacements`,
    }),
    headers: auth,
    body: JSON.stringify({ sim: "auto" }),
  });
  const createRequest = action(() => lines.pop() as string);
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
  const post = {
    method: "POST" as const,
    body: "{}",
    headers: { "content-type": "application/json" },
  };

  console.log(
    `\n${label}: body ${ready.bodyBytes} bytes, ${connections} connections, ${seconds} s per load, median of ${runs}; load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`,
  );
  // Warm-up, so that no figure carries a route's first compilation (the bare servers' included:
  // the first run's ratios would otherwise flatter Assent).
  await load({ url: bareHttp, duration: 1 });
  await load({ url: bareFastify, duration: 1 });
  await load({ url: app + readPath, headers: auth, duration: 1 });
  await load({ url: app, requests: [check, checkSmall], duration: 1 });

  const samples: Record<string, Figures[]> = {};
  const floors: Record<string, Floor[]> = { create: [], read: [] };
  const take = async (name: string, options: autocannon.Options) => {
    const figures = await load(options, server.pid);
    samples[name] = [...(samples[name] ?? []), figures];
  };
  for (let run = 0; run < runs; run++) {
    await take("bareHttpGet", { url: bareHttp });
    await take("bareGet", { url: bareFastify });
    await take("read", { url: app + readPath, headers: auth });
    floors.read?.push(await server.floor("read"));
    await take("check", { url: app, requests: [check] });
    await take("checkSmall", { url: app, requests: [checkSmall] });
    await take("bareHttpPost", { url: bareHttp, ...post });
    await take("barePost", { url: bareFastify, ...post });
    await take("create", { url: app, requests: [createRequest] });
    // One at a time: what a creation costs a caller that waits for it, round trips included.
    await take("createOne", { url: app, requests: [createRequest], connections: 1 });
    floors.create?.push(await server.floor("create"));
    await take("createEmptyLine", { url: app, requests: [action(() => ready.emptyLine)] });
    await take("createHistoryLine", { url: app, requests: [action(() => ready.historyLine)] });
  }
  const m = (name: string) => median(samples[name] ?? [], (f) => f.rps);
  const floorOf = (kind: string) => median(floors[kind] ?? [], (f) => f.perSecond);
  const readFloor = floorOf("read");
  const createFloor = floorOf("create");
  const floorRow = (name: string, f: Floor, ratio: string) =>
    `${name.padEnd(34)} ${f.perSecond.toFixed(0).padStart(7)} /s     ${f.meanUs.toFixed(0).padStart(4)} µs each${" ".repeat(27)}${ratio}`;

  console.log(row("bare node http GET", m("bareHttpGet")));
  console.log(
    row("bare Fastify GET", m("bareGet"), `${of(m("bareGet").rps, m("bareHttpGet").rps)} of http`),
  );
  console.log(
    row(
      "read a consent request",
      m("read"),
      `${of(m("read").rps, m("bareHttpGet").rps)} of http (goal ≥ 0.22), ${of(m("read").rps, readFloor.perSecond)} of floor`,
    ),
  );
  printCpu(m("read"));
  console.log(floorRow("  floor: the read on the driver", readFloor, ""));
  console.log(row("bare node http POST", m("bareHttpPost")));
  console.log(
    row(
      "bare Fastify POST",
      m("barePost"),
      `${of(m("barePost").rps, m("bareHttpPost").rps)} of http`,
    ),
  );
  console.log(
    row(
      "create a consent request",
      m("create"),
      `${of(m("create").rps, m("bareHttpPost").rps)} of http, ${of(m("create").rps, createFloor.perSecond)} of floor (goal ≥ 0.5, p99 < 20 ms)`,
    ),
  );
  printCpu(m("create"));
  console.log(
    floorRow(
      `  floor: its ${ready.statementsPerCreation} statements, 1 transaction`,
      createFloor,
      "",
    ),
  );
  // autocannon counts latency in whole milliseconds; one connection's rate gives it finer.
  const one = m("createOne");
  console.log(
    `${"create, one connection".padEnd(34)} ${one.rps.toFixed(0).padStart(7)} req/s  ${(1000 / one.rps).toFixed(2)} ms each`,
  );
  console.log(row("create, line with no past requests", m("createEmptyLine")));
  console.log(
    row(
      "create, line with 10,000 past",
      m("createHistoryLine"),
      `${of(m("createHistoryLine").rps, m("createEmptyLine").rps)} of no past (goal ≥ 0.8)`,
    ),
  );
  const manyLines = `${ready.simSwap.phoneNumbers.length} lines`;
  console.log(
    row(`SIM swap check, ${manyLines}`, m("check"), `${of(m("check").rps, m("read").rps)} of read`),
  );
  printCpu(m("check"));
  console.log(
    row(
      "SIM swap check, 10 lines",
      m("checkSmall"),
      `${of(m("checkSmall").rps, m("check").rps)} of ${manyLines}`,
    ),
  );
  console.log(`statements per creation: ${ready.statementsPerCreation}`);
  if (process.env.BENCH_STATEMENTS) {
    for (const statement of ready.statements) console.log(`  ${statement.slice(0, 140)}`);
  }

  if (databaseUrl.startsWith("sqlite:") && walSeconds > 0) {
    // Creations without pause on 1,000 lines in turn (each supersedes the line's last request).
    const walFile = `${databaseUrl.slice("sqlite:".length)}-wal`;
    const walSize = () => statSync(walFile, { throwIfNoEntry: false })?.size ?? 0;
    // The writers' waits for the log's restarts, and the transactions each commit carried, from
    // the app's /metrics.
    const metrics = async () => {
      const text = await (await fetch(`${app}/metrics`)).text();
      const value = (name: string) =>
        Number(new RegExp(`^assent_sqlite_${name} (\\S+)$`, "m").exec(text)?.[1] ?? 0);
      return {
        heldSeconds: value("wal_restart_hold_seconds_sum"),
        restarts: value("wal_restart_hold_seconds_count"),
        transactions: value("transactions_per_commit_sum"),
        commits: value("transactions_per_commit_count"),
      };
    };
    const before = await metrics();
    let turn = 0;
    let peak = 0;
    const sampler = setInterval(() => {
      peak = Math.max(peak, walSize());
    }, 250);
    const run = await load({
      url: app,
      requests: [action(() => ready.walLines[turn++ % ready.walLines.length] as string)],
      duration: walSeconds,
    });
    clearInterval(sampler);
    const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
    console.log(
      `${row(`create for ${walSeconds} s (WAL)`, run)}WAL ${mb(walSize())} MB after, peak ${mb(Math.max(peak, walSize()))} MB (goal < 64 MB)`,
    );
    const after = await metrics();
    const restarts = after.restarts - before.restarts;
    const heldMs = ((after.heldSeconds - before.heldSeconds) * 1000) / Math.max(1, restarts);
    const perCommit =
      (after.transactions - before.transactions) / Math.max(1, after.commits - before.commits);
    console.log(
      `  the log started over ${restarts} times; writers held ${heldMs.toFixed(1)} ms each; ${perCommit.toFixed(1)} transactions per commit`,
    );
  }
  await server.stop();
}

// Each run's database is its own, and is gone when the run ends: one left behind would be
// checkpointed and vacuumed under the next run's load.
if (values.only !== "postgres") {
  const path = `/tmp/assent_bench_${randomBytes(4).toString("hex")}.db`;
  try {
    await benchDatabase("SQLite (file, WAL)", `sqlite:${path}`);
  } finally {
    for (const file of [path, `${path}-wal`, `${path}-shm`]) rmSync(file, { force: true });
  }
}
if (values.only !== "sqlite") {
  if (await postgresReachable()) {
    const database = await createPostgresDatabase(postgresAdminUrl, "assent_bench");
    try {
      await benchDatabase("PostgreSQL", database.url);
    } finally {
      await database.drop();
    }
  } else {
    console.log("\nPostgreSQL: skipped (no server at TEST_POSTGRES_URL or 127.0.0.1:5432)");
  }
}
