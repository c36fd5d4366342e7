import { createCipheriv, createHash, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { createSealer, hashPassword } from "../../src/secrets.js";

/** T7: keys per purpose from APP_SECRET, sealed values bound to their row, rotation, keyed PINs. */
const secret = "current-secret-current-secret-0123456";
const previous = "previous-secret-previous-secret-01234";

describe("secrets at rest", () => {
  it("a sealed value opens for its purpose and its row only", () => {
    const sealer = createSealer(secret);
    const sealed = sealer.seal("linkToken", "cr_1", "the token");
    expect(sealer.open("linkToken", "cr_1", sealed)).toBe("the token");
    expect(sealed).not.toContain("the token");
    expect(() => sealer.open("linkToken", "cr_2", sealed)).toThrow();
    expect(() => sealer.open("outboxCopy", "cr_1", sealed)).toThrow();
    expect(() => sealer.open("idempotentAnswer", "cr_1", sealed)).toThrow();
  });

  it("a sealed value altered or with its tag cut short does not open", () => {
    const sealer = createSealer(secret);
    const sealed = sealer.seal("outboxCopy", "msg_1", "the text");
    const [prefix, iv, tag, body] = sealed.split(".");
    const short = [
      prefix,
      iv,
      Buffer.from(tag ?? "", "base64url")
        .subarray(0, 4)
        .toString("base64url"),
      body,
    ];
    expect(() => sealer.open("outboxCopy", "msg_1", short.join("."))).toThrow();
    const flipped = Buffer.from(body ?? "", "base64url");
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    const altered = [prefix, iv, tag, flipped.toString("base64url")];
    expect(() => sealer.open("outboxCopy", "msg_1", altered.join("."))).toThrow();
  });

  it("each purpose has its own key: the same value sealed for two purposes does not cross over", () => {
    const sealer = createSealer(secret);
    const asAnswer = sealer.seal("idempotentAnswer", "row", "body");
    expect(() => sealer.open("formToken", "row", asAnswer)).toThrow();
    expect(() => sealer.open("webhookSecret", "row", asAnswer)).toThrow();
  });

  it("after a rotation, what the previous secret sealed still opens; new values use the new one", () => {
    const before = createSealer(previous);
    const inFlight = before.seal("linkToken", "cr_1", "sealed before the rotation");
    const rotated = createSealer(secret, previous);
    expect(rotated.open("linkToken", "cr_1", inFlight)).toBe("sealed before the rotation");
    const fresh = rotated.seal("linkToken", "cr_1", "after");
    expect(createSealer(secret).open("linkToken", "cr_1", fresh)).toBe("after");
    expect(() => before.open("linkToken", "cr_1", fresh)).toThrow();
    // Once the previous secret is dropped, what only it sealed no longer opens.
    expect(() => createSealer(secret).open("linkToken", "cr_1", inFlight)).toThrow();
  });

  it("a value sealed before keys were derived per purpose still opens after the upgrade", () => {
    const legacyKey = createHash("sha256").update(`assent-seal:${secret}`).digest();
    const iv = randomBytes(12);
    const cipher = createCipheriv("aes-256-gcm", legacyKey, iv);
    const body = Buffer.concat([cipher.update("old token", "utf8"), cipher.final()]);
    const legacy = [iv, cipher.getAuthTag(), body].map((b) => b.toString("base64url")).join(".");
    expect(createSealer(secret).open("linkToken", "cr_1", legacy)).toBe("old token");
  });

  it("a transfer PIN is stored as a keyed HMAC of its line: the digest alone does not reveal it", async () => {
    const sealer = createSealer(secret);
    const stored = sealer.pinDigest("sub_1", "123456");
    expect(stored).toMatch(/^hmac\$/);
    expect(stored).not.toContain("123456");
    expect(await sealer.pinMatches("sub_1", "123456", stored)).toBe(true);
    expect(await sealer.pinMatches("sub_1", "123457", stored)).toBe(false);
    expect(await sealer.pinMatches("sub_2", "123456", stored)).toBe(false);
    // Without the key, trying all 10^6 PINs against the digest finds nothing.
    expect(await createSealer(previous).pinMatches("sub_1", "123456", stored)).toBe(false);
    // The same PIN on two lines has two digests.
    expect(sealer.pinDigest("sub_2", "123456")).not.toBe(stored);
  });

  it("a PIN issued before a rotation still verifies; one issued as salted scrypt still verifies", async () => {
    const issued = createSealer(previous).pinDigest("sub_1", "654321");
    const rotated = createSealer(secret, previous);
    expect(await rotated.pinMatches("sub_1", "654321", issued)).toBe(true);
    expect(await rotated.pinMatches("sub_1", "654320", issued)).toBe(false);
    const legacy = await hashPassword("111222");
    expect(await rotated.pinMatches("sub_1", "111222", legacy)).toBe(true);
    expect(await rotated.pinMatches("sub_1", "111223", legacy)).toBe(false);
  });

  it("APP_SECRET_PREVIOUS is read with APP_SECRET, and refused when short or alone", () => {
    const base = { DATABASE_URL: "sqlite::memory:" };
    expect(
      loadConfig({ ...base, APP_SECRET: secret, APP_SECRET_PREVIOUS: previous }).appSecretPrevious,
    ).toBe(previous);
    expect(loadConfig({ ...base, APP_SECRET: secret }).appSecretPrevious).toBeNull();
    expect(() => loadConfig({ ...base, APP_SECRET: secret, APP_SECRET_PREVIOUS: "short" })).toThrow(
      /APP_SECRET_PREVIOUS must be at least 32 characters/,
    );
    expect(() => loadConfig({ ...base, APP_SECRET_PREVIOUS: previous })).toThrow(
      /APP_SECRET_PREVIOUS needs APP_SECRET/,
    );
  });
});
