/**
 * The soak's invariants, read from the database and from what the peers accepted once the run
 * has drained. Each broken one is a line in `broken`; counts that are allowed (messages still in
 * flight at the end, duplicates explained by a kill) are in `notes`.
 */
import pg from "pg";
import type { Accepted } from "./soak-peers.js";

export type CheckResult = {
  broken: string[];
  counts: Record<string, number>;
};

type RequestRow = {
  id: string;
  type: string;
  status: string;
  subscription_id: string;
  expires_at: number;
  approved_at: number | null;
  declined_at: number | null;
  fulfilled_at: number | null;
  canceled_at: number | null;
  expired_at: number | null;
};

type EventRow = { type: string; subject: string; time: number; data: string };
type JobRow = { id: string; kind: string; status: string; payload: string };

/** Transition events of a consent request, and the states each may lead from. */
const transitionEvents: Record<string, { to: string; from: string[] }> = {
  "consentRequest.approved": { to: "approved", from: ["pending"] },
  "consentRequest.declined": { to: "declined", from: ["pending"] },
  "consentRequest.fulfilled": { to: "fulfilled", from: ["approved", "pending"] },
  "consentRequest.canceled": { to: "canceled", from: ["pending", "approved"] },
  "consentRequest.expired": { to: "expired", from: ["pending"] },
};

const timeColumns: Record<string, keyof RequestRow> = {
  approved: "approved_at",
  declined: "declined_at",
  fulfilled: "fulfilled_at",
  canceled: "canceled_at",
  expired: "expired_at",
};

