import { parseArgs } from "node:util";
import { ConfigError } from "./config.js";
import { keptChannels } from "./delivery/outbox.js";
import { deliverySettings } from "./delivery/settings.js";
import { openRuntime, startBackgroundWork } from "./runtime.js";
import { seedDemo } from "./seed.js";
import {
  addMember,
  addMembership,
  createMember,
  isMemberRole,
  isRole,
  memberRoles,
  roles,
} from "./services/access.js";
import { apiKeyView, createApiKey, revokeApiKey } from "./services/api-keys.js";
import { verifyAuditChain } from "./services/audit-chain.js";
import { systemActor } from "./services/deps.js";
import { createOrganization, createProject, getProject } from "./services/projects.js";
import { demoBlock } from "./startup-banner.js";

const usage = `Usage: assent <command> [options]

Commands:
  migrate                                    bring the database schema up to date
  seed-demo                                  add the demo organization, project, logins and key
  create-project --name N                    create an organization and a project
  create-member --project P --email E --role owner|support|viewer [--password PW]
                                             add a person; a new one gets a password (shown
                                             once), an existing one keeps theirs
  create-api-key --project P [--name N] [--role owner|support|viewer|simSwapCheck]
                 [--expires-at ISO-8601]     create an API key, role support unless told
                                             (the secret is shown once)
  revoke-api-key --project P --key key_...   revoke an API key
  worker                                     run the outbox workers and the expiry sweeper only
  verify-audit --project P                   recompute the project's audit hash chain; exits 3
                                             naming the first event that does not match

Every command accepts --json and then prints one JSON object.
Settings come from the environment: DATABASE_URL (default sqlite:./data/assent.db), APP_SECRET, ...`;

class UsageError extends Error {}

function required(values: Record<string, unknown>, name: string): string {
  const value = values[name];
  if (typeof value !== "string" || value === "") throw new UsageError(`--${name} is required`);
  return value;
}

async function run(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  const { values } = parseArgs({
    args: rest,
    options: {
      json: { type: "boolean", default: false },
      name: { type: "string" },
      project: { type: "string" },
      email: { type: "string" },
      role: { type: "string" },
      password: { type: "string" },
      key: { type: "string" },
      "expires-at": { type: "string" },
    },
    strict: true,
  });
  if (!command || command === "help" || command === "--help") {
    console.log(usage);
    return;
  }
  const known = [
    "migrate",
    "seed-demo",
    "create-project",
    "create-member",
    "create-api-key",
    "revoke-api-key",
    "worker",
    "verify-audit",
  ];
  if (!known.includes(command)) throw new UsageError(`unknown command "${command}"`);

  const runtime = await openRuntime();
  const { deps } = runtime;
  const print = (result: Record<string, unknown>, text: string) =>
    console.log(values.json ? JSON.stringify(result) : text);
  try {
    switch (command) {
      case "migrate":
        print({ migrated: true }, "The database is up to date.");
        break;
      case "seed-demo": {
        const demo = await seedDemo(deps);
        const kept = keptChannels(deliverySettings(runtime.config.env));
        const block = demoBlock({ dashboardUrl: runtime.config.publicUrl, demo, kept });
        print(demo, ["Demo data seeded:", "", ...block].join("\n"));
        break;
      }
      case "create-project": {
        const name = required(values, "name");
        const organizationId = await createOrganization(deps, name);
        const project = await createProject(deps, organizationId, { name });
        print({ organizationId, projectId: project.id }, `Project ${project.id} created.`);
        break;
      }
      case "create-member": {
        const projectId = required(values, "project");
        const email = required(values, "email");
        const role = required(values, "role");
        if (!isMemberRole(role)) {
          throw new UsageError(`--role must be one of ${memberRoles.join(", ")}`);
        }
        await getProject(deps.db, projectId);
        let memberId: string;
        let password: string | null;
        if (values.password !== undefined) {
          // A password given for an email that has a login already is refused, not ignored.
          memberId = await createMember(deps, { email, password: values.password });
          await addMembership(deps, systemActor, projectId, memberId, role);
          password = null;
        } else {
          const added = await addMember(deps, systemActor, projectId, { email, role });
          memberId = added.member.id;
          password = added.password;
        }
        const login =
          password !== null
            ? ` Password (shown once): ${password}`
            : values.password === undefined
              ? " They already had a login; their password is unchanged."
              : "";
        print(
          { memberId, projectId, email, role, ...(password !== null ? { password } : {}) },
          `Member ${email} is ${role} of ${projectId}.${login}`,
        );
        break;
      }
      case "create-api-key": {
        const projectId = required(values, "project");
        const role = values.role ?? "support";
        if (!isRole(role)) throw new UsageError(`--role must be one of ${roles.join(", ")}`);
        const expiresAtText = values["expires-at"];
        const expiresAt = expiresAtText === undefined ? undefined : Date.parse(expiresAtText);
        if (expiresAt !== undefined && Number.isNaN(expiresAt)) {
          throw new UsageError("--expires-at must be an ISO 8601 time, e.g. 2027-01-31T00:00:00Z");
        }
        await getProject(deps.db, projectId);
        const key = await createApiKey(deps, systemActor, projectId, {
          name: values.name ?? "cli",
          role,
          expiresAt,
        });
        print(
          { apiKeyId: key.id, projectId, role, apiKey: key.secret },
          `API key ${key.id} (${role}) for ${projectId} (shown once): ${key.secret}`,
        );
        break;
      }
      case "revoke-api-key": {
        const projectId = required(values, "project");
        const keyId = required(values, "key");
        const revoked = apiKeyView(await revokeApiKey(deps, systemActor, projectId, keyId));
        print(revoked, `API key ${revoked.id} of ${projectId} revoked at ${revoked.revokedAt}.`);
        break;
      }
      case "verify-audit": {
        const projectId = required(values, "project");
        await getProject(deps.db, projectId);
        const report = await verifyAuditChain(deps.db, projectId);
        const bad = report.firstBadEvent;
        print(
          report,
          bad === null
            ? `The audit log of ${projectId} verifies: ${report.checkedEvents} sealed events (${report.unsealedEvents} waiting to be sealed).`
            : `The audit log of ${projectId} does not verify at ${bad.id ?? `place ${bad.seq}`}: ${bad.reason}.`,
        );
        if (!report.valid) process.exitCode = 3;
        break;
      }
      case "worker": {
        const background = startBackgroundWork(deps, runtime.config.env);
        deps.logger.info("workers running; stop with SIGTERM");
        await new Promise<void>((resolve) => {
          process.once("SIGTERM", resolve);
          process.once("SIGINT", resolve);
        });
        await background.stop();
        break;
      }
    }
  } finally {
    await runtime.close();
  }
}

run(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError || error instanceof ConfigError) {
    console.error(`assent: ${error.message}\n\n${usage}`);
    process.exit(2);
  }
  console.error(`assent: ${(error as Error).message}`);
  process.exit(1);
});
