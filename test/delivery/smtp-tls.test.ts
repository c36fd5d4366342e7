import { afterEach, describe, expect, it } from "vitest";
import { ConfigError } from "../../src/config.js";
import { deliverySettings } from "../../src/delivery/settings.js";
import { smtpTransport } from "../../src/delivery/smtp-transport.js";
import type { OutgoingEmail } from "../../src/delivery/transport.js";
import { type SmtpSink, startSmtpSink } from "../support/smtp-sink.js";

/** T7: mail carries live consent links, so it never travels in the clear to another machine. */
const from = { SMTP_FROM: "no-reply@example.com" };

function settingsOf(url: string) {
  return deliverySettings({ SMTP_URL: url, ...from }).smtp;
}

function refusal(url: string): string {
  try {
    settingsOf(url);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error("the settings were accepted");
}

describe("SMTP and TLS", () => {
  it("a server elsewhere is spoken to over TLS only: from the start (smtps://) or by STARTTLS, required", () => {
    expect(settingsOf("smtp://mail.example.com:587")?.requireTls).toBe(true);
    expect(settingsOf("smtps://mail.example.com:465")?.requireTls).toBe(true);
  });

  it("a server on loopback, or a URL that says requireTLS=false, may be spoken to in the clear", () => {
    expect(settingsOf("smtp://127.0.0.1:2525")?.requireTls).toBe(false);
    expect(settingsOf("smtp://localhost:25")?.requireTls).toBe(false);
    expect(settingsOf("smtp://[::1]:25")?.requireTls).toBe(false);
    expect(settingsOf("smtp://mail.example.com:25/?requireTLS=false")?.requireTls).toBe(false);
  });

  it("start-up refuses a URL that turns TLS off for a server elsewhere, naming SMTP_URL", () => {
    for (const url of [
      "smtp://mail.example.com:25/?ignoreTLS=true",
      "smtps://mail.example.com:465/?secure=false",
    ]) {
      expect(refusal(url)).toMatch(/^SMTP_URL turns TLS off .* requireTLS=false/);
    }
    expect(settingsOf("smtp://127.0.0.1:25/?ignoreTLS=true")?.requireTls).toBe(false);
  });

  it("flags are read as nodemailer reads them, so no spelling of one turns TLS off unnoticed", () => {
    for (const url of [
      "smtp://mail.example.com:25/?ignoreTLS=1",
      "smtp://mail.example.com:25/?ignoreTLS=yes",
      "smtps://mail.example.com:465/?secure=0",
      "smtps://mail.example.com:465/?secure=",
    ]) {
      expect(refusal(url)).toMatch(/^SMTP_URL turns TLS off /);
    }
    expect(refusal("smtp://mail.example.com:25/?ignoreTLS=0&ignoreTLS=0")).toMatch(
      /ignoreTLS at most once/,
    );
    // requireTLS=0 reaches nodemailer as false: it is the operator's opting out, as with "false".
    expect(settingsOf("smtp://mail.example.com:25/?requireTLS=0")?.requireTls).toBe(false);
    expect(settingsOf("smtp://mail.example.com:25/?ignoreTLS=0")?.requireTls).toBe(true);
    expect(settingsOf("smtp://mail.example.com:25/?requireTLS=true")?.requireTls).toBe(true);
  });

  describe("sending", () => {
    let sink: SmtpSink | undefined;
    afterEach(async () => sink?.close());

    const email: OutgoingEmail = {
      key: "job_tls",
      projectId: "prj_1",
      consentRequestId: null,
      to: "ana@example.com",
      text: "Review: https://consent.example.com/consent/abc",
      link: "https://consent.example.com/consent/abc",
      createdAt: 0,
      fromName: "Acme",
      subject: "Please review",
      html: "<p>Review</p>",
    };

    it("when TLS is required and the server offers no STARTTLS, nothing is sent", async () => {
      sink = await startSmtpSink();
      const transport = smtpTransport({
        url: `smtp://127.0.0.1:${sink.port}`,
        from: from.SMTP_FROM,
        requireTls: true,
      });
      const result = await transport.send(email);
      await transport.close();
      expect(result.ok).toBe(false);
      expect(sink.messages).toHaveLength(0);
    });

    it("when TLS is required and the server offers STARTTLS, the message goes encrypted", async () => {
      sink = await startSmtpSink({ starttls: true });
      const transport = smtpTransport({
        url: `smtp://127.0.0.1:${sink.port}/?tls.rejectUnauthorized=false`,
        from: from.SMTP_FROM,
        requireTls: true,
      });
      const result = await transport.send(email);
      await transport.close();
      expect(result.ok).toBe(true);
      const [mail] = await sink.waitForMessages(1);
      expect(mail?.secure).toBe(true);
    });
  });
});
