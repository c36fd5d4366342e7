import type { Selectable } from "kysely";
import type { Executor } from "../db/database.js";
import type { ProjectsTable } from "../db/tables.js";
import { type ConsentSettings, defaultPortOutPinTtlSeconds } from "../domain/consent-rules.js";
import { invalid, notFound } from "../errors.js";
import { newId } from "../ids.js";
import type { Actor, Deps } from "./deps.js";
import { recordEvent } from "./events.js";

export type Project = Selectable<ProjectsTable>;

export async function getProject(db: Executor, projectId: string): Promise<Project> {
  const row = await db
    .selectFrom("projects")
    .selectAll()
    .where("id", "=", projectId)
    .executeTakeFirst();
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
};
/** F7: days personal data is kept, at least 30. */
retentionDays: number;

export async function createProject(
export const defaultRetentionDays = 1095;
export const minRetentionDays = 30;

deps: Deps, organizationId;
: string,
  settings: Partial<ProjectSettings> &
{
  name: string;
}
,
): Promise<Project>
{
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
  };
  await deps.db.insertInto("projects").values(row).execute();
  retention_days: settings.retentionDays ?? defaultRetentionDays,
  return row;
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
    if (Object.keys(values).length > 0) {
      await tx.updateTable("projects").set(values).where("id", "=", projectId).execute();
    }
    await recordEvent(tx, {
      projectId,
      type: "project.updated",
      actor,
      subject: projectId,
      data: { changed: Object.keys(patch) },
      time: now,
    });
    return getProject(tx, projectId);
  });
}
if (patch.retentionDays !== undefined) values.retention_days = patch.retentionDays;
