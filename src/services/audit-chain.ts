import { createHash, randomUUID } from "node:crypto";
import type { Selectable } from "kysely";
import { compiledOnce } from "../db/compiled.js";
import type { Db, Executor } from "../db/database.js";
import { inTransaction } from "../db/database.js";
import type { EventsTable } from "../db/tables.js";

/**
 * F6: each project's events form a hash chain. An event's hash covers its content (its data
 * through the SHA-256 digest written with it, so that redaction (F7) keeps the chain) and the
 * hash of the event before it. Writes never wait for the chain: a background step seals what
 * was written since, project by project, under a lease so that two instances never seal the
 * same project at once. Order in the chain is the order of sealing (`chain_seq`), so an event
 * that commits late, with an earlier id, still takes the next place.
 */

type EventRow = Selectable<EventsTable>;

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** The digest of an event's data, as written. */
export function dataDigest(data: string): string {
  return sha256(data);
}

/** Where every project's chain starts. */
export function genesisHash(projectId: string): string {
  return sha256(`assent-audit-chain:${projectId}`);
}

export function eventHash(previous: string, seq: number, event: EventRow, digest: string): string {
  return sha256(
    JSON.stringify([
      previous,
      seq,
      event.id,
      event.project_id,
      event.type,
      Number(event.time),
      event.actor_type,
      event.actor_id,
      event.subject,
      digest,
    ]),
  );
}

// Run for every event written: compiled once. (One statement per event: on SQLite an update
// joined to a list of values took fifty times as long.)
const sealEvent = compiledOnce(
  (db, input: (name: "seq" | "hash" | "digest" | "projectId" | "id") => never) =>
    db
      .updateTable("events")
      .set({ chain_seq: input("seq"), hash: input("hash"), data_digest: input("digest") })
      .where("project_id", "=", input("projectId"))
      .where("id", "=", input("id"))
      .where("hash", "is", null),
);

export type SealOptions = { batchSize?: number; leaseMs?: number; owner?: string };

const instance = randomUUID();

/**
 * Seals the events of one project written since its last seal, at most `batchSize`. Answers how
 * many it sealed; 0 when nothing waited or another instance holds the project's lease.
 */
export async function sealProject(
  db: Db,
  projectId: string,
  now: number,
  options: SealOptions = {},
): Promise<number> {
  const owner = options.owner ?? instance;
  const leaseMs = options.leaseMs ?? 30_000;
  await db
    .insertInto("audit_chains")
    .values({
      project_id: projectId,
      seq: 0,
      hash: genesisHash(projectId),
      lease_owner: null,
      lease_until: null,
    })
    .onConflict((c) => c.column("project_id").doNothing())
    .execute();
  const leased = await db
    .updateTable("audit_chains")
    .set({ lease_owner: owner, lease_until: now + leaseMs })
    .where("project_id", "=", projectId)
    .where((eb) =>
      eb.or([
        eb("lease_until", "is", null),
        eb("lease_until", "<=", now),
        eb("lease_owner", "=", owner),
      ]),
    )
    .executeTakeFirst();
  if (leased.numUpdatedRows !== 1n) return 0;
  try {
    return await inTransaction(db, async (tx) => {
      const head = await tx
        .selectFrom("audit_chains")
        .selectAll()
        .where("project_id", "=", projectId)
        .where("lease_owner", "=", owner)
        .executeTakeFirst();
      if (!head) return 0;
      const events = await tx
        .selectFrom("events")
        .selectAll()
        .where("project_id", "=", projectId)
        .where("hash", "is", null)
        .orderBy("id")
        .limit(options.batchSize ?? 500)
        .execute();
      let seq = Number(head.seq);
      let hash = head.hash;
      for (const event of events) {
        seq += 1;
        const digest = event.data_digest ?? dataDigest(event.data);
        hash = eventHash(hash, seq, event, digest);
        await sealEvent(tx, { seq, hash, digest, projectId, id: event.id });
      }
      if (events.length > 0) {
        await tx
          .updateTable("audit_chains")
          .set({ seq, hash })
          .where("project_id", "=", projectId)
          .where("lease_owner", "=", owner)
          .execute();
      }
      return events.length;
    });
  } finally {
    await db
      .updateTable("audit_chains")
      .set({ lease_owner: null, lease_until: null })
      .where("project_id", "=", projectId)
      .where("lease_owner", "=", owner)
      .execute();
  }
}

/**
 * One round of the sealer: every project with unsealed events (a hundred at most), one after the
 * other. `more` when a project filled its batch or more projects may wait.
 */
async function sealRound(
  db: Db,
  now: number,
  options: SealOptions,
): Promise<{ sealed: number; more: boolean }> {
  const batchSize = options.batchSize ?? 500;
  const projects = await db
    .selectFrom("events")
    .select("project_id")
    .distinct()
    .where("hash", "is", null)
    .limit(100)
    .execute();
  let sealed = 0;
  let more = projects.length >= 100;
  for (const { project_id } of projects) {
    const count = await sealProject(db, project_id, now, { ...options, batchSize });
    sealed += count;
    if (count >= batchSize) more = true;
  }
  return { sealed, more };
}

