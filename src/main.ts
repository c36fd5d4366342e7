import { ConfigError } from "./config.js";
import { buildServer, openRuntime, startBackgroundWork } from "./runtime.js";
import { seedDemoIfEmpty } from "./seed.js";

/** `npm start`: one process serves the API, the review page and the Outbox, and runs workers. */
async function main(): Promise<void> {
  const runtime = await openRuntime();
  const { deps, config } = runtime;
  const demo = await seedDemoIfEmpty(deps);
  const app = await buildServer(runtime);
  const background = startBackgroundWork(deps, config.env);
  await app.listen({ port: config.port, host: config.host });
  deps.logger.info(`Assent is listening on ${config.publicUrl}`);
  if (demo) {
    deps.logger.info(
      `Demo data seeded. Log in as ${demo.ownerEmail} / ${demo.ownerPassword} (also ${demo.supportEmail} and ${demo.viewerEmail}, same password). ` +
        `API key for project ${demo.projectId}: ${demo.apiKey}. Messages appear at ${config.publicUrl}/outbox (log in there as owner or support).`,
    );
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    deps.logger.info({ signal }, "shutting down");
    const force = setTimeout(() => process.exit(1), 20_000);
    force.unref();
    await app.close();
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
