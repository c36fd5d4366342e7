import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Deps } from "../services/deps.js";

/** The public review page at /consent/<token> (SPEC §3). */
export function reviewRoutes(_deps: Deps): FastifyPluginAsyncZod {
  return async () => {};
}
