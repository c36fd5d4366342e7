import type { LightMyRequestResponse } from "fastify";
import { expect } from "vitest";
import type { Api } from "./harness.js";
import { expectError } from "./shapes.js";
import { projectState } from "./state.js";

/**
 * Sends a call that must be refused with A4's error naming `field`, and proves it wrote nothing
 * in the project: no row, no state change, no event, no job, no stored idempotent answer.
 */
export async function expectRefusedWithoutWrites(
  api: Api,
  projectId: string,
  send: () => Promise<LightMyRequestResponse>,
  expected: { field?: string; status?: number; type?: string } = {},
): Promise<LightMyRequestResponse> {
  const before = await projectState(api.deps.db, projectId);
  const res = await send();
  expectError(res, expected.status ?? 422, expected.type ?? "validationFailed", expected.field);
  expect(await projectState(api.deps.db, projectId)).toEqual(before);
  return res;
}
