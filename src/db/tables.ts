import type { Generated } from "kysely";

/**
 * Row types of every table. Times are integer milliseconds since the epoch (bigint on PostgreSQL),
 * JSON is stored as text, booleans as 0/1: the same schema on SQLite and PostgreSQL.
 */
export type OrganizationsTable = { id: string; name: string; created_at: number };

export type ProjectsTable = {
  id: string;
  organization_id: string;
  name: string;
  providers: string; // JSON string[]
  email_enabled: number;
  sms_enabled: number;
  consent: string | null; // JSON ConsentSettings
  port_out_pin_ttl_seconds: number;
  created_at: number;
  /** F7: personal data older than this is redacted. */
  retention_days: Generated<number>;
  redacted_through: Generated<number | null>;
};

export type MembersTable = {
  id: string;
  email: string;
  full_name: string;
  password_hash: string;
  created_at: number;
};

export type MembershipsTable = {
  project_id: string;
  member_id: string;
  role: "owner" | "support" | "viewer";
  created_at: number;
};

export type SessionsTable = {
  id_hash: string;
  member_id: string;
  csrf_hash: string;
  created_at: number;
  expires_at: number;
};

export type ApiKeysTable = {
  id: string;
  project_id: string;
  name: string;
  key_hash: string;
  created_at: number;
  revoked_at: number | null;
  /** T3: what the key may do; `simSwapCheck` may only ask the CAMARA SIM swap questions. */
  role: "owner" | "support" | "viewer" | "simSwapCheck";
  /** T3: the first characters of the key, shown so that owners can tell keys apart. */
  prefix: string;
  last_used_at: number | null;
  expires_at: number | null;
};

export type UsersTable = {
  id: string;
  project_id: string;
  full_name: string;
  email: string | null;
  preferred_locale: string;
  created_at: number;
  /** When the email last changed after creation (T1); null when it never did. */
  email_changed_at: number | null;
};

export type SimsTable = {
  id: string;
  project_id: string;
  iccid: string;
  type: "eSIM" | "pSIM";
  provider: string;
  status: "available" | "active" | "retired";
  created_at: number;
};

export type SubscriptionsTable = {
  id: string;
  project_id: string;
  user_id: string;
  phone_number: string;
  provider: string;
  sim_id: string;
  plan: string | null;
  status: "active" | "ended";
  account_number: string;
  port_out_pin_hash: string | null;
  port_out_pin_expires_at: number | null;
  created_at: number;
  ended_at: number | null;
  /**
   * S1: when the line last took a SIM: its activation, a SIM replacement or a provider change.
   * Null only on rows inserted without it (bulk loads), which read as `created_at`.
   */
  sim_changed_at: number | null;
  /** F1 line locks (0/1). */
  lock_sim_change: Generated<number>;
  lock_port_out: Generated<number>;
  /** F2: set when the subscriber declined a request. */
  flagged_at: Generated<number | null>;
  /** F4: wrong PINs since the current PIN was issued. */
  port_out_pin_failures: Generated<number>;
};

export type ConsentRequestsTable = {
  id: string;
  project_id: string;
  type: "simReplacement" | "providerChange" | "portOutCredentials" | "lockRemoval";
  status: "pending" | "approved" | "fulfilled" | "declined" | "canceled" | "expired";
  subscription_id: string;
  user_id: string;
  details: string; // JSON ConsentDetails
  delivery_method: "email" | "sms";
  recipient: string;
  token_hash: string;
  requested_by_type: "member" | "apiKey";
  requested_by_id: string;
  resent_from: string | null;
  cancellation_reason: "canceledByMember" | "superseded" | "subscriptionEnded" | null;
  fulfillment_error: string | null; // JSON { code, message }
  delivery_error: string | null;
  created_at: number;
  expires_at: number;
  sent_at: number | null;
  opened_at: number | null;
  approved_at: number | null;
  declined_at: number | null;
  fulfilled_at: number | null;
  canceled_at: number | null;
  expired_at: number | null;
  /** F5 evidence: the locale and text version of the page the user decided on. */
  page_locale: Generated<string | null>;
  page_text_version: Generated<string | null>;
  decision_client_address: Generated<string | null>;
  decision_user_agent: Generated<string | null>;
  /** F7: when its personal data was redacted. */
  redacted_at: Generated<number | null>;
};

