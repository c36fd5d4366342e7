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
