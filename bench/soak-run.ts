/**
 * One soak-and-fault run (bench/soak.ts prints it; test/soak runs a short one): a fresh
 * PostgreSQL database, several server processes with their workers, a faulty SMTP server and SMS
 * gateway on loopback, agents and subscribers at work, and faults on a schedule: kill -9 of an
 * instance and its restart, a PostgreSQL outage, the mail server down, SIGTERM of an instance.
 * Then it lets the work drain for a bounded time and checks the invariants (soak-check.ts).
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { openRuntime } from "../src/runtime.js";
import { seedDemo } from "../src/seed.js";
import { createApiKey } from "../src/services/api-keys.js";
import { systemActor } from "../src/services/deps.js";
import { createOrganization, createProject } from "../src/services/projects.js";
import { type CheckResult, checkInvariants } from "./soak-check.js";
import {
  createInstance,
  createSoakDatabase,
  freePort,
  type Instance,
  type PostgresFault,
  postgresOutage,
} from "./soak-cluster.js";
import { type Call, type LoadProject, startLoad } from "./soak-load.js";
import { defaultFaultRates, type FaultRates, startSoakSms, startSoakSmtp } from "./soak-peers.js";

export type FaultKind = "kill" | "postgres" | "smtp" | "sigterm";

export type SoakOptions = {
  seconds: number;
  instances: number;
  agents: number;
  faults: FaultKind[];
  postgresFault: PostgresFault;
  /** The longest the run waits, after the load stops, for the work under way to end. */
  drainSeconds: number;
  smtpDownSeconds: number;
  postgresDownSeconds: number;
  rates: FaultRates;
  log: (line: string) => void;
};

export const defaultSoakOptions: SoakOptions = {
  seconds: 180,
  instances: 3,
  agents: 24,
  faults: ["kill", "postgres", "smtp", "sigterm"],
  postgresFault: "restart",
  drainSeconds: 45,
  smtpDownSeconds: 30,
  postgresDownSeconds: 10,
  rates: defaultFaultRates,
  log: (line) => console.log(line),
};

export type FaultWindow = {
  fault: FaultKind;
  instance?: string;
  from: number;
  /** When what the fault broke answers again (the window ends there). */
  to: number;
  /** From the fault's start (or, for an outage, its end) to the recovery, in ms. */
  recoveryMs: number;
  note: string;
};

export type KindFigures = {
  kind: string;
  count: number;
  perSecond: number;
  p50: number;
  p99: number;
};

export type SoakReport = {
  options: Omit<SoakOptions, "log">;
  loadMs: number;
  kinds: KindFigures[];
  total: KindFigures;
  errorsOutside: { count: number; samples: string[] };
  errorsInside: Record<string, number>;
  windows: FaultWindow[];
  check: CheckResult;
  decisions: { approve: number; decline: number; ignore: number; posted: number };
  peers: { smtp: Record<string, number>; sms: Record<string, number> };
  drainedMs: number;
  /** Broken invariants and recovery failures: the run failed when any. */
  broken: string[];
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] as number;
}

function figures(kind: string, calls: Call[], seconds: number): KindFigures {
  const ms = calls.map((c) => c.ms).sort((a, b) => a - b);
  return {
    kind,
    count: calls.length,
    perSecond: calls.length / seconds,
    p50: percentile(ms, 50),
    p99: percentile(ms, 99),
  };
}

