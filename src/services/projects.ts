import { PostgresAdapter, type Selectable } from "kysely";
import { compiledOnce } from "../db/compiled.js";
import type { Executor } from "../db/database.js";
import type { ProjectsTable } from "../db/tables.js";
import { type ConsentSettings, defaultPortOutPinTtlSeconds } from "../domain/consent-rules.js";
import { invalid, notFound } from "../errors.js";
import { newId } from "../ids.js";
import { type Actor, type Deps, systemActor } from "./deps.js";
import { recordEvent } from "./events.js";
import { projectView } from "./views.js";

export type Project = Selectable<ProjectsTable>;

// Every use case reads its project: compiled once.
const projectById = compiledOnce((db, input: (name: "id") => never) =>
  db.selectFrom("projects").selectAll().where("id", "=", input("id")),
);

export async function getProject(db: Executor, projectId: string): Promise<Project> {
  const [row] = (await projectById(db, { id: projectId })).rows;
  if (!row) throw notFound("Project");
  return row;
}

export function projectProviders(project: Project): string[] {
  return JSON.parse(project.providers) as string[];
}

export function assertProvider(project: Project, provider: string, path = "provider"): void {
  if (!projectProviders(project).includes(provider)) {
    throw invalid(path, `provider ${provider} is not one of this project's providers`);
  }
}

export async function createOrganization(deps: Deps, name: string): Promise<string> {
  const now = deps.clock.now();
  const id = newId("organization", now);
  await deps.db.insertInto("organizations").values({ id, name, created_at: now }).execute();
  return id;
}

export type ProjectSettings = {
  name: string;
  providers: string[];
  emailEnabled: boolean;
  smsEnabled: boolean;
  consent: ConsentSettings | null;
  portOutPinTtlSeconds: number;
  /** F7: days personal data is kept, at least 30. */
  retentionDays: number;
};

export const defaultRetentionDays = 1095;
export const minRetentionDays = 30;

export async function createProject(
  deps: Deps,
  organizationId: string,
  settings: Partial<ProjectSettings> & { name: string },
  actor: Actor = systemActor,
): Promise<Project> {
  const now = deps.clock.now();
  const row: Project = {
    id: newId("project", now),
    organization_id: organizationId,
    name: settings.name,
    providers: JSON.stringify(settings.providers ?? ["p7", "p9"]),
    email_enabled: settings.emailEnabled === false ? 0 : 1,
    sms_enabled: settings.smsEnabled ? 1 : 0,
    consent:
      settings.consent === undefined || settings.consent === null
        ? null
        : JSON.stringify(settings.consent),
    port_out_pin_ttl_seconds: settings.portOutPinTtlSeconds ?? defaultPortOutPinTtlSeconds,
    created_at: now,
    retention_days: settings.retentionDays ?? defaultRetentionDays,
    redacted_through: null,
  };
  await deps.db.transaction().execute(async (tx) => {
    // An organization has no log of its own: its creation is recorded in its first project's.
    const firstOfOrganization = !(await tx
      .selectFrom("projects")
      .select("id")
      .where("organization_id", "=", organizationId)
      .limit(1)
      .executeTakeFirst());
    await tx.insertInto("projects").values(row).execute();
    if (firstOfOrganization) {
      const organization = await tx
        .selectFrom("organizations")
        .selectAll()
        .where("id", "=", organizationId)
        .executeTakeFirstOrThrow();
      await recordEvent(tx, {
        projectId: row.id,
        type: "organization.created",
        actor,
        subject: organizationId,
        data: { name: organization.name },
        time: Number(organization.created_at),
      });
    }
    await recordEvent(tx, {
      projectId: row.id,
      type: "project.created",
      actor,
      subject: row.id,
      data: { settings: settingsOf(projectView(row)) },
      time: now,
    });
  });
  return row;
}

/** The settings of a project as the API shows them, without its identity. */
function settingsOf(view: ReturnType<typeof projectView>): Record<string, unknown> {
  const {
    object: _object,
    id: _id,
    organization: _organization,
    createdAt: _createdAt,
    ...rest
  } = view;
  return rest;
}

/** The settings that differ, each with its value before and after (T9). */
function settingsChange(before: Project, after: Project) {
  const was = settingsOf(projectView(before));
  const is = settingsOf(projectView(after));
  const changed = Object.keys(is).filter(
    (key) => JSON.stringify(was[key]) !== JSON.stringify(is[key]),
  );
  return {
    changed,
    before: Object.fromEntries(changed.map((key) => [key, was[key] ?? null])),
    after: Object.fromEntries(changed.map((key) => [key, is[key] ?? null])),
  };
}

/**
 * A channel this server has no transport for cannot be enabled (T2): its messages would go
 * nowhere, or to the Outbox where support could read live links.
 */
function assertChannelsConfigured(deps: Deps, patch: Partial<ProjectSettings>): void {
  const channels = deps.deliveryChannels;
  if (channels === undefined) return;
  if (patch.emailEnabled === true && !channels.includes("email")) {
    throw invalid("emailEnabled", "no mail server is configured on this server (SMTP_URL)");
  }
  if (patch.smsEnabled === true && !channels.includes("sms")) {
    throw invalid("smsEnabled", "no SMS gateway is configured on this server (SMS_URL, SMS_*)");
  }
}

export async function updateProjectSettings(
  deps: Deps,
  actor: Actor,
  projectId: string,
  patch: Partial<ProjectSettings>,
): Promise<Project> {
  assertChannelsConfigured(deps, patch);
  return deps.db.transaction().execute(async (tx) => {
    const now = deps.clock.now();
    const before = await tx
      .selectFrom("projects")
      .selectAll()
      .where("id", "=", projectId)
      .$if(tx.getExecutor().adapter instanceof PostgresAdapter, (q) => q.forUpdate())
      .executeTakeFirst();
    if (!before) throw notFound("Project");
    const values: Partial<Project> = {};
    if (patch.name !== undefined) values.name = patch.name;
    if (patch.providers !== undefined) values.providers = JSON.stringify(patch.providers);
    if (patch.emailEnabled !== undefined) values.email_enabled = patch.emailEnabled ? 1 : 0;
    if (patch.smsEnabled !== undefined) values.sms_enabled = patch.smsEnabled ? 1 : 0;
    if (patch.consent !== undefined) {
      values.consent = patch.consent === null ? null : JSON.stringify(patch.consent);
    }
    if (patch.portOutPinTtlSeconds !== undefined) {
      values.port_out_pin_ttl_seconds = patch.portOutPinTtlSeconds;
    }
    if (patch.retentionDays !== undefined) values.retention_days = patch.retentionDays;
    if (Object.keys(values).length > 0) {
      await tx.updateTable("projects").set(values).where("id", "=", projectId).execute();
    }
    const after = await getProject(tx, projectId);
    const change = settingsChange(before, after);
    if (change.changed.length > 0) {
      await recordEvent(tx, {
        projectId,
        type: "project.updated",
        actor,
        subject: projectId,
        data: change,
        time: now,
      });
    }
    return after;
  });
}