export async function checkInvariants(input: {
  databaseUrl: string;
  accepted: Accepted[];
  /** Mail jobs a killed process may have had under way: the bound on duplicates. */
  duplicateBound: number;
  now: number;
}): Promise<CheckResult> {
  const broken: string[] = [];
  const client = new pg.Client({ connectionString: input.databaseUrl });
  await client.connect();
  const counts: Record<string, number> = {};
  try {
    const requests = (
      await client.query<RequestRow>(
        "select id, type, status, subscription_id, expires_at::float8 as expires_at, approved_at::float8 as approved_at, declined_at::float8 as declined_at, fulfilled_at::float8 as fulfilled_at, canceled_at::float8 as canceled_at, expired_at::float8 as expired_at from consent_requests",
      )
    ).rows;
    const events = (
      await client.query<EventRow>(
        "select type, subject, time::float8 as time, data from events order by time, id",
      )
    ).rows;
    const jobs = (
      await client.query<JobRow>(
        "select id, kind, status, payload from jobs where kind <> 'webhook.deliver'",
      )
    ).rows;
    counts.requests = requests.length;
    for (const r of requests)
      counts[`status.${r.status}`] = (counts[`status.${r.status}`] ?? 0) + 1;

    // 1. States follow C3, one event per transition, in order, matching the row.
    const byRequest = new Map<string, EventRow[]>();
    for (const e of events) {
      if (!e.type.startsWith("consentRequest.")) continue;
      const list = byRequest.get(e.subject) ?? [];
      list.push(e);
      byRequest.set(e.subject, list);
    }
    // Events of one transaction share its time; within it, the order of the transitions.
    const rank = (type: string) =>
      type === "consentRequest.created" ? 0 : type === "consentRequest.fulfilled" ? 2 : 1;
    for (const r of requests) {
      const own = (byRequest.get(r.id) ?? []).sort(
        (a, b) => a.time - b.time || rank(a.type) - rank(b.type),
      );
      const created = own.filter((e) => e.type === "consentRequest.created");
      if (created.length !== 1) broken.push(`${r.id}: ${created.length} created events`);
      let state = "pending";
      let last = created[0]?.time ?? 0;
      for (const e of own) {
        const rule = transitionEvents[e.type];
        if (!rule) continue;
        if (!rule.from.includes(state)) {
          broken.push(`${r.id}: ${e.type} after the request was ${state}`);
        }
        if (e.time < last) {
          broken.push(
            `${r.id}: ${e.type} recorded before the previous transition (${own.map((x) => `${x.type}@${x.time}`).join(", ")})`,
          );
        }
        state = rule.to;
        last = e.time;
      }
      // A pending request past its validity reads as expired until the sweeper records it.
      const effective = r.status === "pending" && r.expires_at <= input.now ? "pending" : r.status;
      if (state !== effective) {
        broken.push(`${r.id}: status ${r.status} but its events lead to ${state}`);
      }
      for (const [status, column] of Object.entries(timeColumns)) {
        const reached = own.some((e) => transitionEvents[e.type]?.to === status);
        if (reached !== (r[column] !== null)) {
          broken.push(
            `${r.id}: ${column} ${r[column] === null ? "unset" : "set"} against its events`,
          );
        }
      }
      // 5. Decided once: never both approved and declined.
      if (r.approved_at !== null && r.declined_at !== null) broken.push(`${r.id}: decided twice`);
      // M3: the sweeper records an expiry within a minute.
      if (r.status === "pending" && r.expires_at < input.now - 60_000) {
        broken.push(`${r.id}: pending more than a minute past its validity`);
      }
    }

    // 2. At most one pending and one approved request per line and type.
    const doubles = await client.query<{
      subscription_id: string;
      type: string;
      status: string;
      n: number;
    }>(
      "select subscription_id, type, status, count(*)::int as n from consent_requests where status in ('pending', 'approved') group by subscription_id, type, status having count(*) > 1",
    );
    for (const d of doubles.rows) {
      broken.push(`${d.subscription_id}: ${d.n} ${d.status} ${d.type} requests`);
    }

    // 3. Fulfilled SIM changes: the chain of SIMs of each line, and no SIM active on two lines.
    const simChanges = events.filter(
      (e) => e.type === "subscription.simReplaced" || e.type === "subscription.providerChanged",
    );
    const changeOf = new Map<string, number>();
    for (const e of simChanges) {
      const request = (JSON.parse(e.data) as { consentRequest?: string }).consentRequest;
      if (request) changeOf.set(request, (changeOf.get(request) ?? 0) + 1);
    }
    for (const r of requests) {
      if (r.type !== "simReplacement" && r.type !== "providerChange") continue;
      const n = changeOf.get(r.id) ?? 0;
      if (r.status === "fulfilled" && n !== 1)
        broken.push(`${r.id}: fulfilled with ${n} SIM changes`);
      if (r.status !== "fulfilled" && n !== 0)
        broken.push(`${r.id}: ${r.status} with a SIM change`);
    }
    const lines = (
      await client.query<{ id: string; sim_id: string; status: string; sim_status: string }>(
        "select s.id, s.sim_id, s.status, m.status as sim_status from subscriptions s join sims m on m.id = s.sim_id",
      )
    ).rows;
    const simsOf = (
      await client.query<{ id: string; status: string }>("select id, status from sims")
    ).rows;
    const simStatus = new Map(simsOf.map((s) => [s.id, s.status]));
    const lineOfSim = new Map<string, string>();
    for (const line of lines) {
      if (line.status === "active" && line.sim_status !== "active") {
        broken.push(`${line.id}: its SIM ${line.sim_id} is ${line.sim_status}`);
      }
      const other = lineOfSim.get(line.sim_id);
      if (other && line.status === "active") {
        broken.push(`SIM ${line.sim_id} active on ${other} and ${line.id}`);
      }
      if (line.status === "active") lineOfSim.set(line.sim_id, line.id);
    }
    const chains = new Map<string, { previousSim: string; sim: string }[]>();
    for (const e of simChanges) {
      const data = JSON.parse(e.data) as { previousSim: string; sim: string };
      chains.set(e.subject, [...(chains.get(e.subject) ?? []), data]);
    }
    const currentSim = new Map(lines.map((l) => [l.id, l.sim_id]));
    for (const [line, chain] of chains) {
      for (let i = 0; i < chain.length; i++) {
        const change = chain[i] as { previousSim: string; sim: string };
        if (simStatus.get(change.previousSim) !== "retired") {
          broken.push(`${line}: the SIM ${change.previousSim} it gave up is not retired`);
        }
        if (i > 0 && chain[i - 1]?.sim !== change.previousSim) {
          broken.push(`${line}: SIM changes out of order`);
        }
      }
      if (chain.at(-1)?.sim !== currentSim.get(line)) {
        broken.push(`${line}: its last SIM change is not its SIM`);
      }
    }
    const activeSims = simsOf.filter((s) => s.status === "active").length;
    const activeLines = lines.filter((l) => l.status === "active").length;
    if (activeSims !== activeLines) {
      broken.push(`${activeSims} active SIMs for ${activeLines} active lines`);
    }

    // 4. Delivery: every message job accepted once (done), or failed for good, or still under way.
    const acceptedByKey = new Map<string, number>();
    for (const message of input.accepted) {
      acceptedByKey.set(message.key, (acceptedByKey.get(message.key) ?? 0) + 1);
    }
    const sentEvents = new Map<string, number>();
    const failedEvents = new Map<string, number>();
    for (const e of events) {
      const target =
        e.type === "consentRequest.sent"
          ? sentEvents
          : e.type === "consentRequest.deliveryFailed"
            ? failedEvents
            : null;
      if (target) target.set(e.subject, (target.get(e.subject) ?? 0) + 1);
    }
    const jobIds = new Set(jobs.map((j) => j.id));
    let inFlight = 0;
    let failed = 0;
    let unrecorded = 0;
    for (const job of jobs) {
      const times = acceptedByKey.get(job.id) ?? 0;
      if (job.status === "failed") failed += 1;
      if (job.status === "queued" || job.status === "running") inFlight += 1;
      if (job.kind === "consentRequest.deliver") {
        const request = (JSON.parse(job.payload) as { consentRequestId?: string }).consentRequestId;
        if (!request) continue;
        const sent = sentEvents.get(request) ?? 0;
        const gaveUp = failedEvents.get(request) ?? 0;
        if (sent > 0 && times === 0) broken.push(`${request}: recorded as sent, never accepted`);
        // Accepted, then the process died before recording it; the retry found the request no
        // longer pending (or was refused) and sent nothing: as good as a duplicate.
        if (times > 0 && sent === 0) unrecorded += 1;
        if (job.status === "failed" && gaveUp !== 1) {
          broken.push(`${request}: failed for good, ${gaveUp} deliveryFailed events`);
        }
        if (sent + gaveUp > 1) broken.push(`${request}: ${sent} sent and ${gaveUp} deliveryFailed`);
      }
    }
    let duplicates = 0;
    for (const [key, times] of acceptedByKey) {
      if (!jobIds.has(key)) broken.push(`a message ${key} accepted that no job sent`);
      if (times > 1) duplicates += times - 1;
    }
    counts.jobs = jobs.length;
    counts.jobsInFlight = inFlight;
    counts.jobsFailed = failed;
    counts.accepted = input.accepted.length;
    counts.duplicates = duplicates;
    counts.duplicateBound = input.duplicateBound;
    counts.acceptedUnrecorded = unrecorded;
    if (duplicates + unrecorded > input.duplicateBound) {
      broken.push(
        `${duplicates} messages accepted twice and ${unrecorded} accepted but not recorded, more than the ${input.duplicateBound} a killed process could have had under way`,
      );
    }
  } finally {
    await client.end();
  }
  return { broken, counts };
}
