import createClient, { type Middleware } from "openapi-fetch";
import type { paths } from "./schema.js";

/**
 * The typed client of the API (A6), generated from the server's OpenAPI document. The session
 * cookie travels by itself (same origin); state-changing calls add the anti-CSRF value the
 * login answered, kept for the tab's life in sessionStorage and across tabs in localStorage.
 */
const csrfKey = "assent.csrfToken";

export function rememberCsrfToken(token: string | null): void {
  if (token === null) localStorage.removeItem(csrfKey);
  else localStorage.setItem(csrfKey, token);
}

const csrf: Middleware = {
  onRequest({ request }) {
    if (request.method !== "GET" && request.method !== "HEAD") {
      const token = localStorage.getItem(csrfKey);
      if (token) request.headers.set("x-csrf-token", token);
    }
    return request;
  },
  onResponse({ response }) {
    if (response.status === 401 && !response.url.endsWith("/api/session")) {
      window.dispatchEvent(new Event("assent:unauthenticated"));
    }
    return response;
  },
};

export const api = createClient<paths>({ baseUrl: "" });
api.use(csrf);

/** An error of the API in words (A4), with the field it is about when the API names one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
    readonly details: { path: string; message: string }[] = [],
  ) {
    super(message);
  }
}

type Answer<T> = { data?: T; error?: unknown; response: Response };

/** The answer's data, or an ApiError carrying the API's own message. */
export async function unwrap<T>(call: Promise<Answer<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (error !== undefined || !response.ok) {
    const body = (error ?? {}) as {
      type?: string;
      message?: string;
      details?: { path: string; message: string }[] | null;
    };
    throw new ApiError(
      response.status,
      body.type ?? "error",
      body.message ?? response.statusText,
      body.details ?? [],
    );
  }
  return data as T;
}

export type Paths = paths;
type Json<T> = T extends { content: { "application/json": infer B } } ? B : never;
export type Project = Json<paths["/api/projects/{projectId}"]["get"]["responses"][200]>;
export type Me = Json<paths["/api/me"]["get"]["responses"][200]>;
export type Subscription = Json<
  paths["/api/projects/{projectId}/subscriptions/{subscriptionId}"]["get"]["responses"][200]
>;
export type User = Json<paths["/api/projects/{projectId}/users/{userId}"]["get"]["responses"][200]>;
export type Sim = Json<paths["/api/projects/{projectId}/sims/{simId}"]["get"]["responses"][200]>;
export type ConsentRequest = Json<
  paths["/api/projects/{projectId}/consentRequests/{consentRequestId}"]["get"]["responses"][200]
>;
export type Credentials = NonNullable<
  Json<
    paths["/api/projects/{projectId}/consentRequests/{consentRequestId}/fulfill"]["post"]["responses"][200]
  >["credentials"]
>;
export type Event = Json<
  paths["/api/projects/{projectId}/events"]["get"]["responses"][200]
>["items"][number];
export type Stats = Json<
  paths["/api/projects/{projectId}/stats/consentRequests"]["get"]["responses"][200]
>;
