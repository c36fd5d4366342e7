import { describe, expect, it } from "vitest";
import { contactChangeEmail } from "../../src/delivery/messages/compose.js";
import { supportedLocales } from "../../src/domain/formats.js";

/** T1: the email to the previous address after a contact change, in every language. */
describe("the contact change notice", () => {
  const at = Date.UTC(2026, 10, 30, 9, 30);

  it.each(supportedLocales)(
    "in %s, says what changed, from and to which masked address, and whom to contact, in HTML and plain text",
    async (locale) => {
      const email = await contactChangeEmail({
        locale,
        brand: "Acme Mobile",
        userName: "Jane Doe",
        previous: "j•••@example.com",
        next: "m•••@evil.example",
        at,
      });
      for (const part of [email.text, email.html]) {
        expect(part).toContain("j•••@example.com");
        expect(part).toContain("m•••@evil.example");
        expect(part).toContain("Acme Mobile");
        expect(part).toContain("2026");
      }
      expect(email.html).toContain(`lang="${locale}"`);
      expect(email.html).toContain(email.subject);
      expect(email.text).not.toContain("<");
    },
  );

  it("has its own subject in each language", async () => {
    const subjects = await Promise.all(
      supportedLocales.map(async (locale) => {
        const email = await contactChangeEmail({
          locale,
          brand: "Acme Mobile",
          userName: "Jane",
          previous: "j•••@example.com",
          next: null,
          at,
        });
        return email.subject;
      }),
    );
    expect(new Set(subjects).size).toBe(supportedLocales.length);
  });

  it("escapes what it puts in HTML", async () => {
    const email = await contactChangeEmail({
      locale: "en",
      brand: "<b>Acme</b>",
      userName: "Jane",
      previous: "j•••@example.com",
      next: null,
      at,
    });
    expect(email.html).not.toContain("<b>Acme</b>");
    expect(email.html).toContain("&lt;b&gt;Acme&lt;/b&gt;");
  });
});
