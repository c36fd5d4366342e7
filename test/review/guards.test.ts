import { describe, expect, it } from "vitest";
import { maxLinkTtlSeconds } from "../../src/domain/consent-rules.js";
import { issueFormToken, verifyFormToken } from "../../src/review/form-token.js";
import { localeFromAcceptLanguage, localeOfPost } from "../../src/review/locale.js";
import { isSameOriginPost } from "../../src/review/same-origin.js";
import { createSealer, hashSecret, newSecretToken } from "../../src/secrets.js";
import { testAppSecret } from "../support/factories.js";

const sealer = createSealer(testAppSecret);
const now = Date.UTC(2026, 0, 1);

describe("the review form's anti-forgery value", () => {
  it("fits the link whose page issued it", () => {
    const token = newSecretToken();
    expect(verifyFormToken(sealer, token, issueFormToken(sealer, token, now), now + 1000)).toBe(
      true,
    );
  });

  it("does not fit another link", () => {
    const value = issueFormToken(sealer, newSecretToken(), now);
    expect(verifyFormToken(sealer, newSecretToken(), value, now)).toBe(false);
  });

  it("cannot be made without the application key", () => {
    const token = newSecretToken();
    const value = issueFormToken(createSealer("another-secret-another-secret-000"), token, now);
    expect(verifyFormToken(sealer, token, value, now)).toBe(false);
  });

  it("is refused when altered, missing or of another purpose", () => {
    const token = newSecretToken();
    const value = issueFormToken(sealer, token, now);
    const altered = `${value.slice(0, -2)}${value.endsWith("AA") ? "BB" : "AA"}`;
    const payload = JSON.stringify({ p: "reviewForm", h: hashSecret(token), t: now });
    const otherPurpose = sealer.seal("linkToken", hashSecret(token), payload);
    for (const candidate of [altered, "", undefined, 42, otherPurpose, "a.b.c"]) {
      expect(verifyFormToken(sealer, token, candidate, now)).toBe(false);
    }
  });

  it("expires once no link could still be valid", () => {
    const token = newSecretToken();
    const value = issueFormToken(sealer, token, now);
    expect(verifyFormToken(sealer, token, value, now + maxLinkTtlSeconds * 1000)).toBe(true);
    expect(verifyFormToken(sealer, token, value, now + maxLinkTtlSeconds * 1000 + 1)).toBe(false);
  });
});

describe("the same-origin check of decision posts", () => {
  const own = ["https://consent.example.com"];

  it("accepts what a browser sends from our own page", () => {
    expect(isSameOriginPost({ "sec-fetch-site": "same-origin", origin: "null" }, own)).toBe(true);
    expect(isSameOriginPost({ origin: "https://consent.example.com" }, own)).toBe(true);
  });

  it("refuses posts from other sites, sibling sites and other origins", () => {
    expect(isSameOriginPost({ "sec-fetch-site": "cross-site" }, own)).toBe(false);
    expect(isSameOriginPost({ "sec-fetch-site": "same-site" }, own)).toBe(false);
    expect(isSameOriginPost({ "sec-fetch-site": "none" }, own)).toBe(false);
    expect(isSameOriginPost({ origin: "https://consent.example.com.evil.example" }, own)).toBe(
      false,
    );
  });
});

describe("the language of a page whose user is unknown", () => {
  it.each([
    [undefined, "en"],
    ["", "en"],
    ["fr-CA,fr;q=0.9,en;q=0.8", "fr"],
    ["it, es;q=0.5", "es"],
    ["en-GB, de;q=0.9", "en"],
    ["de;q=0.2, es;q=0.8", "es"],
    ["es;q=0, de", "de"],
    ["ja, zh", "en"],
  ])("Accept-Language %j reads as %s", (header, locale) => {
    expect(localeFromAcceptLanguage(header)).toBe(locale);
  });
});

describe("the language of a page answering a form post", () => {
  it("is the one the form was shown in, whatever the browser prefers", () => {
    expect(localeOfPost({ locale: "de" }, "en-US")).toBe("de");
  });

  it("is the browser's when the form names none, or one we do not speak", () => {
    expect(localeOfPost({ locale: "<script>" }, "fr")).toBe("fr");
    expect(localeOfPost(undefined, "es")).toBe("es");
    expect(localeOfPost("decision=approve", undefined)).toBe("en");
  });
});
