import { systemClock } from "./clock.js";
import { type Config, loadConfig } from "./config.js";
import { openDatabase } from "./db/database.js";
import { migrateToLatest } from "./db/migrations.js";
import { availableChannels } from "./delivery/channels.js";
import { outboxRoutes } from "./delivery/outbox-page.js";
import { deliverySettings } from "./delivery/settings.js";
import { type App, buildApp } from "./http/app.js";
import { dashboardRoutes } from "./http/dashboard.js";
import { startBackgroundWork } from "./jobs/background.js";
import { createLogger } from "./logger.js";
import { reviewRoutes } from "./review/routes.js";
import { createSealer } from "./secrets.js";
import type { Deps } from "./services/deps.js";
import { webhookSettings } from "./webhooks/settings.js";

/** The composition root: configuration in, a database, the HTTP app and the workers out. */
export type Runtime = { config: Config; deps: Deps; close(): Promise<void> };

export async function openRuntime(env: NodeJS.ProcessEnv = process.env): Promise<Runtime> {
  const config = loadConfig(env);
  const logger = createLogger();
  const handle = openDatabase(config.databaseUrl, undefined, {
    onConnectionError: (err) =>
      logger.warn({ err }, "database connection lost; the pool opens another"),
  });
  await migrateToLatest(handle.db as never);
  const deps: Deps = {
    db: handle.db,
    dbKind: handle.kind,
    clock: systemClock,
    sealer: createSealer(config.appSecret, config.appSecretPrevious),
    logger,
    publicUrl: config.publicUrl,
    deliveryChannels: availableChannels(deliverySettings(env)),
    webhooks: webhookSettings(env),
  };
  return { config, deps, close: () => handle.close() };
}

export function buildServer(runtime: Runtime): Promise<App> {
  return buildApp(runtime.deps, {
    trustProxy: runtime.config.trustProxy,
    metricsToken: runtime.config.metricsToken,
    ...(runtime.config.simSwapRateLimit === null
      ? {}
      : { simSwap: { rateLimit: { limit: runtime.config.simSwapRateLimit, windowMs: 60_000 } } }),
    plugins: [
      reviewRoutes(runtime.deps),
      outboxRoutes(runtime.deps, runtime.config.env),
      dashboardRoutes(),
    ],
  });
}

export { startBackgroundWork };
