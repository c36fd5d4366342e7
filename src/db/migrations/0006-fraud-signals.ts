import type { Kysely, Migration } from "kysely";

/** Fraud signals and audit: locks, flags, PIN checks, hash chain, retention (F1-F7). */
export const migration: Migration = {
  async up(_db: Kysely<unknown>) {},
};
