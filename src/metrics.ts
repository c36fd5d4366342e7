import { Counter, collectDefaultMetrics, Histogram, Registry } from "prom-client";

/** One registry per process, served at /metrics. */
export const registry = new Registry();
collectDefaultMetrics({ register: registry });

export const httpDuration = new Histogram({
  name: "assent_http_request_duration_seconds",
  help: "HTTP request latency by method, route and status code",
  labelNames: ["method", "route", "status"] as const,
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
  registers: [registry],
});

export const consentRequestOutcomes = new Counter({
  name: "assent_consent_requests_total",
  help: "Consent requests by type and outcome (created, approved, declined, fulfilled, canceled, expired, fulfillmentFailed)",
  labelNames: ["type", "outcome"] as const,
  registers: [registry],
});

export const jobRuns = new Counter({
  name: "assent_jobs_total",
  help: "Background job attempts by kind and result",
  labelNames: ["kind", "result"] as const,
  registers: [registry],
});

export const sqliteCommitGroups = new Histogram({
  name: "assent_sqlite_transactions_per_commit",
  help: "How many transactions each SQLite commit carried (they queue for its one connection and commit together)",
  buckets: [1, 2, 4, 8, 16, 32, 64],
  registers: [registry],
});

export const walRestartHolds = new Histogram({
  name: "assent_sqlite_wal_restart_hold_seconds",
  help: "How long SQLite writers were held back while the write-ahead log was started over",
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5],
  registers: [registry],
});
