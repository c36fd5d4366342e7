import type { InjectOptions, LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll } from "vitest";
import { loadConfig } from "../../../src/config.js";
import type { App } from "../../../src/http/app.js";
import { csrfHeader, sessionCookie } from "../../../src/http/auth.js";
import { buildServer } from "../../../src/runtime.js";
import { freshDatabase, type TestDatabaseKind } from "../../support/databases.js";
import { type TestDeps, testAppSecret, testDeps } from "../../support/factories.js";

/**
 * The API as production serves it (the same plugins as `buildServer`), on a fresh database with
 * a clock the tests move. Calls go through `app.inject`, never a socket.
 */
export type Api = { deps: TestDeps; app: App; kind: TestDatabaseKind };

/**
 * The server `buildServer` makes for `deps`, configured as production would be for the database
 * at `databaseUrl`, ready for `inject`. `close` is what closing the server closes besides.
 */
export async function serverFor(
  deps: TestDeps,
  databaseUrl: string,
  close: () => Promise<void> = async () => {},
): Promise<App> {
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    APP_SECRET: testAppSecret,
    PUBLIC_URL: deps.publicUrl,
  });
  const app = await buildServer({ config, deps, close });
  await app.ready();
  return app;
}

export async function startApi(
  kind: TestDatabaseKind,
  overrides: Partial<Pick<TestDeps, "publicUrl" | "logger" | "passwords">> = {},
): Promise<Api & { close(): Promise<void> }> {
  const handle = await freshDatabase(kind);
  const deps = testDeps(handle, overrides);
  const app = await serverFor(deps, handle.url, () => handle.close());
  return {
    deps,
    app,
    kind,
    close: async () => {
      await app.close();
      await handle.close();
    },
  };
}

/** One `Api` per suite: started before its tests, closed after them. */
export function useApi(kind: TestDatabaseKind): () => Api {
  let api: (Api & { close(): Promise<void> }) | undefined;
  beforeAll(async () => {
    api = await startApi(kind);
  });
  afterAll(async () => api?.close());
  return () => {
    if (!api) throw new Error("the API is not started yet");
    return api;
  };
}

/** How a call authenticates: an API key, a dashboard session (with or without its CSRF value). */
export type Credential =
  | { apiKey: string }
  | { session: string; csrf?: string | undefined }
  | { authorization: string }
  | Record<string, never>;

export type Call = {
  method: InjectOptions["method"];
  url: string;
  as?: Credential;
  payload?: unknown;
  query?: Record<string, string>;
  headers?: Record<string, string>;
};

export function call(api: Api, request: Call): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = { ...request.headers };
  const as = request.as ?? {};
  let cookies: Record<string, string> | undefined;
  if ("apiKey" in as) headers.authorization = `Bearer ${as.apiKey}`;
  if ("authorization" in as) headers.authorization = as.authorization;
  if ("session" in as) {
    cookies = { [sessionCookie]: as.session };
    if (as.csrf !== undefined) headers[csrfHeader] = as.csrf;
  }
  return api.app.inject({
    method: request.method,
    url: request.url,
    headers,
    ...(cookies ? { cookies } : {}),
    ...(request.query ? { query: request.query } : {}),
    ...(request.payload !== undefined ? { payload: request.payload as string | object } : {}),
  });
}
