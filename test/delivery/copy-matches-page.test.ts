import { describe, expect, it } from "vitest";
import { copies } from "../../src/delivery/messages/copy.js";
import { supportedLocales } from "../../src/domain/formats.js";
import { messagesFor } from "../../src/review/messages.js";

describe("what the messages tell the user to press", () => {
  it.each(supportedLocales)(
    "in %s, the email and the SMS name the review page's decline button exactly",
    (locale) => {
      const button = messagesFor(locale).pending.decline;
      const copy = copies[locale].consent;
      expect(copy.notYou("Acme Mobile")).toContain(button);
      expect(copy.sms("Acme Mobile", "subject", "https://x/consent/t", "3 h")).toContain(button);
    },
  );
});

describe("what the messages say a lock removal does", () => {
  it.each(supportedLocales)(
    "in %s, the email states the consequence in the review page's own words, and has its own subject and introduction",
    (locale) => {
      const page = messagesFor(locale).pending;
      const copy = copies[locale].consent;
      expect(copy.consequence.lockRemoval).toBe(page.effect.lockRemoval);
      expect(copy.subject.lockRemoval).not.toBe(copy.subject.simReplacement);
      expect(copy.intro.lockRemoval("Acme Mobile", "+1 ••• 0123")).toContain("+1 ••• 0123");
      expect(page.intro.lockRemoval("Acme Mobile")).toContain("Acme Mobile");
    },
  );
});
