import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Deps } from "../services/deps.js";

/** The Outbox (D7): messages kept instead of sent when no real transport is configured. */
export function outboxRoutes(_deps: Deps, _env: NodeJS.ProcessEnv): FastifyPluginAsyncZod {
  return async () => {};
}
