import { describe, expect, it } from "vitest";
import {
  availableDeliveryMethods,
  type ConsentContext,
  type ConsentDecision,
  type ConsentSettings,
  type DeliveryMethod,
  decideConsent,
  type WhenUnavailable,
} from "../../src/domain/consent-rules.js";

/**
 * When consent applies (C2), over every combination of project settings, user and requested
 * delivery method. The expected answer is derived from the spec's wording, not from the module.
 */
const phoneNumber = "+15550100123";
const email = "jane@example.com";

const consentShapes: Record<string, DeliveryMethod[] | null> = {
  "no consent": null,
  "email only": ["email"],
  "sms only": ["sms"],
  "email then sms": ["email", "sms"],
  "sms then email": ["sms", "email"],
};

/** Email needs a Connect project and a known address; SMS needs SMS and the line's number. */
function reaches(method: DeliveryMethod, context: ConsentContext): boolean {
  return method === "email"
    ? context.emailEnabled && context.userEmail !== null
    : context.smsEnabled;
}

function expectedDecision(
  context: ConsentContext,
  requested: DeliveryMethod | undefined,
): ConsentDecision["kind"] | `ask by ${DeliveryMethod}` {
  if (context.consent === null) return "performDirectly";
  const enabled = context.consent.deliveryMethods;
  if (requested !== undefined) {
    if (!enabled.includes(requested)) return "invalidMethod";
    // The agent picked a method that cannot reach this user: refused, never silently replaced.
    return reaches(requested, context) ? `ask by ${requested}` : "refuse";
  }
  const first = enabled.find((m) => reaches(m, context));
  if (first) return `ask by ${first}`;
  return context.consent.whenUnavailable;
}

const cases = Object.entries(consentShapes)
  .flatMap(([shape, methods]) =>
    (["performDirectly", "refuse"] as WhenUnavailable[]).flatMap((whenUnavailable) =>
      [true, false].flatMap((emailEnabled) =>
        [true, false].flatMap((smsEnabled) =>
          [email, null].flatMap((userEmail) =>
            [undefined, "email" as const, "sms" as const].map((requested) => {
              const consent: ConsentSettings | null =
                methods === null
                  ? null
                  : { deliveryMethods: methods, linkTtlSeconds: 600, whenUnavailable };
              const context: ConsentContext = {
                consent,
                emailEnabled,
                smsEnabled,
                userEmail,
                phoneNumber,
              };
              const expected = expectedDecision(context, requested);
              const name = `${shape}, when unavailable ${whenUnavailable}, emails ${emailEnabled ? "on" : "off"}, SMS ${smsEnabled ? "on" : "off"}, user ${userEmail ? "with" : "without"} email, ${requested ?? "no method"} requested → ${expected}`;
              return { name, context, requested, expected };
            }),
          ),
        ),
      ),
    ),
  )
  .filter(
    // whenUnavailable means nothing without consent settings: keep one of each such pair.
    (c) => c.context.consent !== null || !c.name.includes("when unavailable refuse"),
  );

describe("when consent applies (C2)", () => {
  it.each(cases)("$name", ({ context, requested, expected }) => {
    const decision = decideConsent(context, requested);
    if (expected.startsWith("ask by ")) {
      const method = expected.slice("ask by ".length) as DeliveryMethod;
      expect(decision).toEqual({
        kind: "ask",
        deliveryMethod: method,
        recipient: method === "email" ? context.userEmail : phoneNumber,
        linkTtlSeconds: 600,
      });
    } else {
      expect(decision.kind).toBe(expected);
    }
  });

  it("a refusal and an invalid method say why in words", () => {
    const context: ConsentContext = {
      consent: { deliveryMethods: ["email"], linkTtlSeconds: 600, whenUnavailable: "refuse" },
      emailEnabled: true,
      smsEnabled: true,
      userEmail: null,
      phoneNumber,
    };
    const refused = decideConsent(context, undefined);
    const invalid = decideConsent(context, "sms");
    expect(refused).toMatchObject({ kind: "refuse", reason: expect.stringMatching(/\w+ \w+/) });
    expect(invalid).toMatchObject({
      kind: "invalidMethod",
      reason: expect.stringContaining("sms"),
    });
  });

  it("the available delivery methods keep the project's order of preference", () => {
    const context: ConsentContext = {
      consent: {
        deliveryMethods: ["sms", "email"],
        linkTtlSeconds: 600,
        whenUnavailable: "refuse",
      },
      emailEnabled: true,
      smsEnabled: true,
      userEmail: email,
      phoneNumber,
    };
    expect(availableDeliveryMethods(context)).toEqual(["sms", "email"]);
    expect(availableDeliveryMethods({ ...context, consent: null })).toEqual([]);
  });
});