async function patchProject(
  instance: Instance,
  project: LoadProject,
  body: Record<string, unknown>,
): Promise<void> {
  const response = await fetch(`${instance.url}/api/projects/${project.id}`, {
    method: "PATCH",
    headers: { authorization: `Bearer ${project.key}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok) {
    throw new Error(`setting up ${project.id}: ${response.status} ${await response.text()}`);
  }
}

export async function runSoak(options: SoakOptions): Promise<SoakReport> {
  const log = options.log;
  const broken: string[] = [];
  const database = await createSoakDatabase();
  log(`database ${database.name}`);
  const smtp = await startSoakSmtp(options.rates);
  const sms = await startSoakSms(options.rates);
  const ports = await Promise.all(Array.from({ length: options.instances }, () => freePort()));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: "production",
    LOG_LEVEL: "warn",
    DATABASE_URL: database.url,
    APP_SECRET: randomBytes(32).toString("base64url"),
    PUBLIC_URL: `http://127.0.0.1:${ports[0]}`,
    SMTP_URL: smtp.url,
    SMTP_FROM: "consent@example.test",
    ...sms.env,
    SEED_DEMO: "0",
    // Subscribers come from many addresses: each names its own, as a proxy would.
    TRUST_PROXY: "1",
  };
  const instances = ports.map((port, i) => createInstance(`i${i + 1}`, port, env));
  const windows: FaultWindow[] = [];
  let probing = true;
  let probe: Promise<void> = Promise.resolve();
  try {
    // The projects: the demo (links valid 3 hours) and one whose links last 60 seconds.
    const runtime = await openRuntime(env);
    const demo = await seedDemo(runtime.deps);
    const organization = await createOrganization(runtime.deps, "Short links");
    const short = await createProject(runtime.deps, organization, { name: "Short links" });
    const shortKey = await createApiKey(runtime.deps, systemActor, short.id, {
      name: "soak",
      role: "owner",
    });
    await runtime.close();
    const projects: LoadProject[] = [
      { id: demo.projectId, key: demo.apiKey, providers: ["p7", "p9"], lines: [] },
      { id: short.id, key: shortKey.secret, providers: ["p7", "p9"], lines: [] },
    ];
    await Promise.all(instances.map((instance) => instance.start()));
    log(`instances up on ports ${ports.join(", ")}`);
    const consent = (linkTtlSeconds: number) => ({
      emailEnabled: true,
      smsEnabled: true,
      consent: {
        deliveryMethods: ["email", "sms"],
        linkTtlSeconds,
        portOutCooldownSeconds: 0,
      },
    });
    await patchProject(instances[0] as Instance, projects[0] as LoadProject, consent(10_800));
    await patchProject(instances[0] as Instance, projects[1] as LoadProject, {
      providers: ["p7", "p9"],
      ...consent(60),
    });

    // /readyz of every instance, twice a second, for the recovery figures.
    const readiness: { at: number; instance: string; status: number }[] = [];
    probe = (async () => {
      while (probing) {
        await Promise.all(
          instances
            .filter((i) => i.up)
            .map(async (instance) => {
              let status = 0;
              try {
                const r = await fetch(`${instance.url}/readyz`, {
                  signal: AbortSignal.timeout(3000),
                });
                status = r.status;
              } catch {
                status = 0;
              }
              readiness.push({ at: Date.now(), instance: instance.name, status });
            }),
        );
        await sleep(500);
      }
    })();

    const load = startLoad({
      projects,
      targets: () => instances.filter((i) => i.up).map((i) => ({ name: i.name, url: i.url })),
      agents: options.agents,
      approve: 0.55,
      decline: 0.15,
    });
    smtp.onAccepted(load.receive);
    sms.onAccepted(load.receive);
    const started = Date.now();
    const at = (share: number) => started + options.seconds * 1000 * share;
    const schedule: { at: number; fault: FaultKind }[] = [];
    const only = options.faults.length === 1;
    if (options.faults.includes("kill"))
      schedule.push({ at: at(only ? 0.3 : 0.15), fault: "kill" });
    if (options.faults.includes("postgres")) schedule.push({ at: at(0.35), fault: "postgres" });
    if (options.faults.includes("smtp")) schedule.push({ at: at(0.55), fault: "smtp" });
    if (options.faults.includes("sigterm")) schedule.push({ at: at(0.85), fault: "sigterm" });
    let killed = 0;
    const takeovers: Promise<void>[] = [];

    for (const step of schedule) {
      await sleep(Math.max(0, step.at - Date.now()));
      if (step.fault === "kill") {
        const victim = instances[1] as Instance;
        const pid = victim.pid;
        const from = Date.now();
        await victim.kill();
        killed += 1;
        const held = await heldJobs(database.url, pid).catch(() => -1);
        log(`kill -9 ${victim.name} (pid ${pid}), holding ${held} jobs`);
        await sleep(2000);
        await victim.start();
        const ready = Date.now();
        const window: FaultWindow = {
          fault: "kill",
          instance: victim.name,
          from,
          to: ready,
          recoveryMs: ready - from,
          note: `restarted and ready after ${((ready - from) / 1000).toFixed(1)} s (2 s down)`,
        };
        windows.push(window);
        // The mail the killed process held is taken over when its lease runs out.
        takeovers.push(
          waitForHeldJobs(database.url, pid, from, () => !probing).then((heldMs) => {
            window.note += `; the ${held} jobs it held were taken over ${heldMs === null ? "not before the end of the run" : `${(heldMs / 1000).toFixed(1)} s after the kill`}`;
          }),
        );
      } else if (step.fault === "postgres") {
        const from = Date.now();
        log(`PostgreSQL outage (${options.postgresFault}) for ${options.postgresDownSeconds} s`);
        await postgresOutage(options.postgresFault, database, options.postgresDownSeconds * 1000);
        const back = Date.now();
        const recovered = await waitForReady(instances, 60_000);
        const to = Date.now();
        const unready = readiness.filter((r) => r.at >= from && r.at <= back && r.status === 503);
        if (recovered === null)
          broken.push("an instance was not ready again within 60 s of PostgreSQL's return");
        if (unready.length === 0)
          broken.push("/readyz never answered 503 while PostgreSQL was down");
        windows.push({
          fault: "postgres",
          from,
          to: to + 1000,
          recoveryMs: to - back,
          note: `down ${((back - from) / 1000).toFixed(1)} s; /readyz 503 during it (${unready.length} probes), every instance ready ${((to - back) / 1000).toFixed(1)} s after its return, none restarted`,
        });
      } else if (step.fault === "smtp") {
        const from = Date.now();
        log(`SMTP server down for ${options.smtpDownSeconds} s`);
        await smtp.stop();
        await sleep(options.smtpDownSeconds * 1000);
        await smtp.start();
        const back = Date.now();
        const before = smtp.counts.accepted;
        while (smtp.counts.accepted === before && Date.now() - back < 120_000) await sleep(200);
        const to = Date.now();
        windows.push({
          fault: "smtp",
          from,
          to,
          recoveryMs: to - back,
          note: `down ${((back - from) / 1000).toFixed(1)} s; first mail accepted ${((to - back) / 1000).toFixed(1)} s after it was back`,
        });
      } else {
        const victim = instances[2] as Instance;
        const from = Date.now();
        const pid = victim.pid;
        log(`SIGTERM ${victim.name} (pid ${pid})`);
        let code: number | null = null;
        try {
          code = await victim.terminate(30_000);
        } catch (error) {
          broken.push(String((error as Error).message));
        }
        const stoppedAt = Date.now();
        if (code !== 0) {
          broken.push(
            `${victim.name} exited with ${code} after SIGTERM:\n${victim.tail().slice(-3000)}`,
          );
        }
        const left = await heldJobs(database.url, pid);
        if (left > 0) broken.push(`${victim.name} left ${left} jobs running after SIGTERM`);
        await victim.start();
        const to = Date.now();
        windows.push({
          fault: "sigterm",
          instance: victim.name,
          from,
          to,
          recoveryMs: to - from,
          note: `drained and exited ${code} in ${((stoppedAt - from) / 1000).toFixed(1)} s, ${left} jobs left held; back after ${((to - from) / 1000).toFixed(1)} s`,
        });
      }
    }
    await sleep(Math.max(0, started + options.seconds * 1000 - Date.now()));
    await load.stop();
    const loadMs = Date.now() - started;
    log(`load stopped after ${(loadMs / 1000).toFixed(0)} s; draining`);

    const drainStart = Date.now();
    await drain(database.url, options.drainSeconds * 1000);
    const drainedMs = Date.now() - drainStart;
    probing = false;
    await probe;
    await Promise.all(takeovers);

    const check = await checkInvariants({
      databaseUrl: database.url,
      accepted: [...smtp.accepted, ...sms.accepted],
      // A killed process had at most its lanes' batches of mail under way (2 lanes × 10); an
      // outage of the database leaves every instance's batches unrecorded alike.
      duplicateBound:
        killed * 20 + (options.faults.includes("postgres") ? options.instances * 20 : 0),
      now: Date.now(),
    });
    broken.push(...check.broken);
    for (const instance of instances) broken.push(...instance.crashes);

    // Every instance drains and exits 0 on SIGTERM at the end.
    const codes = await Promise.all(
      instances
        .filter((i) => i.up)
        .map(async (i) => ({ name: i.name, code: await i.terminate(30_000).catch(() => -1) })),
    );
    for (const { name, code } of codes) {
      if (code !== 0) broken.push(`${name} exited with ${code} after SIGTERM at the end`);
    }

    // A call is in a window when it was under way during it (one may wait seconds for the pool).
    const inside = (call: Call) =>
      windows.some(
        (w) => call.startedAt <= w.to + 2000 && call.startedAt + call.ms >= w.from - 1000,
      );
    const isError = (call: Call) => call.status === 0 || call.status >= 500;
    const outside = load.calls.filter((c) => isError(c) && !inside(c));
    const errorsInside: Record<string, number> = {};
    for (const call of load.calls.filter((c) => isError(c) && inside(c))) {
      const label =
        call.status === 503
          ? call.retryAfter
            ? "503 with Retry-After"
            : `503 without Retry-After (${call.kind})`
          : call.status === 0
            ? `no answer (${call.error})`
            : `${call.status}`;
      errorsInside[label] = (errorsInside[label] ?? 0) + 1;
    }
    for (const [label, count] of Object.entries(errorsInside)) {
      if (label.startsWith("503 without Retry-After") || /^5\d\d$/.test(label)) {
        broken.push(
          `${count} answers ${label} during a fault (only 503 with Retry-After is allowed)`,
        );
      }
      if (label.includes("TimeoutError"))
        broken.push(`${count} requests hung past 15 s during a fault`);
    }
    if (outside.length > 0) broken.push(`${outside.length} errors outside the fault windows`);
    const seconds = loadMs / 1000;
    const kinds = [...new Set(load.calls.map((c) => c.kind))].sort().map((kind) =>
      figures(
        kind,
        load.calls.filter((c) => c.kind === kind && c.status !== 0),
        seconds,
      ),
    );
    return {
      options: { ...options, log: undefined } as unknown as Omit<SoakOptions, "log">,
      loadMs,
      kinds,
      total: figures(
        "all",
        load.calls.filter((c) => c.status !== 0),
        seconds,
      ),
      errorsOutside: {
        count: outside.length,
        samples: outside
          .slice(0, 10)
          .map(
            (c) =>
              `${new Date(c.startedAt).toISOString()} ${c.kind} ${c.instance} ${c.status} ${c.error ?? ""}`,
          ),
      },
      errorsInside,
      windows,
      check,
      decisions: load.decisions,
      peers: { smtp: { ...smtp.counts }, sms: { ...sms.counts } },
      drainedMs,
      broken,
    };
  } catch (error) {
    for (const instance of instances) {
      if (instance.tail()) log(`--- ${instance.name}\n${instance.tail().slice(-3000)}`);
    }
    throw error;
  } finally {
    probing = false;
    await probe.catch(() => {});
    await Promise.all(instances.map((i) => (i.up || i.pid ? i.kill() : undefined)));
    await smtp.close();
    await sms.close();
    await database
      .drop()
      .catch((error: unknown) => log(`could not drop ${database.name}: ${error}`));
  }
}

async function query<T extends pg.QueryResultRow>(
  url: string,
  text: string,
  values: unknown[] = [],
) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** Jobs still marked as held by the process `pid` (its worker ids carry the pid). */
async function heldJobs(url: string, pid: number | undefined): Promise<number> {
  const rows = await query<{ n: number }>(
    url,
    "select count(*)::int as n from jobs where status = 'running' and locked_by like $1",
    [`%:${pid}:%`],
  );
  return rows[0]?.n ?? 0;
}

async function waitForHeldJobs(
  url: string,
  pid: number | undefined,
  from: number,
  done: () => boolean,
): Promise<number | null> {
  while (!done()) {
    try {
      if ((await heldJobs(url, pid)) === 0) return Date.now() - from;
    } catch {
      // the database may be the next fault
    }
    await sleep(500);
  }
  return null;
}

async function waitForReady(instances: Instance[], timeoutMs: number): Promise<number | null> {
  const from = Date.now();
  while (Date.now() - from < timeoutMs) {
    const statuses = await Promise.all(
      instances
        .filter((i) => i.up)
        .map((i) =>
          fetch(`${i.url}/readyz`, { signal: AbortSignal.timeout(2000) }).then(
            (r) => r.status,
            () => 0,
          ),
        ),
    );
    if (statuses.every((s) => s === 200)) return Date.now() - from;
    await sleep(250);
  }
  return null;
}

/** Waits until no job is due or running and no pending request is past its validity. */
async function drain(url: string, timeoutMs: number): Promise<void> {
  const from = Date.now();
  while (Date.now() - from < timeoutMs) {
    const now = Date.now();
    const [row] = await query<{ due: number; expired: number }>(
      url,
      `select
         (select count(*)::int from jobs where kind <> 'webhook.deliver' and (status = 'running' or (status = 'queued' and run_at <= $1))) as due,
         (select count(*)::int from consent_requests where status = 'pending' and expires_at <= $1) as expired`,
      [now],
    );
    if (row && row.due === 0 && row.expired === 0) return;
    await sleep(1000);
  }
}
