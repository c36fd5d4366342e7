import { expect } from "vitest";
import { type App, buildApp } from "../../src/http/app.js";
import { type ReviewRoutesOptions, reviewRoutes } from "../../src/review/routes.js";
import { type ActionInput, performAction } from "../../src/services/consent-requests.js";
import type { Deps } from "../../src/services/deps.js";
import { makeProject, makeSubscription, type TestProject } from "../support/factories.js";

/** The app with the review page, as main.ts serves it. */
export function reviewApp(deps: Deps, options: ReviewRoutesOptions = {}): Promise<App> {
  return buildApp(deps, { plugins: [reviewRoutes(deps, options)] });
}

let addressCounter = 0;
/** A client address of its own, so that one test's posts do not count against another's. */
export function freshAddress(): string {
  addressCounter += 1;
  return `10.${Math.floor(addressCounter / 250) % 250}.${addressCounter % 250}.${1 + (process.pid % 250)}`;
}

export type PendingLink = {
  project: TestProject;
  requestId: string;
  subscriptionId: string;
  userId: string;
  token: string;
};

/** A pending consent request and the token of its link, as the email would carry it. */
export async function pendingLink(
  deps: Deps,
  input: ActionInput = { type: "simReplacement", sim: "auto" },
  options: { locale?: string; project?: TestProject; projectName?: string } = {},
): Promise<PendingLink> {
  const project =
    options.project ??
    (await makeProject(deps, options.projectName ? { name: options.projectName } : {}));
  const { subscription, user } = await makeSubscription(deps, project, {
    ...(options.locale ? { locale: options.locale } : {}),
  });
  const result = await performAction(deps, project.actor, project.projectId, subscription.id, {
    ...input,
    deliveryMethod: "email",
  });
  if (result.kind !== "consentRequest") throw new Error("expected a consent request");
  return {
    project,
    requestId: result.request.id,
    subscriptionId: subscription.id,
    userId: user.id,
    token: result.linkToken,
  };
}

/** The anti-forgery value of the page's form. */
export function formTokenOf(html: string): string {
  const match = /name="formToken" value="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error("the page has no form");
  return match[1];
}

/** Headers a browser sends with a form posted from our own page. */
export const sameOriginHeaders = {
  "sec-fetch-site": "same-origin",
  origin: "null",
};

export async function postDecision(
  app: App,
  token: string,
  fields: Record<string, string>,
  options: { headers?: Record<string, string>; address?: string } = {},
) {
  return app.inject({
    method: "POST",
    url: `/consent/${token}`,
    remoteAddress: options.address ?? freshAddress(),
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      ...(options.headers ?? sameOriginHeaders),
    },
    payload: new URLSearchParams(fields).toString(),
  });
}

/** Opens the page as the user would, then presses one of its two buttons. */
export async function decide(
  app: App,
  token: string,
  decision: "approve" | "decline",
  address = freshAddress(),
) {
  const page = await app.inject({
    method: "GET",
    url: `/consent/${token}`,
    remoteAddress: address,
  });
  expect(page.statusCode).toBe(200);
  return postDecision(app, token, { decision, formToken: formTokenOf(page.body) }, { address });
}

export async function requestRow(deps: Deps, requestId: string) {
  return deps.db
    .selectFrom("consent_requests")
    .selectAll()
    .where("id", "=", requestId)
    .executeTakeFirstOrThrow();
}

/** The types of a request's events, sorted (events of one instant have no order). */
export async function eventTypesOf(deps: Deps, subject: string): Promise<string[]> {
  const rows = await deps.db
    .selectFrom("events")
    .select(["type"])
    .where("subject", "=", subject)
    .execute();
  return rows.map((row) => row.type).sort();
}

/** The visible text of a page, for assertions that should not depend on markup. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}
