import type { Selectable } from "kysely";
import type { Executor } from "../db/database.js";
import type { ApiKeysTable } from "../db/tables.js";
import { invalid, notFound } from "../errors.js";
import { newId } from "../ids.js";
import { hashSecret, newSecretToken } from "../secrets.js";
import type { Actor, Deps } from "./deps.js";
import { recordEvent } from "./events.js";
import { keysetPage, type Page, type PageQuery } from "./paging.js";
import type { Role } from "./roles.js";
import { runUseCase, type UseCaseOptions } from "./transactions.js";

/** API keys (T3): kept as a hash, with a role, a visible prefix, an optional expiry. */

export type ApiKeyRow = Selectable<ApiKeysTable>;

/** What a key authenticates as. */
export type ApiKeyIdentity = {
  id: string;
  projectId: string;
  role: Role;
  expiresAt: number | null;
  lastUsedAt: number | null;
};

const prefixLength = 12; // `ask_` and 8 characters (48 bits): enough to tell keys apart, no more

export function apiKeyView(row: ApiKeyRow) {
  const iso = (ms: number | null) => (ms === null ? null : new Date(Number(ms)).toISOString());
  return {
    object: "apiKey" as const,
    id: row.id,
    project: row.project_id,
    name: row.name,
    role: row.role,
    prefix: row.prefix,
    createdAt: iso(row.created_at) as string,
    lastUsedAt: iso(row.last_used_at),
    expiresAt: iso(row.expires_at),
    revokedAt: iso(row.revoked_at),
  };
}

export type ApiKeyView = ReturnType<typeof apiKeyView>;

export type NewApiKey = { name: string; role?: Role; expiresAt?: number | undefined };

/** Makes a key; its secret is returned here only, and stored as a hash. */
export async function createApiKey(
  deps: Deps,
  actor: Actor,
  projectId: string,
  input: NewApiKey = { name: "default" },
  options?: UseCaseOptions<{ id: string; secret: string; row: ApiKeyRow }>,
): Promise<{ id: string; secret: string; row: ApiKeyRow }> {
  const now = deps.clock.now();
  if (input.expiresAt !== undefined && input.expiresAt <= now) {
    throw invalid("expiresAt", "must be in the future");
  }
  const secret = `ask_${newSecretToken()}`;
  const row: ApiKeyRow = {
    id: newId("apiKey", now),
    project_id: projectId,
    name: input.name,
    key_hash: hashSecret(secret),
    role: input.role ?? "support",
    prefix: secret.slice(0, prefixLength),
    created_at: now,
    last_used_at: null,
    expires_at: input.expiresAt ?? null,
    revoked_at: null,
  };
  return runUseCase(deps.db, options, async (tx) => {
    await tx.insertInto("api_keys").values(row).execute();
    await recordEvent(tx, {
      projectId,
      type: "apiKey.created",
      actor,
      subject: row.id,
      data: {
        name: row.name,
        role: row.role,
        prefix: row.prefix,
        expiresAt: apiKeyView(row).expiresAt,
      },
      time: now,
    });
    return { id: row.id, secret, row };
  });
}

export function listApiKeys(db: Executor, projectId: string, page: PageQuery) {
  const base = db.selectFrom("api_keys").selectAll().where("project_id", "=", projectId);
  return keysetPage(
    base,
    "id",
    page,
    async (id) => !!(await base.where("id", "=", id).executeTakeFirst()),
    apiKeyView,
  ) as Promise<Page<ApiKeyView>>;
}

/**
 * Revokes a key; it answers 401 at once on this instance and within the cache's few seconds on
 * every other. Revoking a revoked key changes nothing and answers it as it is.
 */
export async function revokeApiKey(
  deps: Deps,
  actor: Actor,
  projectId: string,
  apiKeyId: string,
  options?: UseCaseOptions<ApiKeyRow>,
): Promise<ApiKeyRow> {
  const row = await runUseCase(deps.db, options, async (tx) => {
    const now = deps.clock.now();
    const revoked = await tx
      .updateTable("api_keys")
      .set({ revoked_at: now })
      .where("project_id", "=", projectId)
      .where("id", "=", apiKeyId)
      .where("revoked_at", "is", null)
      .executeTakeFirst();
    if (Number(revoked.numUpdatedRows) > 0) {
      await recordEvent(tx, {
        projectId,
        type: "apiKey.revoked",
        actor,
        subject: apiKeyId,
        time: now,
      });
    }
    const found = await tx
      .selectFrom("api_keys")
      .selectAll()
      .where("project_id", "=", projectId)
      .where("id", "=", apiKeyId)
      .executeTakeFirst();
    if (!found) throw notFound("API key");
    return found;
  });
  apiKeyCache(deps).forget(row.id);
  return row;
}

