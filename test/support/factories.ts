import { pino } from "pino";
import { type ManualClock, manualClock } from "../../src/clock.js";
import type { DatabaseHandle } from "../../src/db/database.js";
import type { ConsentSettings } from "../../src/domain/consent-rules.js";
import { luhnCheckDigit } from "../../src/domain/formats.js";
import { createSealer } from "../../src/secrets.js";
import {
  addMembership,
  createApiKey,
  createMember,
  type MemberRole,
  type Role,
} from "../../src/services/access.js";
import type { Deps, RequestingActor } from "../../src/services/deps.js";
import { createSim, createSubscription, createUser } from "../../src/services/inventory.js";
import { createPasswordHasher } from "../../src/services/passwords.js";
import {
  createOrganization,
  createProject,
  type ProjectSettings,
} from "../../src/services/projects.js";

export type TestDeps = Deps & { clock: ManualClock };

/**
 * Tests hash member passwords at a small scrypt cost (N=2^10) to stay fast; production uses
 * OWASP's (N=2^17). A hash of one cost still verifies under the other, and is then re-hashed.
 */
export const cheapScrypt = { logN: 10, r: 8, p: 1 };
export const testPasswordHasher = createPasswordHasher({ params: cheapScrypt, concurrency: 4 });

export const testAppSecret = "test-secret-test-secret-test-secret-0123";

export function testDeps(handle: DatabaseHandle, overrides: Partial<Deps> = {}): TestDeps {
  return {
    db: handle.db,
    dbKind: handle.kind,
    clock: manualClock(),
    sealer: createSealer(testAppSecret),
    logger: pino({ level: "silent" }),
    publicUrl: "http://assent.test",
    // Tests receive webhooks on loopback, as WEBHOOK_ALLOW_PRIVATE=127.0.0.0/8 allows (W5).
    webhooks: { allowPrivate: ["127.0.0.0/8"] },
    passwords: testPasswordHasher,
    ...overrides,
  } as TestDeps;
}

let counter = 0;
function unique(): number {
  counter += 1;
  return counter;
}

/** A valid ICCID that no other test uses. */
export function testIccid(): string {
  const payload = `8901${String(Date.now() % 1e6).padStart(6, "0")}${String(unique()).padStart(7, "0")}`;
  return `${payload}${luhnCheckDigit(payload)}`;
}

export function testPhoneNumber(): string {
  return `+1555${String(unique()).padStart(7, "0")}`;
}

export const defaultConsent: ConsentSettings = {
  deliveryMethods: ["email", "sms"],
  linkTtlSeconds: 10800,
  whenUnavailable: "performDirectly",
};

export type TestProject = {
  projectId: string;
  apiKey: string;
  actor: RequestingActor;
};

/** A Connect project with consent by email and SMS, providers p7 and p9, and an owner API key. */
export async function makeProject(
  deps: Deps,
  settings: Partial<ProjectSettings> = {},
): Promise<TestProject> {
  const org = await createOrganization(deps, "Test org");
  const project = await createProject(deps, org, {
    name: "Acme Mobile",
    providers: ["p7", "p9"],
    emailEnabled: true,
    smsEnabled: true,
    consent: defaultConsent,
    ...settings,
  });
  const key = await createApiKey(deps, { type: "system", id: null }, project.id, {
    name: "test owner",
    role: "owner",
  });
  return { projectId: project.id, apiKey: key.secret, actor: { type: "apiKey", id: key.id } };
}

export async function makeMember(
  deps: Deps,
  projectId: string,
  role: MemberRole,
): Promise<{ memberId: string; email: string; password: string }> {
  const email = `member${unique()}@example.com`;
  const password = "correct horse battery staple";
  const memberId = await createMember(deps, { email, password });
  await addMembership(deps, { type: "system", id: null }, projectId, memberId, role);
  return { memberId, email, password };
}

/** An API key of `role` in the project, made as an owner would through the API. */
export async function makeApiKey(
  deps: Deps,
  projectId: string,
  role: Role,
  options: { expiresAt?: number } = {},
): Promise<{ id: string; secret: string }> {
  const key = await createApiKey(deps, { type: "system", id: null }, projectId, {
    name: `test ${role}`,
    role,
    expiresAt: options.expiresAt,
  });
  return { id: key.id, secret: key.secret };
}

export async function makeSim(
  deps: Deps,
  project: TestProject,
  overrides: { provider?: string; type?: "eSIM" | "pSIM" } = {},
) {
  return createSim(deps, project.actor, project.projectId, {
    iccid: testIccid(),
    type: overrides.type ?? "pSIM",
    provider: overrides.provider ?? "p7",
  });
}

/** An active line of a user with an email, on provider p7 unless told otherwise. */
export async function makeSubscription(
  deps: Deps,
  project: TestProject,
  overrides: { email?: string | null; provider?: string; locale?: string } = {},
) {
  const provider = overrides.provider ?? "p7";
  const user = await createUser(deps, project.actor, project.projectId, {
    fullName: "Jane Doe",
    email: overrides.email === undefined ? `jane${unique()}@example.com` : overrides.email,
    preferredLocale: overrides.locale ?? "en",
  });
  const sim = await makeSim(deps, project, { provider });
  const subscription = await createSubscription(deps, project.actor, project.projectId, {
    user: user.id,
    phoneNumber: testPhoneNumber(),
    provider,
    sim: sim.id,
  });
  return { user, sim, subscription };
}
