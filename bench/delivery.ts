/**
 * `npm run bench:delivery`: how fast the outbox empties into a local SMTP server, with one and
 * two workers, beside nodemailer sending the same messages straight to the same server in the
 * same run (the ceiling; goal: ≥ 70% of it); and how long the expiry sweeper takes to record
 * 10,000 and 100,000 due requests among 1,000,000 rows, beside 10,000 among 100,000 (the cost
 * must follow what is due, not the table). Runs on SQLite and, when reachable, PostgreSQL.
 * Options: --messages N (default 2000), --quick (500 messages, sweeper tables a tenth the size),
 * --db sqlite|postgres (only that one), --only delivery|sweeper|webhooks. The webhook figure
 * (bench/webhook-delivery.ts) delivers as many events as there are messages.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { sql } from "kysely";
import { createTransport } from "nodemailer";
import { SMTPServer } from "smtp-server";
import { openDatabase } from "../src/db/database.js";
import { consentEmail } from "../src/delivery/messages/compose.js";
import { startBackgroundWork } from "../src/jobs/background.js";
import { expireDueRequests } from "../src/services/expiry.js";
import { seedPendingRequests, sharedDatabase, testSmtpFrom } from "../test/delivery/support.js";
import { postgresReachable, type TestDatabaseKind } from "../test/support/databases.js";
import { makeProject, testDeps } from "../test/support/factories.js";
import { webhookReport } from "./webhook-delivery.js";

const { values } = parseArgs({
  options: {
    messages: { type: "string" },
    quick: { type: "boolean", default: false },
    db: { type: "string" },
    only: { type: "string" },
    sink: { type: "boolean", default: false },
  },
});
const quick = values.quick ?? false;
const messageCount = Number(values.messages ?? (quick ? 500 : 2000));
const scale = quick ? 0.1 : 1;
const maxConnections = 5;
const rounds = quick ? 1 : 3;

/**
 * An SMTP server that accepts everything and only counts, in a process of its own: in the
 * senders' process it would take their CPU and become the bottleneck of every run.
 */
async function runSink(): Promise<void> {
  let accepted = 0;
  const server = new SMTPServer({
    logger: false,
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    disableReverseLookup: true,
    closeTimeout: 100,
    onData(stream, _session, callback) {
      stream.on("end", () => {
        accepted += 1;
        callback(null, `Message queued as B${accepted}`);
      });
      stream.resume();
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.server.address() as { port: number };
  process.stdout.write(`port ${port}\n`);
  process.stdin.resume();
  process.stdin.on("end", () => server.close(() => process.exit(0)));
}

async function startSink(): Promise<{ url: string; close(): void }> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", fileURLToPath(import.meta.url), "--sink"],
    {
      stdio: ["pipe", "pipe", "inherit"],
    },
  );
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      const match = /port (\d+)/.exec(chunk.toString());
      if (match) resolve(Number(match[1]));
    });
    child.once("exit", () => reject(new Error("the SMTP sink did not start")));
  });
  return { url: `smtp://127.0.0.1:${port}`, close: () => child.stdin.end() };
}

function rate(count: number, ms: number): number {
  return Math.round((count / ms) * 1000);
}

/** nodemailer alone: the same messages, the same pool, straight to the sink. */
async function ceiling(url: string, count: number): Promise<number> {
  const composed = await consentEmail({
    locale: "en",
    brand: "Acme Mobile",
    userName: "Jane Doe",
    type: "simReplacement",
    simType: "eSIM",
    line: "+1•••••0123",
    link: "http://localhost:3000/consent/0123456789abcdefghijklmnopqrstuvwxyzABCDEFG",
    expiresAt: Date.UTC(2026, 0, 1, 3),
    now: Date.UTC(2026, 0, 1),
  });
  const mailer = createTransport({ url, pool: true, maxConnections });
  const started = performance.now();
  await Promise.all(
    Array.from({ length: count }, (_, i) =>
      mailer.sendMail({
        from: { name: "Acme Mobile", address: testSmtpFrom },
        to: `user${i}@example.com`,
        subject: composed.subject,
        text: composed.text,
        html: composed.html,
        messageId: `<ceiling${i}@assent.test>`,
      }),
    ),
  );
  const elapsed = performance.now() - started;
  mailer.close();
  return rate(count, elapsed);
}

