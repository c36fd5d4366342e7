import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CamaraError } from "../../src/camara/errors.js";
import {
  checkSimSwap,
  retrieveSimSwapDate,
  type SimSwapCaller,
} from "../../src/camara/sim-swap.js";
import type { DatabaseHandle } from "../../src/db/database.js";
import { AppError } from "../../src/errors.js";
import { performAction } from "../../src/services/consent-requests.js";
import { createSubscription, endSubscription } from "../../src/services/inventory.js";
import { freshDatabase, testDatabaseKinds } from "../support/databases.js";
import {
  makeProject,
  makeSim,
  makeSubscription,
  type TestDeps,
  type TestProject,
  testDeps,
} from "../support/factories.js";

const hour = 60 * 60 * 1000;

/** What can happen to a number's line, in a project that acts without consent. */
type Step =
  | { kind: "wait"; hours: number }
  | { kind: "replaceSim" }
  | { kind: "changeProvider" }
  | { kind: "issuePortOutCredentials" }
  | { kind: "endLine" }
  | { kind: "newLine" };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant("wait" as const), hours: fc.integer({ min: 0, max: 3000 }) }),
  fc.constant({ kind: "replaceSim" as const }),
  fc.constant({ kind: "changeProvider" as const }),
  fc.constant({ kind: "issuePortOutCredentials" as const }),
  fc.constant({ kind: "endLine" as const }),
  fc.constant({ kind: "newLine" as const }),
);

/**
 * Random histories of one number: after every step, retrieve-date answers the time of the active
 * line's last activation, SIM replacement or provider change (and IDENTIFIER_NOT_FOUND without an
 * active line), and check answers whether that time lies within maxAge hours.
 */
describe.each(testDatabaseKinds)(
  "SIM swap answers follow any history of a number on %s",
  (kind) => {
    let handle: DatabaseHandle;
    let deps: TestDeps;
    let project: TestProject;
    let caller: SimSwapCaller;

    beforeAll(async () => {
      handle = await freshDatabase(kind);
      deps = testDeps(handle);
      project = await makeProject(deps, { consent: null });
      caller = { apiKeyId: project.actor.id, projectId: project.projectId };
    });
    afterAll(async () => handle?.close());

    async function answers(number: string, maxAge: number) {
      try {
        const { latestSimChange } = await retrieveSimSwapDate(deps, caller, number);
        const { swapped } = await checkSimSwap(deps, caller, number, maxAge);
        return { latestSimChange, swapped };
      } catch (error) {
        if (error instanceof CamaraError) return error.code;
        throw error;
      }
    }

    it("retrieve-date and check agree with the line's history", async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.tuple(step, fc.integer({ min: 1, max: 2400 })), { maxLength: 10 }),
          async (history) => {
            const first = await makeSubscription(deps, project);
            const number = first.subscription.phone_number;
            let line: { id: string; provider: string } | null = {
              id: first.subscription.id,
              provider: "p7",
            };
            let changedAt: number | null = deps.clock.now();
            for (const [next, maxAge] of history) {
              const now = deps.clock.now();
              if (next.kind === "wait") deps.clock.advance(next.hours * hour);
              else if (next.kind === "newLine") {
                if (line === null) {
                  const sim = await makeSim(deps, project);
                  const created = await createSubscription(deps, project.actor, project.projectId, {
                    user: first.user.id,
                    phoneNumber: number,
                    provider: "p7",
                    sim: sim.id,
                  });
                  line = { id: created.id, provider: "p7" };
                  changedAt = now;
                }
              } else if (line !== null) {
                if (next.kind === "endLine") {
                  await endSubscription(deps, project.actor, project.projectId, line.id);
                  line = null;
                  changedAt = null;
                } else {
                  const provider = line.provider === "p7" ? "p9" : "p7";
                  const action =
                    next.kind === "replaceSim"
                      ? ({ type: "simReplacement", sim: "auto" } as const)
                      : next.kind === "changeProvider"
                        ? ({ type: "providerChange", provider } as const)
                        : ({ type: "portOutCredentials" } as const);
                  // Port-out refused for a cooldown after a recent change (F3) changes nothing.
                  const result = await performAction(
                    deps,
                    project.actor,
                    project.projectId,
                    line.id,
                    action,
                  ).catch((error: unknown) => {
                    if (error instanceof AppError && error.type === "cooldownActive") return null;
                    throw error;
                  });
                  if (result !== null) {
                    expect(result.kind).toBe("performed");
                    if (next.kind !== "issuePortOutCredentials") changedAt = now;
                    if (next.kind === "changeProvider") line.provider = provider;
                  }
                }
              }
              const expected =
                changedAt === null
                  ? "IDENTIFIER_NOT_FOUND"
                  : {
                      latestSimChange: new Date(changedAt).toISOString(),
                      swapped: changedAt >= deps.clock.now() - maxAge * hour,
                    };
              expect(await answers(number, maxAge)).toEqual(expected);
            }
            if (line !== null) {
              await endSubscription(deps, project.actor, project.projectId, line.id);
            }
          },
        ),
        { numRuns: kind === "sqlite" ? 30 : 12 },
      );
    });
  },
);
