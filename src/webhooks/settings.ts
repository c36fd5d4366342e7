import type { Deps } from "../services/deps.js";
import {
  type AddressPolicy,
  createAddressPolicy,
  parseAllowList,
  type Resolver,
  systemResolver,
} from "./address-policy.js";

/** How webhooks are sent; from the environment in production, chosen by tests. */
export type WebhookSettings = {
  /** CIDRs a webhook may reach although they are not public (WEBHOOK_ALLOW_PRIVATE). */
  allowPrivate: string[];
  /** Host name resolution; the system's unless a test controls it. */
  resolve?: Resolver;
  /** How long one delivery may take, answer included (W2: 15 seconds). */
  timeoutMs?: number;
  /** Deliveries to one endpoint under way at once in a process (endpoint-slots.ts). */
  maxInFlightPerEndpoint?: number;
};

export const defaultWebhookTimeoutMs = 15_000;
export const defaultMaxInFlightPerEndpoint = 16;

/** Reads WEBHOOK_ALLOW_PRIVATE; throws ConfigError for a malformed list, naming the variable. */
export function webhookSettings(env: NodeJS.ProcessEnv): WebhookSettings {
  const allowPrivate = (env.WEBHOOK_ALLOW_PRIVATE ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  parseAllowList(allowPrivate);
  return { allowPrivate };
}

const policies = new WeakMap<WebhookSettings, AddressPolicy>();
const strict: WebhookSettings = { allowPrivate: [] };

export function settingsOf(deps: Deps): WebhookSettings {
  return deps.webhooks ?? strict;
}

/** The address policy of the composed application, built once per settings. */
export function addressPolicyOf(deps: Deps): AddressPolicy {
  const settings = settingsOf(deps);
  let policy = policies.get(settings);
  if (!policy) {
    policy = createAddressPolicy(settings.allowPrivate, settings.resolve ?? systemResolver);
    policies.set(settings, policy);
  }
  return policy;
}
