import type { Kysely, Migration } from "kysely";

/** Trust: contact changes (T1) and the Outbox as a demo tool (T2). */
export const migration: Migration = {
  async up(_db: Kysely<unknown>) {},
};
