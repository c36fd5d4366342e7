import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { databaseKind, defaultDatabaseUrl } from "./db/database.js";

export type Config = {
  port: number;
  host: string;
  publicUrl: string;
  databaseUrl: string;
  appSecret: string;
  env: NodeJS.ProcessEnv;
};

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
    env,
  };
}