export type EventsTable = {
  id: string;
  project_id: string;
  type: string;
  time: number;
  actor_type: "member" | "apiKey" | "user" | "system";
  actor_id: string | null;
  subject: string;
  data: string; // JSON
  /** F6: SHA-256 of `data` as written; the chain hashes this, so redaction keeps it whole. */
  data_digest: Generated<string | null>;
  /** F6: place in the project's hash chain and the hash, once sealed. */
  chain_seq: Generated<number | null>;
  hash: Generated<string | null>;
  redacted_at: Generated<number | null>;
};

export type JobsTable = {
  id: string;
  project_id: string;
  kind: string;
  payload: string; // JSON
  status: "queued" | "running" | "done" | "failed";
  attempts: number;
  max_attempts: number;
  run_at: number;
  locked_by: string | null;
  locked_until: number | null;
  last_error: string | null;
  created_at: number;
  finished_at: number | null;
};

/** Messages kept instead of sent when no real transport is configured (the Outbox page). */
export type OutboxMessagesTable = {
  id: string;
  project_id: string;
  channel: "email" | "sms";
  recipient: string;
  subject: string | null;
  text: string;
  html: string | null;
  link: string | null;
  consent_request_id: string | null;
  created_at: number;
};

export type IdempotencyKeysTable = {
  project_id: string;
  /** Who may replay it: `apiKey:<id>` or `member:<id>` (T5). */
  caller: string;
  key: string;
  fingerprint: string;
  /** The claim's holder; the use case completes the record only while it still holds it. */
  owner: string;
  /** Null while claimed; the answer's status and sealed body once completed. */
  status_code: number | null;
  response: string | null;
  claimed_at: number;
  expires_at: number;
};

export type RateLimitsTable = {
  key: string;
  count: number;
  reset_at: number;
};

/** F6: the head of a project's audit chain and the lease of the instance sealing it. */
export type AuditChainsTable = {
  project_id: string;
  seq: number;
  hash: string;
  lease_owner: string | null;
  lease_until: number | null;
};

/** W1: a project's webhook endpoint; its signing secrets are sealed (W2, rotation). */
export type WebhookEndpointsTable = {
  id: string;
  project_id: string;
  url: string;
  description: string | null;
  event_types: string | null; // JSON string[]; null for every type
  enabled: number;
  secret_sealed: string;
  previous_secret_sealed: string | null;
  previous_secret_expires_at: number | null;
  failing_since: number | null;
  disabled_at: number | null;
  created_at: number;
  updated_at: number;
};

/** W3: one try to deliver an event to an endpoint. */
export type WebhookAttemptsTable = {
  id: string;
  project_id: string;
  endpoint_id: string;
  event_id: string;
  job_id: string;
  attempted_at: number;
  status_code: number | null;
  error: string | null;
  duration_ms: number;
  response: string | null;
};

export type Database = {
  organizations: OrganizationsTable;
  projects: ProjectsTable;
  members: MembersTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  api_keys: ApiKeysTable;
  users: UsersTable;
  sims: SimsTable;
  subscriptions: SubscriptionsTable;
  consent_requests: ConsentRequestsTable;
  events: EventsTable;
  jobs: JobsTable;
  outbox_messages: OutboxMessagesTable;
  idempotency_keys: IdempotencyKeysTable;
  rate_limits: RateLimitsTable;
  webhook_endpoints: WebhookEndpointsTable;
  webhook_attempts: WebhookAttemptsTable;
  audit_chains: AuditChainsTable;
};