/** The key a secret names, if it exists and is neither revoked nor expired. */
export async function findApiKey(
  db: Executor,
  secret: string,
  now: number,
): Promise<ApiKeyIdentity | undefined> {
  const row = await db
    .selectFrom("api_keys")
    .select(["id", "project_id", "role", "expires_at", "last_used_at"])
    .where("key_hash", "=", hashSecret(secret))
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  if (!row || (row.expires_at !== null && Number(row.expires_at) <= now)) return undefined;
  return {
    id: row.id,
    projectId: row.project_id,
    role: row.role,
    expiresAt: row.expires_at === null ? null : Number(row.expires_at),
    lastUsedAt: row.last_used_at === null ? null : Number(row.last_used_at),
  };
}

/** `lastUsedAt` is refreshed at most this often per key and instance: never a write per call. */
export const lastUsedResolutionMs = 60_000;

export type ApiKeyCache = {
  lookUp(secret: string): Promise<ApiKeyIdentity | undefined>;
  /** Drops a key at once (on revocation), so this instance refuses it from the next call. */
  forget(apiKeyId: string): void;
};

/**
 * API key lookups answered from memory for a few seconds: every API call authenticates, and a
 * key's project and role never change. Only keys that exist are kept (a flood of wrong keys cannot
 * grow it), so a key revoked elsewhere stops working here within `ttlMs`; an expiry is checked on
 * every call.
 */
export function cachedApiKeyLookup(deps: Deps, ttlMs = 5_000, maxEntries = 10_000): ApiKeyCache {
  const entries = new Map<string, { key: ApiKeyIdentity; until: number }>();
  // Bumped by every `forget`: a lookup that read the key before a revocation committed must not
  // put it back into memory after the revocation dropped it.
  let forgotten = 0;
  const touch = async (key: ApiKeyIdentity, now: number) => {
    if (key.lastUsedAt !== null && now - key.lastUsedAt < lastUsedResolutionMs) return;
    key.lastUsedAt = now;
    try {
      await deps.db
        .updateTable("api_keys")
        .set({ last_used_at: now })
        .where("id", "=", key.id)
        .where((eb) =>
          eb.or([
            eb("last_used_at", "is", null),
            eb("last_used_at", "<=", now - lastUsedResolutionMs),
          ]),
        )
        .execute();
    } catch (error) {
      // A missed refresh of lastUsedAt must never fail the call it describes.
      deps.logger.warn({ err: error, apiKey: key.id }, "could not record when a key was used");
    }
  };
  return {
    async lookUp(secret) {
      const now = deps.clock.now();
      const cached = entries.get(secret);
      let key = cached && cached.until > now ? cached.key : undefined;
      if (!key) {
        const forgottenBefore = forgotten;
        key = await findApiKey(deps.db, secret, now);
        if (!key) {
          entries.delete(secret);
          return undefined;
        }
        if (entries.size >= maxEntries) entries.clear();
        if (forgotten === forgottenBefore) entries.set(secret, { key, until: now + ttlMs });
      }
      if (key.expiresAt !== null && key.expiresAt <= now) {
        entries.delete(secret);
        return undefined;
      }
      await touch(key, now);
      return key;
    },
    forget(apiKeyId) {
      forgotten += 1;
      for (const [secret, entry] of entries) {
        if (entry.key.id === apiKeyId) entries.delete(secret);
      }
    },
  };
}

/** One key cache per composed application, shared by every route that authenticates. */
const caches = new WeakMap<Deps, ApiKeyCache>();

export function apiKeyCache(deps: Deps): ApiKeyCache {
  let cache = caches.get(deps);
  if (!cache) {
    cache = cachedApiKeyLookup(deps);
    caches.set(deps, cache);
  }
  return cache;
}
