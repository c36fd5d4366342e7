import type { AddressInfo } from "node:net";
import { ConfigError } from "./config.js";
import { keptChannels } from "./delivery/outbox.js";
import { deliverySettings } from "./delivery/settings.js";
import { buildServer, openRuntime, startBackgroundWork } from "./runtime.js";
import { seedDemoIfEmpty, wantsDemoSeed } from "./seed.js";
import { startupBanner } from "./startup-banner.js";

/** `npm start`: one process serves the API, the review page and the Outbox, and runs workers. */
async function main(): Promise<void> {
  const runtime = await openRuntime();
  const { deps, config } = runtime;
  const demo = wantsDemoSeed(config.env, config.databaseUrl)
    ? await seedDemoIfEmpty(deps)
    : undefined;
  const empty =
    demo === undefined &&
    !(await deps.db.selectFrom("organizations").select("id").limit(1).executeTakeFirst());
  const app = await buildServer(runtime);
  const background = startBackgroundWork(deps, config.env);
  await app.listen({ port: config.port, host: config.host });
  const { port } = app.server.address() as AddressInfo;
  const dashboardUrl = config.env.PUBLIC_URL ? config.publicUrl : `http://localhost:${port}`;
  deps.logger.info({ port }, "Assent is listening");
  const kept = keptChannels(deliverySettings(config.env));
  process.stdout.write(startupBanner({ dashboardUrl, demo, emptyWithoutDemo: empty, kept }));

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    deps.logger.info({ signal }, "shutting down");
    const force = setTimeout(() => process.exit(1), 20_000);
    force.unref();
    // Requests under way are answered; a keep-alive connection is closed once it falls idle
    // (close() alone closes only those idle at the time, and a client or proxy may keep the rest
    // open for a minute), so that the drain ends with the last answer.
    const closing = app.close();
    const idle = setInterval(() => app.server.closeIdleConnections(), 250);
    await closing.finally(() => clearInterval(idle));
    await background.stop();
    await runtime.close();
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`Configuration error: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
