import type { Kysely, Migration } from "kysely";

/** SIM swap checks for relying parties (S1-S3). */
export const migration: Migration = {
  async up(_db: Kysely<unknown>) {},
};
