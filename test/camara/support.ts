import type { LightMyRequestResponse } from "fastify";
import { expect } from "vitest";
import {
  type CamaraErrorCode,
  camaraErrorSchemas,
  camaraErrorStatus,
  checkSimSwapInfo,
  simSwapInfo,
} from "../../src/camara/schemas.js";
import { createApiKey, type Role } from "../../src/services/access.js";
import { systemActor } from "../../src/services/deps.js";
import { type Api, type Credential, call } from "../api/support/harness.js";

/** Calls to the CAMARA SIM swap routes as a relying party makes them. */

export const retrieveDateUrl = "/camara/sim-swap/v2/retrieve-date";
export const checkUrl = "/camara/sim-swap/v2/check";

export async function makeKey(
  api: Api,
  projectId: string,
  role: Role,
): Promise<{ id: string; secret: string }> {
  return createApiKey(api.deps, systemActor, projectId, { name: `bank ${role}`, role });
}

export async function keyWithRole(api: Api, projectId: string, role: Role): Promise<string> {
  return (await makeKey(api, projectId, role)).secret;
}

export function ask(
  api: Api,
  url: string,
  payload: unknown,
  as: Credential,
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  return call(api, { method: "POST", url, payload, as, headers });
}

/** The answer of retrieve-date, checked against the schema the route answers with. */
export async function latestSimChange(
  api: Api,
  apiKey: string,
  phoneNumber: string,
): Promise<string | null> {
  const res = await ask(api, retrieveDateUrl, { phoneNumber }, { apiKey });
  expect(res.statusCode, res.body).toBe(200);
  return simSwapInfo.strict().parse(res.json()).latestSimChange;
}

/** The answer of check, checked against the schema the route answers with. */
export async function swapped(
  api: Api,
  apiKey: string,
  phoneNumber: string,
  maxAge?: number,
): Promise<boolean> {
  const res = await ask(api, checkUrl, { phoneNumber, ...(maxAge ? { maxAge } : {}) }, { apiKey });
  expect(res.statusCode, res.body).toBe(200);
  return checkSimSwapInfo.strict().parse(res.json()).swapped;
}

/** A CAMARA error: its status, its code, and CAMARA's `ErrorInfo` shape for that status. */
export function expectCamaraError(res: LightMyRequestResponse, code: CamaraErrorCode): void {
  const status = camaraErrorStatus[code];
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers["content-type"]).toMatch(/^application\/json/);
  const body = camaraErrorSchemas[status].strict().parse(res.json());
  expect(body.code).toBe(code);
  expect(body.message.length).toBeGreaterThan(0);
}