/**
 * The outbox emptied by `workers` instances of the background work, as `npm start` runs it, each
 * with its own mailer and, on PostgreSQL, its own connection pool. SQLite has one writer: there
 * the instances share the process's connection, as they would in one process.
 */
async function outbox(kind: TestDatabaseKind, url: string, workers: number, count: number) {
  const main = await sharedDatabase(kind);
  const deps = testDeps(main);
  const project = await makeProject(deps);
  await seedPendingRequests(deps, project, count);
  const env = { SMTP_URL: url, SMTP_FROM: testSmtpFrom };
  const handles = Array.from({ length: workers }, (_, i) =>
    i === 0 || kind === "sqlite" ? main : openDatabase(main.url, 10),
  );
  const doneCount = async () =>
    Number(
      (
        await deps.db
          .selectFrom("jobs")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .where("status", "=", "done")
          .executeTakeFirstOrThrow()
      ).n,
    );
  const started = performance.now();
  const running = handles.map((handle) =>
    startBackgroundWork({ ...deps, db: handle.db }, env, {
      pollIntervalMs: 5,
      sweepIntervalMs: 3_600_000,
    }),
  );
  while ((await doneCount()) < count) await new Promise((resolve) => setTimeout(resolve, 10));
  const elapsed = performance.now() - started;
  for (const work of running) await work.stop();
  // The extra pools first: closing the main handle drops the database.
  for (const handle of [...new Set(handles)].reverse()) await handle.close();
  return rate(count, elapsed);
}

// ---- the sweeper ----

/**
 * A table of `rows` consent requests: `pending` of them pending, the rest final. Pending request
 * i expires at `t0 + i + 1`, so that moving the clock to `t0 + n` makes exactly n of them due.
 */
async function sweeperTable(kind: TestDatabaseKind, rows: number, pending: number) {
  const handle = await sharedDatabase(kind);
  const deps = testDeps(handle);
  const project = await makeProject(deps);
  const t0 = deps.clock.now() + 1_000_000;
  const lines = Math.ceil(pending / 3);
  const series = (n: number) =>
    kind === "postgres"
      ? sql.raw(`generate_series(0, ${n - 1}) as s(i)`)
      : sql.raw(
          `(with recursive s(i) as (select 0 union all select i + 1 from s where i < ${n - 1}) select i from s) s`,
        );
  const pad = (expr: string, width: number) =>
    sql.raw(
      kind === "postgres"
        ? `lpad((${expr})::text, ${width}, '0')`
        : `printf('%0${width}d', ${expr})`,
    );
  const p = project.projectId;
  const now = deps.clock.now();
  await sql`insert into users (id, project_id, full_name, email, preferred_locale, created_at)
    select 'usr_' || ${pad("i", 8)}, ${p}, 'User', null, 'en', ${now} from ${series(lines)}`.execute(
    deps.db,
  );
  await sql`insert into sims (id, project_id, iccid, type, provider, status, created_at)
    values ('sim_bench', ${p}, '89010000000000000000', 'pSIM', 'p7', 'active', ${now})`.execute(
    deps.db,
  );
  await sql`insert into subscriptions (id, project_id, user_id, phone_number, provider, sim_id, plan, status, account_number, created_at)
    select 'sub_' || ${pad("i", 8)}, ${p}, 'usr_' || ${pad("i", 8)}, '+1555' || ${pad("i", 7)}, 'p7', 'sim_bench', null, 'active', '1' || ${pad("i", 9)}, ${now}
    from ${series(lines)}`.execute(deps.db);
  // Pending rows take one (line, type) each, as the one-pending-per-type rule demands.
  const types = sql.raw(
    `case i % 3 when 0 then 'simReplacement' when 1 then 'providerChange' else 'portOutCredentials' end`,
  );
  await sql`insert into consent_requests (id, project_id, type, status, subscription_id, user_id, details, delivery_method, recipient, token_hash, requested_by_type, requested_by_id, created_at, expires_at)
    select 'csr_' || ${pad("i", 10)}, ${p}, ${types},
      case when i < ${pending} then 'pending' else 'fulfilled' end,
      'sub_' || ${pad(`(i / 3) % ${lines}`, 8)}, 'usr_' || ${pad(`(i / 3) % ${lines}`, 8)},
      '{}', 'email', 'user@example.com', 'hash' || ${pad("i", 10)}, 'apiKey', 'key_bench', ${now},
      case when i < ${pending} then ${sql`cast(${t0} as bigint)`} + i + 1 else ${now} end
    from ${series(rows)}`.execute(deps.db);
  // A table that has lived a while has been vacuumed: visibility and hint bits are set.
  if (kind === "postgres") await sql`vacuum analyze`.execute(deps.db);
  return { handle, deps, t0 };
}

