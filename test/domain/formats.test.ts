import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  isE164,
  isIccid,
  luhnCheckDigit,
  maskEmail,
  maskPhone,
  maskRecipient,
  resolveLocale,
} from "../../src/domain/formats.js";

describe("phone numbers are E.164", () => {
  it.each(["+15550100123", "+491701234567", "+4420794601", "+123456789012345"])(
    "%s is accepted",
    (value) => {
      expect(isE164(value)).toBe(true);
    },
  );

  it.each([
    ["15550100123", "no leading plus"],
    ["+05550100123", "a country code starting with 0"],
    ["+155501", "fewer than 7 digits"],
    ["+1234567890123456", "more than 15 digits"],
    ["+1 555 010 0123", "spaces"],
    ["+1-555-0100", "dashes"],
    ["", "empty"],
  ])("%s is refused (%s)", (value) => {
    expect(isE164(value)).toBe(false);
  });
});

describe("ICCIDs are 18 to 22 digits with a Luhn check digit", () => {
  it("the Luhn check digit of a known number is right", () => {
    // The textbook example: 7992739871 completes to 79927398713.
    expect(luhnCheckDigit("7992739871")).toBe(3);
  });

  it("a payload completed with its check digit is a valid ICCID at every allowed length", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^89\d{15,19}$/), (payload) => {
        expect(isIccid(`${payload}${luhnCheckDigit(payload)}`)).toBe(true);
      }),
    );
  });

  it("changing any single digit of a valid ICCID makes it invalid", () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^89\d{16}$/),
        fc.nat(),
        fc.integer({ min: 1, max: 9 }),
        (payload, position, shift) => {
          const valid = `${payload}${luhnCheckDigit(payload)}`;
          const at = position % valid.length;
          const digit = (Number(valid[at]) + shift) % 10;
          const typo = `${valid.slice(0, at)}${digit}${valid.slice(at + 1)}`;
          expect(isIccid(typo)).toBe(false);
        },
      ),
    );
  });

  it("a valid check digit does not rescue a wrong length or a non-digit", () => {
    const complete = (payload: string) => `${payload}${luhnCheckDigit(payload)}`;
    expect(isIccid(complete("8".repeat(16)))).toBe(false); // 17 digits
    expect(isIccid(complete("8".repeat(17)))).toBe(true); // 18 digits
    expect(isIccid(complete("8".repeat(21)))).toBe(true); // 22 digits
    expect(isIccid(complete("8".repeat(22)))).toBe(false); // 23 digits
    expect(isIccid("89014103211118510a20")).toBe(false);
    expect(isIccid(` ${complete("8".repeat(17))}`)).toBe(false);
  });
});

describe("personal data is shown masked", () => {
  it("an email keeps its first letter and its domain", () => {
    expect(maskEmail("jane@example.com")).toBe("j•••@example.com");
    expect(maskEmail("j@example.com")).toBe("j•••@example.com");
  });

  it("a string that is not an email reveals nothing", () => {
    expect(maskEmail("@example.com")).toBe("•••");
    expect(maskEmail("no-at-sign")).toBe("•••");
  });

  it("a phone number keeps its country prefix and last four digits", () => {
    expect(maskPhone("+15550100123")).toBe("+1•••••0123");
    expect(maskPhone("+491701234567")).toBe("+4•••••4567");
  });

  it("a phone number too short to mask reveals nothing", () => {
    expect(maskPhone("+1234")).toBe("•••");
  });

  it("a masked recipient never contains the full address or number", () => {
    fc.assert(
      fc.property(fc.emailAddress(), fc.stringMatching(/^\+[1-9]\d{7,14}$/), (email, phone) => {
        expect(maskRecipient("email", email)).not.toContain(email);
        expect(maskRecipient("sms", phone)).not.toContain(phone);
      }),
    );
  });
});

describe("the language of a page or message", () => {
  it.each([
    ["en", "en"],
    ["es", "es"],
    ["de", "de"],
    ["fr", "fr"],
    ["de-AT", "de"],
    ["FR_ca", "fr"],
    ["es-419", "es"],
  ])("%s is shown in %s", (preferred, expected) => {
    expect(resolveLocale(preferred)).toBe(expected);
  });

  it.each([["it"], ["pt-BR"], [""], [null], [undefined]])("%s falls back to English", (value) => {
    expect(resolveLocale(value)).toBe("en");
  });
});