/** One round of the sealer; answers how many events it sealed. */
export async function sealAuditChains(
  db: Db,
  now: number,
  options: SealOptions = {},
): Promise<number> {
  return (await sealRound(db, now, options)).sealed;
}

/**
 * One step of the background sealer: a round, answering how many it sealed only when more is
 * waiting (go again at once), else 0 (wait for the interval). A round per trickle of events would
 * seal one event at a time in a loop as fast as the writes come, and take the process and the
 * write lock from the requests that write them.
 *
 * Its batches are small: a project's batch is one transaction that, on SQLite, holds the event
 * loop and the write lock from start to end (~14 us an event and ~0.6 ms a batch here), so 500
 * events at once held every request in flight for 7-12 ms, a hundred for 2 ms.
 */
export async function sealAuditChainsStep(
  db: Db,
  now: number,
  options: SealOptions = {},
): Promise<number> {
  const { sealed, more } = await sealRound(db, now, { batchSize: 100, ...options });
  return more ? sealed : 0;
}

export type AuditVerification = {
  object: "auditVerification";
  project: string;
  valid: boolean;
  /** Sealed events checked, in chain order. */
  checkedEvents: number;
  /** Events written but not sealed yet (sealing runs within seconds). */
  unsealedEvents: number;
  /** The first event that does not match, and why; null when the chain verifies. */
  firstBadEvent: { id: string | null; seq: number; reason: string } | null;
};

/**
 * Recomputes a project's chain from its first event (F6): every hash, every data digest of an
 * event not redacted, no gap in the order, and a last event that is the chain's recorded head.
 */
export async function verifyAuditChain(
  db: Executor,
  projectId: string,
): Promise<AuditVerification> {
  const head = await db
    .selectFrom("audit_chains")
    .select(["seq", "hash"])
    .where("project_id", "=", projectId)
    .executeTakeFirst();
  const unsealed = await db
    .selectFrom("events")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("project_id", "=", projectId)
    .where("hash", "is", null)
    .executeTakeFirstOrThrow();
  const result = (firstBadEvent: AuditVerification["firstBadEvent"], checked: number) => ({
    object: "auditVerification" as const,
    project: projectId,
    valid: firstBadEvent === null,
    checkedEvents: checked,
    unsealedEvents: Number(unsealed.n),
    firstBadEvent,
  });
  const redactions = await redactionWindows(db, projectId);
  let previous = genesisHash(projectId);
  let expected = 1;
  const pageSize = 1000;
  for (;;) {
    const page = await db
      .selectFrom("events")
      .selectAll()
      .where("project_id", "=", projectId)
      .where("chain_seq", ">=", expected)
      .orderBy("chain_seq")
      .limit(pageSize)
      .execute();
    for (const event of page) {
      const seq = Number(event.chain_seq);
      const bad = (reason: string, id: string | null = event.id) =>
        result({ id, seq: id === null ? expected : seq, reason }, expected - 1);
      if (seq !== expected) return bad("an event is missing before this place in the chain", null);
      if (event.redacted_at === null && event.data_digest !== dataDigest(event.data)) {
        return bad("its data does not match the digest it was sealed with");
      }
      // Only the retention job redacts, and it records each window it redacted (F7): a mark
      // outside such a window would let an edit pass as a redaction.
      if (event.redacted_at !== null && !redactedByRetention(redactions, event)) {
        return bad("it is marked redacted outside any recorded redaction");
      }
      const digest = event.data_digest ?? "";
      if (event.hash !== eventHash(previous, seq, event, digest)) {
        return bad("its content or place does not match its hash");
      }
      previous = event.hash;
      expected += 1;
    }
    if (page.length < pageSize) break;
  }
  const last = expected - 1;
  if (head && (Number(head.seq) !== last || (last > 0 && head.hash !== previous))) {
    return result(
      { id: null, seq: last + 1, reason: "the chain ends before its recorded last event" },
      last,
    );
  }
  return result(null, last);
}

type RedactionWindow = { at: number; from: number; until: number };

/** The windows the retention job recorded as redacted (`project.dataRedacted`, F7). */
async function redactionWindows(db: Executor, projectId: string): Promise<RedactionWindow[]> {
  const rows = await db
    .selectFrom("events")
    .select(["time", "data"])
    .where("project_id", "=", projectId)
    .where("type", "=", "project.dataRedacted")
    .execute();
  return rows.flatMap((row) => {
    try {
      const data = JSON.parse(row.data) as { from?: unknown; until?: unknown };
      const from = Date.parse(String(data.from));
      const until = Date.parse(String(data.until));
      return Number.isNaN(from) || Number.isNaN(until)
        ? []
        : [{ at: Number(row.time), from, until }];
    } catch {
      return [];
    }
  });
}

/** Whether a redacted event lies in a window the retention job redacted at its redaction time. */
function redactedByRetention(windows: RedactionWindow[], event: EventRow): boolean {
  const time = Number(event.time);
  const at = Number(event.redacted_at);
  return windows.some((w) => w.at === at && w.from <= time && time < w.until);
}