async function sweep(kind: TestDatabaseKind, rows: number, dueSteps: number[]) {
  const pending = dueSteps.reduce((a, b) => a + b, 0) * 2;
  const built = performance.now();
  const { handle, deps, t0 } = await sweeperTable(kind, rows, pending);
  const buildMs = performance.now() - built;
  const results: { due: number; ms: number }[] = [];
  let cursor = 0;
  for (const due of dueSteps) {
    cursor += due;
    deps.clock.set(t0 + cursor);
    const started = performance.now();
    const expired = await expireDueRequests(deps);
    const ms = performance.now() - started;
    if (expired !== due) throw new Error(`expired ${expired}, expected ${due}`);
    results.push({ due, ms });
  }
  await handle.close();
  return { rows, buildMs, results };
}

// ---- the run ----

if (values.sink) {
  await runSink();
} else {
  await main();
}

async function main(): Promise<void> {
  const kinds: TestDatabaseKind[] = values.db
    ? [values.db as TestDatabaseKind]
    : (await postgresReachable())
      ? ["sqlite", "postgres"]
      : ["sqlite"];

  console.log(
    `Delivery benchmark: ${messageCount} messages per run, best of ${rounds}, pool of ${maxConnections} SMTP connections per sender.\n`,
  );
  for (const kind of kinds) {
    if (values.only === undefined || values.only === "delivery") await deliveryReport(kind);
    if (values.only === undefined || values.only === "webhooks") {
      await webhookReport(kind, messageCount, rounds);
    }
    if (values.only === undefined || values.only === "sweeper") await sweeperReport(kind);
  }
}

/**
 * The machine may be busy with other work: each figure is the best of a few rounds, and the
 * rounds interleave the three runs so that a busy spell does not favour one of them.
 */
async function deliveryReport(kind: TestDatabaseKind): Promise<void> {
  const sink = await startSink();
  let [direct, one, two] = [0, 0, 0];
  for (let round = 0; round < rounds; round++) {
    direct = Math.max(direct, await ceiling(sink.url, messageCount));
    one = Math.max(one, await outbox(kind, sink.url, 1, messageCount));
    two = Math.max(two, await outbox(kind, sink.url, 2, messageCount));
  }
  sink.close();
  const share = (n: number) => `${Math.round((n / direct) * 100)}% of the ceiling`;
  console.log(`${kind}: outbox → SMTP sink`);
  console.log(`  nodemailer direct (ceiling)  ${String(direct).padStart(6)} msg/s`);
  console.log(`  1 worker                     ${String(one).padStart(6)} msg/s  ${share(one)}`);
  console.log(`  2 workers                    ${String(two).padStart(6)} msg/s  ${share(two)}`);
}

async function sweeperReport(kind: TestDatabaseKind): Promise<void> {
  const big = Math.round(1_000_000 * scale);
  const small = Math.round(100_000 * scale);
  const tenK = Math.round(10_000 * scale);
  const hundredK = Math.round(100_000 * scale);
  const large = await sweep(kind, big, [tenK, hundredK]);
  const control = await sweep(kind, small, [tenK]);
  console.log(`${kind}: expiry sweeper`);
  for (const [rows, { due, ms }] of [
    ...large.results.map((r) => [big, r] as const),
    ...control.results.map((r) => [small, r] as const),
  ]) {
    const perRequest = ((ms / due) * 1000).toFixed(1);
    console.log(
      `  ${String(due).padStart(7)} due among ${rows.toLocaleString("en").padStart(9)} rows  ${String(Math.round(ms)).padStart(6)} ms  (${perRequest} µs per request)`,
    );
  }
  console.log(
    `  (tables built in ${Math.round(large.buildMs / 1000)} s and ${Math.round(control.buildMs / 1000)} s)\n`,
  );
}
