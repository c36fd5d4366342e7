import { randomBytes } from "node:crypto";
import { luhnCheckDigit } from "./domain/formats.js";
import { randomDigits } from "./secrets.js";
import { addMembership, createApiKey, createMember } from "./services/access.js";
import { type Deps, systemActor } from "./services/deps.js";
import { createSim, createSubscription, createUser } from "./services/inventory.js";
import { createOrganization, createProject } from "./services/projects.js";

export type DemoSeed = {
  organizationId: string;
  projectId: string;
  apiKey: string;
  ownerEmail: string;
  supportEmail: string;
  viewerEmail: string;
  ownerPassword: string;
};

function demoIccid(): string {
  const payload = `8901${randomDigits(14)}`;
  return `${payload}${luhnCheckDigit(payload)}`;
}

/**
 * The demo of SPEC §8: a Connect project with consent by email (and SMS), two providers, users
 * (one without an email), lines, available SIMs of both providers, three logins and an API key.
 */
export async function seedDemo(deps: Deps): Promise<DemoSeed> {
  const organizationId = await createOrganization(deps, "Demo Mobile Group");
  const project = await createProject(deps, organizationId, {
    name: "Acme Mobile",
    providers: ["p7", "p9"],
    emailEnabled: true,
    smsEnabled: true,
    consent: {
      deliveryMethods: ["email", "sms"],
      linkTtlSeconds: 10800,
      whenUnavailable: "performDirectly",
    },
  });
  const projectId = project.id;
  const password = randomBytes(9).toString("base64url");
  const logins = {
    owner: "owner@demo.test",
    support: "support@demo.test",
    viewer: "viewer@demo.test",
  } as const;
  for (const [role, email] of Object.entries(logins) as [keyof typeof logins, string][]) {
    const memberId = await createMember(deps, { email, fullName: `Demo ${role}`, password });
    await addMembership(deps, systemActor, projectId, memberId, role);
  }
  const apiKey = await createApiKey(deps, systemActor, projectId, "demo");

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
    apiKey: apiKey.secret,
    ownerEmail: logins.owner,
    supportEmail: logins.support,
    viewerEmail: logins.viewer,
    ownerPassword: password,
  };
}

/** Seeds the demo on an empty database only; returns undefined when there was data. */
export async function seedDemoIfEmpty(deps: Deps): Promise<DemoSeed | undefined> {
  const any = await deps.db.selectFrom("organizations").select("id").limit(1).executeTakeFirst();
  return any ? undefined : seedDemo(deps);
}
