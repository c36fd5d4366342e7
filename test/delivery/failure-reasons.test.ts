import { describe, expect, it } from "vitest";
import { describeFailure } from "../../src/delivery/addresses.js";
import { classifySmtpFailure } from "../../src/delivery/smtp-transport.js";

/**
 * L1: a link token is never logged. A mail server or SMS gateway that quotes the message back in
 * its refusal must not put the live link into the logs or into the request's delivery error,
 * which support members read.
 */
describe("failure reasons", () => {
  const token = "ysi88_iXGXUk9dfk-kYjd_ayXjJn1rqdauoy9M5nQHY";

  it("a refusal that quotes the consent link keeps neither the link nor its token", () => {
    const refusal = classifySmtpFailure(
      Object.assign(new Error("refused"), {
        responseCode: 554,
        response: `554 5.7.1 rejected: spam link https://consent.example.com/consent/${token} in body`,
      }),
    );
    expect(refusal.reason).not.toContain(token);
    expect(refusal.reason).toContain("554 5.7.1 rejected: spam link [link] in body");
  });

  it("a token quoted without its scheme and host is cut too, with addresses and numbers", () => {
    const reason = describeFailure(
      `Body 'Acme: approve: /consent/${token}' to ana@example.com +15550100456 refused`,
    );
    expect(reason).toBe("Body 'Acme: approve: /consent/[link]' to [address] [number] refused");
  });
});
