import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type ConsentStatus,
  type ConsentTransition,
  canCancel,
  cancellationReasonOf,
  consentStatuses,
  displacedTransition,
  effectiveStatus,
  isFinal,
  nextStatus,
  resendRefusal,
  sourceStatuses,
} from "../../src/domain/consent-rules.js";

/**
 * The state machine of SPEC C3, written out here as a table independent of the module, so that a
 * change to either shows up as a failing case.
 */
const expiresAt = Date.UTC(2026, 0, 1, 3);
const instants = {
  "just before expiry": expiresAt - 1,
  "at expiry": expiresAt,
  "after expiry": expiresAt + 1,
} as const;
type Instant = keyof typeof instants;
const instantNames = Object.keys(instants) as Instant[];

const specTransitions: Record<ConsentTransition, Partial<Record<ConsentStatus, ConsentStatus>>> = {
  approve: { pending: "approved" },
  decline: { pending: "declined" },
  fulfil: { approved: "fulfilled" },
  cancel: { pending: "canceled", approved: "canceled" },
  supersede: { pending: "canceled" },
  endSubscription: { pending: "canceled", approved: "canceled" },
  expire: {},
};
const transitionNames = Object.keys(specTransitions) as ConsentTransition[];

/** A pending request is expired from `expiresAt` on, for every read and every decision (C3). */
function specStatusAt(status: ConsentStatus, instant: Instant): ConsentStatus {
  return status === "pending" && instant !== "just before expiry" ? "expired" : status;
}

function specNext(
  status: ConsentStatus,
  transition: ConsentTransition,
  instant: Instant,
): ConsentStatus | null {
  const seen = specStatusAt(status, instant);
  if (transition === "expire") {
    // Only a stored pending request past its validity can be recorded as expired.
    return status === "pending" && seen === "expired" ? "expired" : null;
  }
  return specTransitions[transition][seen] ?? null;
}

const cases = consentStatuses.flatMap((status) =>
  transitionNames.flatMap((transition) =>
    instantNames.map((instant) => {
      const to = specNext(status, transition, instant);
      return {
        status,
        transition,
        instant,
        to,
        rule: to ? `leads to ${to}` : "is refused",
      };
    }),
  ),
);

describe("transitions of C3", () => {
  it.each(cases)(
    "$transition from $status $instant $rule",
    ({ status, transition, instant, to }) => {
      expect(nextStatus({ status, expiresAt }, transition, instants[instant])).toBe(to);
    },
  );

  it("the final statuses are exactly fulfilled, declined, canceled and expired", () => {
    expect(consentStatuses.filter(isFinal).sort()).toEqual(
      ["canceled", "declined", "expired", "fulfilled"].sort(),
    );
  });

  it("no transition ever leaves a final status, at any instant", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...consentStatuses.filter(isFinal)),
        fc.constantFrom(...transitionNames),
        fc.integer({ min: expiresAt - 10 ** 9, max: expiresAt + 10 ** 9 }),
        (status, transition, now) => {
          expect(nextStatus({ status, expiresAt }, transition, now)).toBeNull();
        },
      ),
    );
  });

  it("the source statuses of each transition are the statuses it may start from", () => {
    for (const transition of transitionNames) {
      const expected =
        transition === "expire" ? ["pending"] : Object.keys(specTransitions[transition]);
      expect([...sourceStatuses(transition)].sort()).toEqual(expected.sort());
    }
  });

  it("cancel, supersede and end of subscription each record their own cancellation reason", () => {
    expect(cancellationReasonOf).toEqual({
      cancel: "canceledByMember",
      supersede: "superseded",
      endSubscription: "subscriptionEnded",
    });
  });
});

describe("effective status at any instant", () => {
  const statusCases = consentStatuses.flatMap((status) =>
    instantNames.map((instant) => ({ status, instant, seen: specStatusAt(status, instant) })),
  );

  it.each(statusCases)("a $status request $instant reads as $seen", ({ status, instant, seen }) => {
    expect(effectiveStatus({ status, expiresAt }, instants[instant])).toBe(seen);
  });

  it("a pending request reads as expired exactly from its expiresAt on", () => {
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 9), max: 10 ** 9 }), (offset) => {
        const seen = effectiveStatus({ status: "pending", expiresAt }, expiresAt + offset);
        expect(seen).toBe(offset >= 0 ? "expired" : "pending");
      }),
    );
  });
});

describe("cancel eligibility (C5)", () => {
  const cancelCases = consentStatuses.flatMap((status) =>
    instantNames.map((instant) => {
      const seen = specStatusAt(status, instant);
      const allowed = seen === "pending" || seen === "approved";
      return { status, instant, allowed, rule: allowed ? "can be canceled" : "cannot be canceled" };
    }),
  );

  it.each(cancelCases)("a $status request $instant $rule", ({ status, instant, allowed }) => {
    expect(canCancel({ status, expiresAt }, instants[instant])).toBe(allowed);
  });
});

describe("resend eligibility (C6)", () => {
  const resendCases = consentStatuses.flatMap((status) =>
    instantNames.flatMap((instant) =>
      [false, true].flatMap((approvedOfSameTypeExists) =>
        [true, false].map((subscriptionActive) => {
          const seen = specStatusAt(status, instant);
          const failing = [
            ...(["canceled", "expired", "pending"].includes(seen)
              ? []
              : ["previousNotResendable" as const]),
            ...(approvedOfSameTypeExists ? ["approvedExists" as const] : []),
            ...(subscriptionActive ? [] : ["subscriptionNotActive" as const]),
          ];
          return {
            status,
            instant,
            approvedOfSameTypeExists,
            subscriptionActive,
            failing,
            rule: failing.length === 0 ? "is allowed" : `is refused (${failing.join(", ")})`,
          };
        }),
      ),
    ),
  );

  it.each(resendCases)(
    "resending a $status request $instant with approved of same type $approvedOfSameTypeExists and active subscription $subscriptionActive $rule",
    ({ status, instant, approvedOfSameTypeExists, subscriptionActive, failing }) => {
      const refusal = resendRefusal({
        previous: { status, expiresAt },
        approvedOfSameTypeExists,
        subscriptionActive,
        now: instants[instant],
      });
      if (failing.length === 0) {
        expect(refusal).toBeNull();
      } else {
        // The refusal names a condition that really fails; C6 gives no order among several.
        expect(failing).toContain(refusal);
      }
    },
  );
});

describe("a new request displaces the pending one of the same type", () => {
  const displaceCases = instantNames.map((instant) => {
    const expected = specStatusAt("pending", instant) === "expired" ? "expire" : "supersede";
    return { instant, expected };
  });

  it.each(displaceCases)(
    "a pending request $instant is displaced by $expected",
    ({ instant, expected }) => {
      expect(displacedTransition({ status: "pending", expiresAt }, instants[instant])).toBe(
        expected,
      );
    },
  );

  it("the displacing transition is always allowed on the pending request it displaces", () => {
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 6), max: 10 ** 6 }), (offset) => {
        const request = { status: "pending" as const, expiresAt };
        const transition = displacedTransition(request, expiresAt + offset);
        expect(nextStatus(request, transition, expiresAt + offset)).not.toBeNull();
      }),
    );
  });
});
