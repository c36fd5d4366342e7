import { randomBytes } from "node:crypto";
import { sql } from "kysely";
import type { Db, Tx } from "./db/database.js";
import { defaultDatabaseUrl } from "./db/database.js";
import { luhnCheckDigit } from "./domain/formats.js";
import { AppError } from "./errors.js";
import { randomDigits } from "./secrets.js";
import { addMembership, createApiKey, createMember } from "./services/access.js";
import { type Deps, systemActor } from "./services/deps.js";
import { createSim, createSubscription, createUser } from "./services/inventory.js";
import { createOrganization, createProject } from "./services/projects.js";

export type DemoSeed = {
  organizationId: string;
  projectId: string;
  projectName: string;
  /** An owner key (T3): the demo's integrator can do everything, the Outbox included. */
  apiKey: string;
  ownerEmail: string;
  supportEmail: string;
  viewerEmail: string;
  /** The one password of the three demo logins. */
  ownerPassword: string;
};

export const demoLogins = {
  owner: "owner@demo.test",
  support: "support@demo.test",
  viewer: "viewer@demo.test",
} as const;

function demoIccid(): string {
  const payload = `8901${randomDigits(14)}`;
  return `${payload}${luhnCheckDigit(payload)}`;
}

/**
 * Deps whose use cases all run in `tx`: a use case's own `transaction().execute` joins it. The
 * demo is many use cases, and it must be written whole or not at all.
 */
function joining(deps: Deps, tx: Tx): Deps {
  const db = new Proxy(tx, {
    get(target, property) {
      if (property === "transaction") {
        const joined = { execute: <T>(work: (t: Tx) => Promise<T>) => work(target) };
        return () => ({ ...joined, setIsolationLevel: () => joined });
      }
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  }) as unknown as Db;
  return { ...deps, db };
}

/**
 * Holds the demo seed's lock for the rest of the transaction: two instances starting together
 * on one empty PostgreSQL database seed one after the other, and the second finds data. SQLite
 * needs nothing more: its write transactions begin by taking the write lock (begin immediate).
 */
async function lockDemoSeed(deps: Deps, tx: Tx): Promise<void> {
  if (deps.dbKind === "postgres") {
    await sql`select pg_advisory_xact_lock(hashtext('assent:demo-seed'))`.execute(tx);
  }
}

async function writeDemo(deps: Deps): Promise<DemoSeed> {
  const taken = await deps.db
    .selectFrom("members")
    .select("email")
    .where("email", "in", Object.values(demoLogins))
    .executeTakeFirst();
  if (taken) {
    // Their password is not the one this seed would print; saying otherwise would lock people out.
    throw new AppError(
      "memberExists",
      `The demo login ${taken.email} exists already: this database has been seeded. Its password is unchanged.`,
    );
  }
  const organizationId = await createOrganization(deps, "Demo Mobile Group");
  // The channels this server can send by (T2); on the embedded default, both, to the Outbox.
  const channels = deps.deliveryChannels ?? (["email", "sms"] as const);
  const project = await createProject(deps, organizationId, {
    name: "Acme Mobile",
    providers: ["p7", "p9"],
    emailEnabled: channels.includes("email"),
    smsEnabled: channels.includes("sms"),
    consent: {
      deliveryMethods: channels.length > 0 ? [...channels] : ["email", "sms"],
      linkTtlSeconds: 10800,
      whenUnavailable: "performDirectly",
    },
  });
  const projectId = project.id;
  const password = randomBytes(9).toString("base64url");
  for (const [role, email] of Object.entries(demoLogins) as [keyof typeof demoLogins, string][]) {
    const memberId = await createMember(deps, { email, fullName: `Demo ${role}`, password });
    await addMembership(deps, systemActor, projectId, memberId, role);
  }
  const apiKey = await createApiKey(deps, systemActor, projectId, { name: "demo", role: "owner" });

  for (const provider of ["p7", "p9"]) {
    for (const type of ["eSIM", "pSIM", "pSIM"] as const) {
      await createSim(deps, systemActor, projectId, { iccid: demoIccid(), type, provider });
    }
  }
  const people = [
    {
      fullName: "Jane Cooper",
      email: "jane.cooper@example.com",
      preferredLocale: "en",
      phone: "+15550100123",
      provider: "p7",
    },
    {
      fullName: "Lucía Fernández",
      email: "lucia@example.com",
      preferredLocale: "es",
      phone: "+34600100200",
      provider: "p9",
    },
    {
      fullName: "Jonas Weber",
      email: "jonas.weber@example.com",
      preferredLocale: "de",
      phone: "+4915100100300",
      provider: "p7",
    },
    {
      fullName: "Sam Taylor",
      email: null,
      preferredLocale: "en",
      phone: "+15550100456",
      provider: "p9",
    },
  ];
  for (const person of people) {
    const user = await createUser(deps, systemActor, projectId, person);
    const sim = await createSim(deps, systemActor, projectId, {
      iccid: demoIccid(),
      type: "pSIM",
      provider: person.provider,
    });
    await createSubscription(deps, systemActor, projectId, {
      user: user.id,
      phoneNumber: person.phone,
      provider: person.provider,
      sim: sim.id,
      plan: "Unlimited 5G",
    });
  }
  return {
    organizationId,
    projectId,
    projectName: project.name,
    apiKey: apiKey.secret,
    ownerEmail: demoLogins.owner,
    supportEmail: demoLogins.support,
    viewerEmail: demoLogins.viewer,
    ownerPassword: password,
  };
}

/**
 * The demo of SPEC §8: a Connect project with consent by email (and SMS), two providers, users
 * (one without an email), lines, available SIMs of both providers, three logins and an owner API
 * key. Written in one transaction: a crash midway leaves nothing. A database that already has
 * the demo logins is refused rather than given a password that would not work.
 */
export async function seedDemo(deps: Deps): Promise<DemoSeed> {
  return deps.db.transaction().execute(async (tx) => {
    await lockDemoSeed(deps, tx);
    return writeDemo(joining(deps, tx));
  });
}

/**
 * Seeds the demo on an empty database only, in one transaction under the seed's lock, so that
 * of several instances starting on one empty database exactly one seeds. Returns undefined when
 * there was data.
 */
export async function seedDemoIfEmpty(deps: Deps): Promise<DemoSeed | undefined> {
  return deps.db.transaction().execute(async (tx) => {
    await lockDemoSeed(deps, tx);
    const any = await tx.selectFrom("organizations").select("id").limit(1).executeTakeFirst();
    return any ? undefined : writeDemo(joining(deps, tx));
  });
}

/**
 * T8: the demo is seeded on the embedded default (the SQLite file of a fresh checkout), or when
 * SEED_DEMO=1 asks for it; never silently on PostgreSQL or another database. SEED_DEMO=0 turns
 * it off on the default too.
 */
export function wantsDemoSeed(env: NodeJS.ProcessEnv, databaseUrl: string): boolean {
  const asked = env.SEED_DEMO?.trim();
  if (asked === "1") return true;
  if (asked === "0") return false;
  return databaseUrl === defaultDatabaseUrl;
}
