import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AppError } from "../../src/errors.js";
import { decideByToken } from "../../src/services/consent-decisions.js";
import {
  followUpConsentRequest,
  performAction,
  resendConsentRequest,
} from "../../src/services/consent-requests.js";
import type { ConsentRequestRow } from "../../src/services/consent-transitions.js";
import { getSubscription } from "../../src/services/inventory.js";
import { lockLine } from "../../src/services/line-locks.js";
import { verifyPortOutPin } from "../../src/services/pin-verification.js";
import { testDatabaseKinds } from "../support/databases.js";
import { defaultConsent } from "../support/factories.js";
import { projectWithLine, withDatabase } from "./use-case-support.js";

/**
 * Properties of F1 and F4 under random sequences: a locked line is never changed by the locked
 * action, whatever requests, approvals, declines, resends and follow-ups run around the lock;
 * and a transfer PIN verifies at most once, whatever checks run.
 */

const actionType = fc.constantFrom("simReplacement", "providerChange", "portOutCredentials");
const lockCommand = fc.record({
  op: fc.constant("lock" as const),
  simChange: fc.boolean(),
  portOut: fc.boolean(),
});
const command = fc.oneof(
  fc.record({ op: fc.constant("perform" as const), type: actionType }),
  fc.record({
    op: fc.constantFrom("approve", "decline", "resend", "followUp"),
    request: fc.nat(20),
  }),
  lockCommand,
);
type Command = typeof command extends fc.Arbitrary<infer T> ? T : never;

/** Runs a use case; a refusal (an AppError) is an answer like any other here. */
async function attempt<T>(work: Promise<T>): Promise<T | AppError> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
}

describe.each(testDatabaseKinds)("line locks and PINs under random sequences on %s", (kind) => {
  const database = withDatabase(kind);

  async function scenario(commands: Command[]) {
    const { deps, project, line } = await projectWithLine(database(), {
      consent: { ...defaultConsent, deliveryMethods: ["email"], portOutCooldownSeconds: 0 },
    });
    const { projectId, actor } = project;
    const subscriptionId = line.subscription.id;
    const requests: { row: ConsentRequestRow; token: string }[] = [];
    const locked = { simChange: false, portOut: false };
    let simAtLock: { sim: string; provider: string } | null = null;
    let issuedBefore = 0;
    const issuedCount = async () =>
      (
        await deps.db
          .selectFrom("events")
          .select("id")
          .where("project_id", "=", projectId)
          .where("subject", "=", subscriptionId)
          .where("type", "=", "portOutCredentials.issued")
          .execute()
      ).length;

    for (const c of commands) {
      const pick = () =>
        c.op !== "perform" && c.op !== "lock"
          ? requests[c.request % Math.max(1, requests.length)]
          : undefined;
      switch (c.op) {
        case "perform": {
          const input =
            c.type === "simReplacement"
              ? { type: c.type, sim: "auto" }
              : c.type === "providerChange"
                ? { type: c.type, provider: "p9" }
                : { type: c.type };
          const result = await attempt(
            performAction(deps, actor, projectId, subscriptionId, input as never),
          );
          if (!(result instanceof AppError) && result.kind === "consentRequest") {
            requests.push({ row: result.request, token: result.linkToken });
          }
          break;
        }
        case "approve":
        case "decline": {
          const target = pick();
          if (target) await decideByToken(deps, target.token, c.op);
          break;
        }
        case "resend": {
          const target = pick();
          if (!target) break;
          const result = await attempt(
            resendConsentRequest(deps, actor, projectId, target.row.id, {}),
          );
          if (!(result instanceof AppError)) {
            requests.push({ row: result.request, token: result.linkToken });
          }
          break;
        }
        case "followUp": {
          const target = pick();
          if (target) await attempt(followUpConsentRequest(deps, actor, projectId, target.row.id));
          break;
        }
        case "lock": {
          if (!c.simChange && !c.portOut) break;
          await lockLine(deps, actor, projectId, subscriptionId, c);
          const now = await getSubscription(deps.db, projectId, subscriptionId);
          if (c.simChange && !locked.simChange) {
            simAtLock = { sim: now.sim_id, provider: now.provider };
          }
          if (c.portOut && !locked.portOut) issuedBefore = await issuedCount();
          locked.simChange ||= c.simChange;
          locked.portOut ||= c.portOut;
          break;
        }
      }
      const now = await getSubscription(deps.db, projectId, subscriptionId);
      if (locked.simChange) {
        expect({ sim: now.sim_id, provider: now.provider }).toEqual(simAtLock);
      }
      if (locked.portOut) {
        expect(await issuedCount()).toBe(issuedBefore);
        expect(now.port_out_pin_hash).toBeNull();
      }
    }
  }

  it("a locked line is never changed by the locked action, whatever runs around the lock", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 25 }), scenario),
      { numRuns: kind === "sqlite" ? 25 : 10 },
    );
  });

  it("a PIN verifies at most once, whatever checks run, right or wrong, in turn or at once", async () => {
    const check = fc.record({ right: fc.boolean(), together: fc.nat(2) });
    await fc.assert(
      fc.asyncProperty(fc.array(check, { minLength: 1, maxLength: 12 }), async (checks) => {
        const { deps, project, line } = await projectWithLine(database(), {
          consent: null,
        });
        const issued = await performAction(
          deps,
          project.actor,
          project.projectId,
          line.subscription.id,
          { type: "portOutCredentials" },
        );
        if (issued.kind !== "performed" || !issued.credentials) throw new Error("not issued");
        const { accountNumber, pin } = issued.credentials;
        const wrong = String((Number(pin) + 1) % 1_000_000).padStart(6, "0");
        let valid = 0;
        for (const c of checks) {
          const once = () =>
            verifyPortOutPin(deps, project.actor, project.projectId, {
              phoneNumber: line.subscription.phone_number,
              accountNumber,
              pin: c.right ? pin : wrong,
            });
          const results = await Promise.all(Array.from({ length: c.together + 1 }, once));
          valid += results.filter((r) => r.valid).length;
        }
        expect(valid).toBeLessThanOrEqual(1);
        const failuresBeforeRight = checks.findIndex((c) => c.right);
        if (failuresBeforeRight === 0) expect(valid).toBe(1);
      }),
      { numRuns: kind === "sqlite" ? 25 : 10 },
    );
  });
});
