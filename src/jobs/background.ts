import { deliveryHandlers } from "../delivery/handlers.js";
import { deliverySettings } from "../delivery/settings.js";
import type { Transports } from "../delivery/transport.js";
import { createTransports } from "../delivery/transports.js";
import { sealAuditChainsStep } from "../services/audit-chain.js";
import type { Deps } from "../services/deps.js";
import { expireDueRequests } from "../services/expiry.js";
import { invalidateExpiredPins } from "../services/pin-verification.js";
import { redactExpiredPersonalData } from "../services/retention.js";
import { purgeExpired } from "./purge.js";
import { createWorker, type WorkerOptions } from "./worker.js";

export type BackgroundWork = { stop(): Promise<void> };

export type BackgroundOptions = {
  /** Transports to use instead of those the environment names. */
  transports?: Transports;
  /** Pause between polls when nothing was due. */
  pollIntervalMs?: number;
  /**
   * Delivery loops side by side: while one waits for the database to record its batch, another
   * is sending, so neither the mail server nor the database sits idle.
   */
  lanes?: number;
  /**
   * Webhook delivery loops, apart from the mail loops so that a slow or dead endpoint never
   * delays mail (W2); each runs `webhookWorker.batchSize` deliveries side by side.
   */
  webhookLanes?: number;
  webhookWorker?: WorkerOptions;
  /** Pause between expiry sweeps; a minute at most, so that expiries are recorded within one (M3). */
  sweepIntervalMs?: number;
  /** Pause between purges of what has run out (sessions, finished jobs, …; see purge.ts). */
  purgeIntervalMs?: number;
  /** Pause between rounds of the audit chain's sealer, when nothing was left to seal (F6). */
  auditSealIntervalMs?: number;
  /** Pause between runs of the redaction of personal data past its retention (F7): a day. */
  retentionIntervalMs?: number;
  worker?: WorkerOptions;
};

/** A pause that `stop` can cut short. */
function pauses() {
  const waking = new Set<() => void>();
  let woken = false;
  return {
    pause(ms: number): Promise<void> {
      // Once stopping, a loop that finishes its step after the wake-up must not start a pause
      // of its own (a minute for the purge): the stop would wait for it.
      if (woken) return Promise.resolve();
      return new Promise((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          waking.delete(wake);
          resolve();
        };
        const timer = setTimeout(wake, ms);
        waking.add(wake);
      });
    },
    wakeAll() {
      woken = true;
      for (const wake of [...waking]) wake();
    },
  };
}

/**
 * Starts the outbox worker, the expiry sweeper and the purge in this process. Each is a loop over
 * one step (worker.runDueJobs, expireDueRequests, purgeExpired) that tests call directly; here
 * they repeat on timers.
 * Throws ConfigError for malformed delivery settings, before anything starts.
 */
export function startBackgroundWork(
  deps: Deps,
  env: NodeJS.ProcessEnv,
  options: BackgroundOptions = {},
): BackgroundWork {
  const transports = options.transports ?? createTransports(deps, deliverySettings(env));
  const handlers = deliveryHandlers(deps, transports);
  const worker = createWorker(deps, handlers, { lane: "others", ...options.worker });
  const webhookWorker = createWorker(deps, handlers, {
    batchSize: 8,
    workerId: `${worker.id}:webhooks`,
    lane: "webhooks",
    // Answers arrive one by one over many connections: record them a few at a time.
    commitGatherMs: 5,
    ...options.webhookWorker,
  });
  const pollIntervalMs = options.pollIntervalMs ?? 1000;
  const sweepIntervalMs = options.sweepIntervalMs ?? 15_000;
  const purgeIntervalMs = options.purgeIntervalMs ?? 60_000;
  const auditSealIntervalMs = options.auditSealIntervalMs ?? 2_000;
  const retentionIntervalMs = options.retentionIntervalMs ?? 24 * 60 * 60 * 1000;
  const log = deps.logger.child({ worker: worker.id });
  const timers = pauses();
  let stopped = false;

  async function repeat(name: string, step: () => Promise<number>, idleMs: number) {
    while (!stopped) {
      try {
        // A full step may leave more due work: go again at once, once the requests that came
        // meanwhile have had their turn (on SQLite a step never waits for the database, so the
        // steps would otherwise follow one another without letting a request in).
        if ((await step()) > 0) {
          await new Promise((resolve) => setImmediate(resolve));
          continue;
        }
      } catch (error) {
        log.error({ err: error, loop: name }, "background step failed; trying again later");
      }
      await timers.pause(idleMs);
    }
  }

  const lanes = Array.from({ length: options.lanes ?? 2 }, () =>
    repeat("delivery", () => worker.runDueJobs(), pollIntervalMs),
  );
  // Many small batches rather than a few large ones: a lane waits for the slowest delivery of
  // its batch, and an endpoint takes only a few slots (settings.maxInFlightPerEndpoint).
  const webhookLanes = Array.from({ length: options.webhookLanes ?? 8 }, () =>
    repeat("webhooks", () => webhookWorker.runDueJobs(), pollIntervalMs),
  );
  const loops = Promise.all([
    ...lanes,
    ...webhookLanes,
    repeat(
      "expiry",
      async () => {
        const expired = await expireDueRequests(deps);
        if (expired > 0) log.info({ expired }, "recorded expired consent requests");
        // One sweep takes everything due; the next is due after the interval.
        return 0;
      },
      sweepIntervalMs,
    ),
    repeat(
      "purge",
      async () => {
        const purged = await purgeExpired(deps);
        if (Object.values(purged).some((count) => count > 0)) log.info({ purged }, "purged");
        // Each round is bounded; what is left waits for the next.
        return 0;
      },
      purgeIntervalMs,
    ),
    // Events join their project's hash chain within seconds, never on the write path (F6).
    repeat("audit", () => sealAuditChainsStep(deps.db, deps.clock.now()), auditSealIntervalMs),
    repeat(
      "pins",
      async () => {
        const ended = await invalidateExpiredPins(deps);
        if (ended > 0) log.info({ ended }, "recorded expired transfer PINs");
        return 0;
      },
      sweepIntervalMs,
    ),
    // Once at start, then daily; it goes on at once while projects have days to catch up.
    repeat(
      "retention",
      () => redactExpiredPersonalData(deps.db, deps.clock.now()),
      retentionIntervalMs,
    ),
  ]);
  log.info(
    { emailTransport: transports.email.name, smsTransport: transports.sms.name },
    "background work started",
  );

  return {
    async stop() {
      if (stopped) return;
      stopped = true;
      timers.wakeAll();
      await Promise.all([worker.stop(), webhookWorker.stop()]);
      await loops;
      await transports.close();
    },
  };
}
