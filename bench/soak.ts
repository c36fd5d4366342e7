/**
 * `npm run soak`: several instances on PostgreSQL under load and faults (bench/soak-run.ts), then
 * the invariants: nothing lost, nothing done twice. Loopback only: the local PostgreSQL at
 * 127.0.0.1:5432 (SOAK_POSTGRES_URL), and servers this run starts. Exits 1 on a broken invariant.
 *
 * Options: --seconds N (default 180), --instances N (3), --agents N (24),
 * --faults kill,postgres,smtp,sigterm (all; "none" for none), --postgres restart|block
 * (restart: the local cluster, every database on it; block: only this run's database refuses
 * connections, for a machine shared with others), --drain N (seconds, 45), --json.
 */
import { parseArgs } from "node:util";
import type { PostgresFault } from "./soak-cluster.js";
import { defaultSoakOptions, type FaultKind, runSoak, type SoakReport } from "./soak-run.js";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: String(defaultSoakOptions.seconds) },
    instances: { type: "string", default: String(defaultSoakOptions.instances) },
    agents: { type: "string", default: String(defaultSoakOptions.agents) },
    faults: { type: "string", default: defaultSoakOptions.faults.join(",") },
    postgres: { type: "string", default: defaultSoakOptions.postgresFault },
    drain: { type: "string", default: String(defaultSoakOptions.drainSeconds) },
    json: { type: "boolean", default: false },
  },
});

const known: FaultKind[] = ["kill", "postgres", "smtp", "sigterm"];
const faults = values.faults === "none" ? [] : (values.faults.split(",") as FaultKind[]);
for (const fault of faults) {
  if (!known.includes(fault)) throw new Error(`--faults: unknown fault "${fault}"`);
}
if (values.postgres !== "restart" && values.postgres !== "block") {
  throw new Error("--postgres must be restart or block");
}

export function printReport(report: SoakReport): void {
  const ms = (n: number) => `${n.toFixed(0)} ms`;
  console.log(
    `\n${(report.loadMs / 1000).toFixed(0)} s of load on ${report.options.instances} instances, ${report.options.agents} agents`,
  );
  console.log("kind            req/s     count   p50      p99");
  for (const k of [...report.kinds, report.total]) {
    console.log(
      `${k.kind.padEnd(14)} ${k.perSecond.toFixed(1).padStart(6)} ${String(k.count).padStart(9)}   ${ms(k.p50).padEnd(8)} ${ms(k.p99)}`,
    );
  }
  console.log(`errors outside the fault windows: ${report.errorsOutside.count}`);
  for (const sample of report.errorsOutside.samples) console.log(`  ${sample}`);
  console.log(`errors inside them: ${JSON.stringify(report.errorsInside)}`);
  for (const w of report.windows) {
    const span = `${new Date(w.from).toISOString().slice(11, 19)}–${new Date(w.to).toISOString().slice(11, 19)}`;
    console.log(`fault ${w.fault}${w.instance ? ` ${w.instance}` : ""} (${span}): ${w.note}`);
  }
  console.log(`subscribers: ${JSON.stringify(report.decisions)}`);
  console.log(`smtp: ${JSON.stringify(report.peers.smtp)}`);
  console.log(`sms: ${JSON.stringify(report.peers.sms)}`);
  console.log(`database: ${JSON.stringify(report.check.counts)}`);
  console.log(`drained in ${(report.drainedMs / 1000).toFixed(1)} s`);
  if (report.broken.length === 0) {
    console.log("every invariant holds");
  } else {
    console.log(`${report.broken.length} broken:`);
    for (const line of report.broken.slice(0, 50)) console.log(`  - ${line}`);
  }
}

const report = await runSoak({
  ...defaultSoakOptions,
  seconds: Number(values.seconds),
  instances: Number(values.instances),
  agents: Number(values.agents),
  faults,
  postgresFault: values.postgres as PostgresFault,
  drainSeconds: Number(values.drain),
});
if (values.json) console.log(JSON.stringify(report, null, 2));
else printReport(report);
process.exit(report.broken.length === 0 ? 0 : 1);
