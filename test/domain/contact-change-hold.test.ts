import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type ConsentContext,
  type ConsentSettings,
  contactHolds,
  type DeliveryMethod,
  decideConsent,
  defaultContactChangeHoldSeconds,
  type WhenUnavailable,
} from "../../src/domain/consent-rules.js";

/** T1: a contact changed recently is not trusted with a consent link, and never skips consent. */
const hour = 60 * 60 * 1000;
const now = Date.UTC(2026, 0, 10, 12);

function settings(overrides: Partial<ConsentSettings> = {}): ConsentSettings {
  return {
    deliveryMethods: ["email", "sms"],
    linkTtlSeconds: 600,
    whenUnavailable: "performDirectly",
    ...overrides,
  };
}

function context(
  consent: ConsentSettings | null,
  emailChangedAt: number | null,
  overrides: Partial<ConsentContext> = {},
): ConsentContext {
  return {
    consent,
    emailEnabled: true,
    smsEnabled: true,
    userEmail: "new@example.com",
    phoneNumber: "+15550100123",
    contactHolds: contactHolds([{ method: "email", changedAt: emailChangedAt }], consent, now),
    ...overrides,
  };
}

describe("contact change holds", () => {
  it("a contact set when the user was created is not held", () => {
    expect(contactHolds([{ method: "email", changedAt: null }], settings(), now)).toEqual([]);
  });

  it("a change holds the contact for the project's hold, 24 hours by default", () => {
    expect(defaultContactChangeHoldSeconds).toBe(86_400);
    const changedAt = now - 23 * hour;
    expect(contactHolds([{ method: "email", changedAt }], settings(), now)).toEqual([
      { method: "email", until: changedAt + 24 * hour },
    ]);
    expect(
      contactHolds([{ method: "email", changedAt: now - 24 * hour }], settings(), now),
    ).toEqual([]);
  });

  it("the hold follows contactChangeHoldSeconds, and 0 holds nothing", () => {
    const changedAt = now - 2 * hour;
    const week = settings({ contactChangeHoldSeconds: 7 * 24 * 3600 });
    expect(contactHolds([{ method: "email", changedAt }], week, now)).toHaveLength(1);
    const none = settings({ contactChangeHoldSeconds: 0 });
    expect(contactHolds([{ method: "email", changedAt: now }], none, now)).toEqual([]);
  });
});

describe("deciding consent after a contact change", () => {
  const recently = now - hour;

  it("without a named method, asks by another available method instead of the changed one", () => {
    const decision = decideConsent(context(settings(), recently), undefined);
    expect(decision).toMatchObject({
      kind: "ask",
      deliveryMethod: "sms",
      recipient: "+15550100123",
    });
  });

  it("naming the changed method is refused as consentUnavailable, saying the contact changed", () => {
    const decision = decideConsent(context(settings(), recently), "email");
    expect(decision).toMatchObject({
      kind: "refuse",
      contactChanged: { method: "email", until: recently + 24 * hour },
    });
    expect(decision.kind === "refuse" && decision.reason).toMatch(/changed recently/);
  });

  it("with no other method, refuses even under performDirectly", () => {
    const emailOnly = settings({ deliveryMethods: ["email"], whenUnavailable: "performDirectly" });
    expect(decideConsent(context(emailOnly, recently), undefined)).toMatchObject({
      kind: "refuse",
      contactChanged: { method: "email" },
    });
  });

  it("an address removed recently never lets the action run without consent", () => {
    const emailOnly = settings({ deliveryMethods: ["email"], whenUnavailable: "performDirectly" });
    const removed = context(emailOnly, recently, { userEmail: null });
    expect(decideConsent(removed, undefined)).toMatchObject({ kind: "refuse" });
    expect(decideConsent(removed, "email")).toMatchObject({
      kind: "refuse",
      contactChanged: { method: "email" },
    });
    // The same line without the change runs at once, as performDirectly says (C2).
    expect(decideConsent(context(emailOnly, null, { userEmail: null }), undefined)).toEqual({
      kind: "performDirectly",
    });
  });

  it("once the hold has passed, the new address is used again", () => {
    const decision = decideConsent(context(settings(), now - 25 * hour), undefined);
    expect(decision).toMatchObject({ kind: "ask", deliveryMethod: "email" });
  });

  it("a change of a method the project does not use changes nothing", () => {
    const smsOnly = settings({ deliveryMethods: ["sms"] });
    expect(decideConsent(context(smsOnly, recently), undefined)).toMatchObject({
      kind: "ask",
      deliveryMethod: "sms",
    });
    const emailOff = context(settings({ deliveryMethods: ["email"] }), recently, {
      emailEnabled: false,
    });
    expect(decideConsent(emailOff, undefined)).toEqual({ kind: "performDirectly" });
  });

  it("a project without consent runs actions at once, as it always does", () => {
    expect(decideConsent(context(null, recently), undefined)).toEqual({ kind: "performDirectly" });
  });
});

describe("whatever the settings, user and request", () => {
  const arbitraryCase = fc.record({
    methods: fc.subarray(["email", "sms"] as DeliveryMethod[], { minLength: 1 }),
    whenUnavailable: fc.constantFrom<WhenUnavailable>("performDirectly", "refuse"),
    emailEnabled: fc.boolean(),
    smsEnabled: fc.boolean(),
    userEmail: fc.constantFrom("new@example.com", null),
    requested: fc.constantFrom<DeliveryMethod | undefined>(undefined, "email", "sms"),
    hoursSinceChange: fc.integer({ min: 0, max: 48 }),
    holdHours: fc.integer({ min: 0, max: 48 }),
  });

  it("a held email never gets the link, and a held contact the project uses never lets the action run without consent", () => {
    fc.assert(
      fc.property(arbitraryCase, (c) => {
        const consent = settings({
          deliveryMethods: c.methods,
          whenUnavailable: c.whenUnavailable,
          contactChangeHoldSeconds: c.holdHours * 3600,
        });
        const held = c.hoursSinceChange < c.holdHours;
        const decision = decideConsent(
          context(consent, now - c.hoursSinceChange * hour, {
            emailEnabled: c.emailEnabled,
            smsEnabled: c.smsEnabled,
            userEmail: c.userEmail,
          }),
          c.requested,
        );
        if (held) expect(decision).not.toMatchObject({ kind: "ask", deliveryMethod: "email" });
        if (held && c.emailEnabled && c.methods.includes("email")) {
          expect(decision.kind).not.toBe("performDirectly");
        }
      }),
    );
  });
});
