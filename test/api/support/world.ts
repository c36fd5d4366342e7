import type { DeliveryMethod } from "../../../src/domain/consent-rules.js";
import { sessionCookie } from "../../../src/http/auth.js";
import { newId } from "../../../src/ids.js";
import type { MemberRole, Role } from "../../../src/services/access.js";
import { decideByToken } from "../../../src/services/consent-decisions.js";
import { type ActionInput, performAction } from "../../../src/services/consent-requests.js";
import type { ProjectSettings } from "../../../src/services/projects.js";
import { createEndpoint, updateEndpoint } from "../../../src/webhooks/endpoints.js";
import {
  makeApiKey,
  makeMember,
  makeProject,
  makeSim,
  makeSubscription,
  type TestProject,
} from "../../support/factories.js";
import { type Api, call } from "./harness.js";

/** Shared fixtures of the API tests: projects seen from outside, with members logged in. */

export type LoggedIn = {
  memberId: string;
  email: string;
  password: string;
  role: MemberRole;
  session: string;
  csrf: string;
};

/** Logs a member in through POST /api/session, as the dashboard does. */
export async function logIn(
  api: Api,
  member: { memberId: string; email: string; password: string },
  role: MemberRole,
): Promise<LoggedIn> {
  const res = await call(api, {
    method: "POST",
    url: "/api/session",
    payload: { email: member.email, password: member.password },
  });
  if (res.statusCode !== 201) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === sessionCookie);
  if (!cookie) throw new Error("login set no session cookie");
  return { ...member, role, session: cookie.value, csrf: res.json().csrfToken };
}

export async function loggedInMember(
  api: Api,
  projectId: string,
  role: MemberRole,
): Promise<LoggedIn> {
  return logIn(api, await makeMember(api.deps, projectId, role), role);
}

type SubscriptionFixture = Awaited<ReturnType<typeof makeSubscription>>;

/**
 * One project as the tests need it: an API key of each role (`apiKey` is the owner's), an owner, a
 * support agent and a viewer logged in,
 * and one of each object (a user, an available SIM, an active line, a pending request) whose ids
 * stand in for every path parameter.
 */
export type Side = {
  project: TestProject;
  projectId: string;
  apiKey: string;
  keys: Record<Role, { id: string; secret: string }>;
  owner: LoggedIn;
  support: LoggedIn;
  viewer: LoggedIn;
  line: SubscriptionFixture;
  availableSim: Awaited<ReturnType<typeof makeSim>>;
  pendingRequestId: string | null;
  /** A webhook endpoint, disabled so that the suites' events queue no deliveries, and an event. */
  webhookEndpointId: string;
  eventId: string;
};

export async function makeSide(api: Api, settings: Partial<ProjectSettings> = {}): Promise<Side> {
  const project = await makeProject(api.deps, settings);
  const line = await makeSubscription(api.deps, project);
  const availableSim = await makeSim(api.deps, project);
  // A project without consent has no requests to stand in for :consentRequestId.
  const pending =
    settings.consent === null ? null : await pendingRequest(api, project, { subscription: line });
  const webhook = await createEndpoint(api.deps, project.actor, project.projectId, {
    url: "http://127.0.0.1:9/assent",
  });
  await updateEndpoint(api.deps, project.actor, project.projectId, webhook.endpoint.id, {
    enabled: false,
  });
  const event = await api.deps.db
    .selectFrom("events")
    .select("id")
    .where("project_id", "=", project.projectId)
    .executeTakeFirstOrThrow();
  return {
    project,
    projectId: project.projectId,
    apiKey: project.apiKey,
    keys: {
      owner: { id: project.actor.id, secret: project.apiKey },
      support: await makeApiKey(api.deps, project.projectId, "support"),
      viewer: await makeApiKey(api.deps, project.projectId, "viewer"),
      simSwapCheck: await makeApiKey(api.deps, project.projectId, "simSwapCheck"),
    },
    owner: await loggedInMember(api, project.projectId, "owner"),
    support: await loggedInMember(api, project.projectId, "support"),
    viewer: await loggedInMember(api, project.projectId, "viewer"),
    line,
    availableSim,
    pendingRequestId: pending?.request.id ?? null,
    webhookEndpointId: webhook.endpoint.id,
    eventId: event.id,
  };
}

/** The path parameters a route may name, filled with one side's real objects. */
export function pathIds(side: Side): Record<string, string> {
  return {
    projectId: side.projectId,
    userId: side.line.user.id,
    simId: side.line.sim.id,
    subscriptionId: side.line.subscription.id,
    apiKeyId: side.keys.viewer.id,
    memberId: side.viewer.memberId,
    endpointId: side.webhookEndpointId,
    eventId: side.eventId,
    ...(side.pendingRequestId ? { consentRequestId: side.pendingRequestId } : {}),
  };
}

/** A pending consent request made through the use case, with the link token the user receives. */
export async function pendingRequest(
  api: Api,
  project: TestProject,
  options: {
    subscription?: SubscriptionFixture;
    action?: ActionInput;
    deliveryMethod?: DeliveryMethod;
  } = {},
) {
  const line = options.subscription ?? (await makeSubscription(api.deps, project));
  const result = await performAction(
    api.deps,
    project.actor,
    project.projectId,
    line.subscription.id,
    {
      ...(options.action ?? { type: "simReplacement", sim: "auto" }),
      deliveryMethod: options.deliveryMethod,
    },
  );
  if (result.kind !== "consentRequest") throw new Error("consent did not apply");
  return { line, request: result.request, linkToken: result.linkToken };
}

/** An approved port-out request waiting for a member's follow-up (C8). */
export async function approvedPortOut(api: Api, project: TestProject) {
  const made = await pendingRequest(api, project, { action: { type: "portOutCredentials" } });
  const decided = await decideByToken(api.deps, made.linkToken, "approve");
  if (decided?.outcome !== "approved") throw new Error("approval failed");
  return made;
}

/** The events of a project, oldest first, optionally of one type. */
export async function eventsOf(api: Api, projectId: string, type?: string) {
  let query = api.deps.db.selectFrom("events").selectAll().where("project_id", "=", projectId);
  if (type) query = query.where("type", "=", type);
  return query.orderBy("id").execute();
}

/**
 * Outbox messages as the delivery worker keeps them when no transport is configured (D7), one
 * second apart, so that the Outbox list has something to page through.
 */
export async function keepOutboxMessages(api: Api, side: Side, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const now = api.deps.clock.now();
    const id = newId("message", now);
    await api.deps.db
      .insertInto("outbox_messages")
      .values({
        id,
        project_id: side.projectId,
        channel: "sms",
        recipient: side.line.subscription.phone_number,
        subject: null,
        text: api.deps.sealer.seal("outboxCopy", `${id} text`, `Message ${i}`),
        html: null,
        link: null,
        consent_request_id: null,
        created_at: now,
      })
      .execute();
    api.deps.clock.advance(1000);
  }
}
