import type { Logger } from "pino";
import type { Clock } from "../clock.js";
import type { DatabaseKind, Db } from "../db/database.js";
import type { Sealer } from "../secrets.js";
import type { WebhookSettings } from "../webhooks/settings.js";
import type { PasswordHasher } from "./passwords.js";

/** What every use case needs, built once at the composition root (main.ts, cli.ts, tests). */
export type Deps = {
  db: Db;
  dbKind: DatabaseKind;
  clock: Clock;
  sealer: Sealer;
  logger: Logger;
  /** Base of the links users receive, e.g. https://consent.example.com */
  publicUrl: string;
  /** Member password hashing; OWASP's scrypt parameters when absent (tests pass cheaper ones). */
  passwords?: PasswordHasher;
  /**
   * The delivery methods this server has a transport for (T2): a real one, or the Outbox in the
   * demo. Absent means both (tests, benchmarks); the runtime always sets it from the environment.
   */
  deliveryChannels?: readonly ("email" | "sms")[];
  /** Webhook settings (W5); absent means public addresses only, over https. */
  webhooks?: WebhookSettings;
};

export type Actor =
  | { type: "member"; id: string }
  | { type: "apiKey"; id: string }
  | { type: "user"; id: string }
  | { type: "system"; id: null };

export const systemActor: Actor = { type: "system", id: null };

/** Who can ask for an action: a dashboard member or an integrator's API key. */
export type RequestingActor = Extract<Actor, { type: "member" | "apiKey" }>;
