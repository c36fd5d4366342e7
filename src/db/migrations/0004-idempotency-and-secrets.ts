import type { Kysely, Migration } from "kysely";

/** Trust: exactly-once idempotency (T5), limits (T6) and secrets at rest (T7). */
export const migration: Migration = {
  async up(_db: Kysely<unknown>) {},
};
