import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { isIP } from "node:net";
import { dirname, join } from "node:path";
import { databaseKind, defaultDatabaseUrl } from "./db/database.js";

export type Config = {
  port: number;
  host: string;
  publicUrl: string;
  databaseUrl: string;
  appSecret: string;
  /** The secret before the last rotation: what it sealed still opens (T7). */
  appSecretPrevious: string | null;
  /** Which proxies may name the client's address in X-Forwarded-For (T6). */
  trustProxy: TrustProxy;
  /** When set, /metrics answers only to `Authorization: Bearer <token>` (T7). */
  metricsToken: string | null;
  /** SIM swap questions one API key may ask per minute (S3); null for the default. */
  simSwapRateLimit: number | null;
  env: NodeJS.ProcessEnv;
};

/**
 * Fastify's `trustProxy`: false (the socket's peer is the client), a number of proxy hops in
 * front of the server, or the addresses and CIDR ranges of the proxies.
 */
export type TrustProxy = false | number | string[];

export class ConfigError extends Error {
  override name = "ConfigError";
}

function parsePort(value: string | undefined): number {
  if (value === undefined || value === "") return 3000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a port number (got "${value}")`);
  }
  return port;
}

function parsePublicUrl(value: string | undefined, port: number): string {
  const url = value && value !== "" ? value : `http://localhost:${port}`;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") throw new Error();
  } catch {
    throw new ConfigError(`PUBLIC_URL must be an http(s) URL (got "${url}")`);
  }
  return url.replace(/\/+$/, "");
}

/**
 * The key that seals link tokens between a request and its delivery. On PostgreSQL every instance
 * must share it, so APP_SECRET is required there; the embedded SQLite default keeps one beside the
 * database file.
 */
function resolveAppSecret(env: NodeJS.ProcessEnv, databaseUrl: string): string {
  if (env.APP_SECRET) {
    if (env.APP_SECRET.length < 32)
      throw new ConfigError("APP_SECRET must be at least 32 characters");
    return env.APP_SECRET;
  }
  if (databaseKind(databaseUrl) === "postgres") {
    throw new ConfigError("APP_SECRET must be set when DATABASE_URL is PostgreSQL");
  }
  const path = databaseUrl.slice("sqlite:".length);
  if (path === ":memory:") return randomBytes(32).toString("base64url");
  const file = join(dirname(path), "app-secret");
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

function parseAppSecretPrevious(env: NodeJS.ProcessEnv): string | null {
  const value = env.APP_SECRET_PREVIOUS;
  if (value === undefined || value === "") return null;
  if (!env.APP_SECRET) throw new ConfigError("APP_SECRET_PREVIOUS needs APP_SECRET to be set");
  if (value.length < 32)
    throw new ConfigError("APP_SECRET_PREVIOUS must be at least 32 characters");
  return value;
}

/** Names proxy-addr accepts for well-known ranges, besides addresses and CIDRs. */
const proxyRangeNames = new Set(["loopback", "linklocal", "uniquelocal"]);

function isProxyAddress(entry: string): boolean {
  if (proxyRangeNames.has(entry)) return true;
  const [address = "", prefix, ...rest] = entry.split("/");
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d+$/.test(prefix) && bits <= (family === 4 ? 32 : 128);
}

/**
 * TRUST_PROXY: a hop count, or a comma-separated list of proxy addresses or CIDR ranges. Unset,
 * X-Forwarded-For is ignored, since any client can write it. "Trust every hop" is refused: it
 * would let any client choose the address its limits are counted by.
 */
function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = value?.trim() ?? "";
  if (text === "" || text === "0" || text === "false") return false;
  if (/^\d+$/.test(text)) return Number(text);
  const entries = text.split(",").map((entry) => entry.trim());
  const wrong = entries.find((entry) => !isProxyAddress(entry));
  if (wrong !== undefined) {
    throw new ConfigError(
      `TRUST_PROXY must be a number of proxy hops or a comma-separated list of proxy addresses or CIDR ranges such as 10.0.0.0/8 (got "${wrong}")`,
    );
  }
  return entries;
}

function parseSimSwapRateLimit(value: string | undefined): number | null {
  if (value === undefined || value === "") return null;
  if (!/^\d+$/.test(value) || Number(value) < 1) {
    throw new ConfigError(
      `SIM_SWAP_RATE_LIMIT must be a whole number of questions per minute, at least 1 (got "${value}")`,
    );
  }
  return Number(value);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = parsePort(env.PORT);
  const databaseUrl =
    env.DATABASE_URL && env.DATABASE_URL !== "" ? env.DATABASE_URL : defaultDatabaseUrl;
  try {
    databaseKind(databaseUrl);
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
  return {
    port,
    host: env.HOST ?? "127.0.0.1",
    publicUrl: parsePublicUrl(env.PUBLIC_URL, port),
    databaseUrl,
    appSecret: resolveAppSecret(env, databaseUrl),
    appSecretPrevious: parseAppSecretPrevious(env),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    metricsToken: env.METRICS_TOKEN && env.METRICS_TOKEN !== "" ? env.METRICS_TOKEN : null,
    simSwapRateLimit: parseSimSwapRateLimit(env.SIM_SWAP_RATE_LIMIT),
    env,
  };
}
