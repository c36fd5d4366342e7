import { sql } from "kysely";

// Portable column types: text ids, bigint milliseconds, integer booleans, JSON as text.
// Primary keys say NOT NULL explicitly: SQLite, unlike PostgreSQL, accepts null in a text key.
export const ms = "bigint";

/** A literal list for CHECK constraints on states and roles. */
export function inList(values: readonly string[]) {
  return sql.raw(values.map((v) => `'${v}'`).join(", "));
}
