import { describe, expect, it } from "vitest";
import { t } from "../../web/src/i18n/index.js";
import {
  actionBlock,
  cancelBlock,
  consentApplies,
  deliveryOptions,
  resendBlock,
  timeLeft,
  validateConsentForm,
} from "../../web/src/lib/consent.js";

const request = (
  status: "pending" | "approved" | "fulfilled" | "declined" | "canceled" | "expired",
) => ({
  status,
  type: "simReplacement",
  subscription: "sub_1",
  cancellationReason: null,
});

const connect = {
  emailEnabled: true,
  smsEnabled: true,
  consent: { deliveryMethods: ["email" as const, "sms" as const] },
};

describe("what the dashboard offers, and why not", () => {
  it("cancel is offered on pending and approved requests only (C5)", () => {
    expect(cancelBlock(request("pending"), "support")).toBeNull();
    expect(cancelBlock(request("approved"), "owner")).toBeNull();
    for (const status of ["fulfilled", "declined", "canceled", "expired"] as const) {
      expect(cancelBlock(request(status), "support")).toBe("reason.notCancelable");
    }
  });

  it("a viewer is told they can only read, whatever the request's state", () => {
    expect(cancelBlock(request("pending"), "viewer")).toBe("reason.viewer");
    expect(resendBlock(request("expired"), "viewer", { approved: [] })).toBe("reason.viewer");
    expect(actionBlock("viewer", { status: "active" }, false)).toBe("reason.viewer");
    expect(t("reason.viewer")).toBe("Viewers can only read.");
  });

  it("resend needs a canceled, expired or pending request (C6)", () => {
    for (const status of ["canceled", "expired", "pending"] as const) {
      expect(resendBlock(request(status), "support", { approved: [] })).toBeNull();
    }
    for (const status of ["approved", "fulfilled", "declined"] as const) {
      expect(resendBlock(request(status), "support", { approved: [] })).toBe(
        "reason.notResendableStatus",
      );
    }
  });

  it("resend is refused while an approved request of the same type exists for the line", () => {
    const approved = [{ type: "simReplacement", subscription: "sub_1" }];
    expect(resendBlock(request("expired"), "support", { approved })).toBe("reason.approvedExists");
    const elsewhere = [
      { type: "simReplacement", subscription: "sub_2" },
      { type: "portOutCredentials", subscription: "sub_1" },
    ];
    expect(resendBlock(request("expired"), "support", { approved: elsewhere })).toBeNull();
  });

  it("resend is refused once the line has ended", () => {
    expect(
      resendBlock(request("canceled"), "support", { approved: [], subscriptionActive: false }),
    ).toBe("reason.subscriptionEnded");
    expect(
      resendBlock({ ...request("canceled"), cancellationReason: "subscriptionEnded" }, "support", {
        approved: [],
      }),
    ).toBe("reason.subscriptionEnded");
  });

  it("a locked line refuses the actions its lock names (F1)", () => {
    const locked = { status: "active" as const, locks: { simChange: true, portOut: false } };
    expect(actionBlock("owner", locked, false, "simReplacement")).toBe("reason.lockedSimChange");
    expect(actionBlock("owner", locked, false, "providerChange")).toBe("reason.lockedSimChange");
    expect(actionBlock("owner", locked, false, "portOutCredentials")).toBeNull();
    const portOut = { status: "active" as const, locks: { simChange: false, portOut: true } };
    expect(actionBlock("support", portOut, false, "portOutCredentials")).toBe(
      "reason.lockedPortOut",
    );
  });

  it("an action is refused on an ended line and while one of its type waits approved", () => {
    expect(actionBlock("support", { status: "ended" }, false)).toBe("reason.lineEnded");
    expect(actionBlock("support", { status: "active" }, true)).toBe("reason.approvedPending");
    expect(actionBlock("owner", { status: "active" }, false)).toBeNull();
  });
});

