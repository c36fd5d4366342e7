import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/config.js";
import { deliverySettings } from "../../src/delivery/settings.js";

const smtp = {
  SMTP_URL: "smtp://mailer:s3cret@mail.example.com:587",
  SMTP_FROM: "no-reply@example.com",
};
const sms = {
  SMS_URL: "https://api.twilio.com",
  SMS_ACCOUNT_SID: "AC0123456789abcdef",
  SMS_AUTH_TOKEN: "token",
  SMS_FROM: "+15550100123",
};

function refusal(env: NodeJS.ProcessEnv): string {
  try {
    deliverySettings(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error("the settings were accepted");
}

describe("delivery settings", () => {
  it("without SMTP_URL and SMS settings, every message goes to the Outbox", () => {
    expect(deliverySettings({})).toEqual({ smtp: null, sms: null, outbox: false });
    expect(deliverySettings({ SMTP_URL: "", SMS_URL: " " })).toEqual({
      smtp: null,
      sms: null,
      outbox: false,
    });
  });

  it("accepts SMTP and a Twilio-shaped SMS gateway", () => {
    expect(deliverySettings({ ...smtp, ...sms })).toEqual({
      smtp: { url: smtp.SMTP_URL, from: smtp.SMTP_FROM, requireTls: true },
      sms: {
        url: sms.SMS_URL,
        accountSid: sms.SMS_ACCOUNT_SID,
        authToken: "token",
        from: sms.SMS_FROM,
      },
      outbox: false,
    });
    expect(deliverySettings({ ...sms, SMS_FROM: "AcmeMobile" }).sms?.from).toBe("AcmeMobile");
  });

  it.each([
    [{ ...smtp, SMTP_URL: "not a url" }, /^SMTP_URL must be a URL/],
    [
      { ...smtp, SMTP_URL: "http://mail.example.com" },
      /^SMTP_URL must start with smtp:\/\/ or smtps:\/\//,
    ],
    [{ ...smtp, SMTP_URL: "smtp://mail.example.com/inbox" }, /^SMTP_URL must not have a path/],
    [{ SMTP_URL: smtp.SMTP_URL }, /^SMTP_FROM must be set when SMTP_URL is set/],
    [
      { ...smtp, SMTP_FROM: "Acme <no-reply@example.com>" },
      /^SMTP_FROM must be a plain email address/,
    ],
    [{ SMS_URL: sms.SMS_URL }, /^SMS_ACCOUNT_SID must be set when SMS_URL is set/],
    [{ ...sms, SMS_AUTH_TOKEN: "" }, /^SMS_AUTH_TOKEN must be set/],
    [{ ...sms, SMS_URL: "ftp://gateway.example.com" }, /^SMS_URL must be an http\(s\) URL/],
    [{ ...sms, SMS_ACCOUNT_SID: "AC/../x" }, /^SMS_ACCOUNT_SID must be letters and digits/],
    [{ ...sms, SMS_FROM: "15550100123" }, /^SMS_FROM must be a phone number in E\.164/],
    [{ OUTBOX: "yes" }, /^OUTBOX must be 1/],
  ])("a malformed setting stops start-up with a message naming it (%#)", (env, message) => {
    expect(refusal(env)).toMatch(message);
  });

  it("never repeats a malformed URL, which may hold a password", () => {
    expect(refusal({ ...smtp, SMTP_URL: "http://mailer:hunter2@mail.example.com" })).not.toContain(
      "hunter2",
    );
  });
});

describe("starting with malformed delivery settings", () => {
  const run = (args: string[], env: NodeJS.ProcessEnv) => {
    const dir = mkdtempSync(join(tmpdir(), "assent-settings-"));
    try {
      return spawnSync(process.execPath, ["--import", "tsx", ...args], {
        env: {
          ...process.env,
          DATABASE_URL: `sqlite:${join(dir, "assent.db")}`,
          PORT: "0",
          LOG_LEVEL: "silent",
          ...env,
        },
        encoding: "utf8",
        timeout: 30_000,
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it("the worker command refuses to start and names the variable", () => {
    const result = run(["src/cli.ts", "worker"], { SMTP_URL: "http://mail.example.com" });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("SMTP_URL must start with smtp:// or smtps://");
  });

  it("the server refuses to start and names the variable", () => {
    const result = run(["src/main.ts"], { SMS_URL: "https://api.twilio.com" });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("SMS_ACCOUNT_SID must be set when SMS_URL is set");
  });
});
