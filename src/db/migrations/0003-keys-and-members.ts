import type { Kysely, Migration } from "kysely";

/** Trust: API keys and members with roles (T3), login throttling (T4). */
export const migration: Migration = {
  async up(_db: Kysely<unknown>) {},
};