describe("delivery methods that can reach the user (C2)", () => {
  it("email needs a Connect project and the user's email; SMS needs SMS", () => {
    expect(deliveryOptions(connect, { email: "jane@example.com" })).toEqual([
      { method: "email", block: null },
      { method: "sms", block: null },
    ]);
    expect(deliveryOptions(connect, { email: null })[0]).toEqual({
      method: "email",
      block: "reason.noEmail",
    });
    expect(
      deliveryOptions({ ...connect, emailEnabled: false, smsEnabled: false }, { email: "j@x.io" }),
    ).toEqual([
      { method: "email", block: "reason.emailDisabled" },
      { method: "sms", block: "reason.smsDisabled" },
    ]);
  });

  it("a method left out of the consent settings is not offered", () => {
    const emailOnly = { ...connect, consent: { deliveryMethods: ["email" as const] } };
    expect(deliveryOptions(emailOnly, { email: "j@x.io" })[1]).toEqual({
      method: "sms",
      block: "reason.notInSettings",
    });
  });

  it("consent applies only when some method reaches the user; otherwise the action runs at once", () => {
    expect(consentApplies(connect, { email: null })).toBe(true);
    expect(consentApplies({ ...connect, consent: null }, { email: "j@x.io" })).toBe(false);
    expect(
      consentApplies(
        { ...connect, smsEnabled: false, consent: { deliveryMethods: ["email", "sms"] } },
        { email: null },
      ),
    ).toBe(false);
  });
});

describe("time left on a pending request", () => {
  const expiresAt = "2026-01-01T03:00:00.000Z";
  const start = Date.parse("2026-01-01T00:00:00.000Z");

  it("counts hours, minutes and seconds down to the expiry", () => {
    expect(timeLeft(expiresAt, start)).toEqual({ hours: 3, minutes: 0, seconds: 0 });
    expect(timeLeft(expiresAt, start + 61_000)).toEqual({ hours: 2, minutes: 58, seconds: 59 });
    expect(timeLeft(expiresAt, Date.parse(expiresAt) - 5_000)).toEqual({
      hours: 0,
      minutes: 0,
      seconds: 5,
    });
  });

  it("is none at and after the expiry", () => {
    expect(timeLeft(expiresAt, Date.parse(expiresAt))).toBeNull();
    expect(timeLeft(expiresAt, Date.parse(expiresAt) + 1)).toBeNull();
  });
});

describe("the consent settings form", () => {
  const form = {
    enabled: true,
    deliveryMethods: ["email" as const],
    linkTtlMinutes: "180",
    whenUnavailable: "performDirectly" as const,
  };

  it("accepts a link validity from 1 minute to 72 hours", () => {
    expect(validateConsentForm(form)).toEqual({});
    expect(validateConsentForm({ ...form, linkTtlMinutes: "1" })).toEqual({});
    expect(validateConsentForm({ ...form, linkTtlMinutes: "4320" })).toEqual({});
    expect(validateConsentForm({ ...form, linkTtlMinutes: "0" })).toEqual({
      linkTtlMinutes: "validation.ttlRange",
    });
    expect(validateConsentForm({ ...form, linkTtlMinutes: "4321" })).toEqual({
      linkTtlMinutes: "validation.ttlRange",
    });
  });

  it("asks for whole minutes and at least one delivery method", () => {
    expect(validateConsentForm({ ...form, linkTtlMinutes: "2.5" }).linkTtlMinutes).toBe(
      "validation.ttlWhole",
    );
    expect(validateConsentForm({ ...form, linkTtlMinutes: " " }).linkTtlMinutes).toBe(
      "validation.ttlWhole",
    );
    expect(validateConsentForm({ ...form, deliveryMethods: [] }).deliveryMethods).toBe(
      "validation.methodsRequired",
    );
  });

  it("checks nothing when consent is turned off", () => {
    expect(validateConsentForm({ ...form, enabled: false, deliveryMethods: [] })).toEqual({});
  });
});
