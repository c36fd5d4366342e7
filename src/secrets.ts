import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  hkdfSync,
  randomBytes,
  randomInt,
  scrypt,
  timingSafeEqual,
} from "node:crypto";
import { promisify } from "node:util";

const scryptAsync = promisify(scrypt) as (
  password: string,
  salt: Buffer,
  keylen: number,
) => Promise<Buffer>;

/** A fresh secret of 256 random bits, URL-safe. */
export function newSecretToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Hash of a high-entropy secret (link token, API key, session id); such secrets need no salt. */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/** Compares two hex digests in constant time. */
export function sameDigest(a: string, b: string): boolean {
  const left = Buffer.from(a, "hex");
  const right = Buffer.from(b, "hex");
  return left.length === right.length && timingSafeEqual(left, right);
}

export function randomDigits(count: number): string {
  let out = "";
  for (let i = 0; i < count; i++) out += String(randomInt(10));
  return out;
}

/** Passwords are low-entropy: salted scrypt. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, 32);
  return `scrypt$${salt.toString("base64url")}$${key.toString("base64url")}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, salt, key] = stored.split("$");
  if (scheme !== "scrypt" || !salt || !key) return false;
  const expected = Buffer.from(key, "base64url");
  const actual = await scryptAsync(password, Buffer.from(salt, "base64url"), expected.length);
  return timingSafeEqual(actual, expected);
}

/**
 * What is sealed at rest, one key each (T7): the link token between a request's transaction and
 * the worker that sends it, the Outbox's copies of messages, replayable idempotent answers, the
 * review page's anti-forgery value, and webhook signing secrets.
 */
export const sealPurposes = [
  "linkToken",
  "outboxCopy",
  "idempotentAnswer",
  "formToken",
  "webhookSecret",
] as const;
export type SealPurpose = (typeof sealPurposes)[number];

/**
 * The application's keys, all derived from APP_SECRET. `seal` encrypts with AES-256-GCM under the
 * purpose's key, bound to `boundTo` (the row the value lives in) as associated data: the database
 * alone never reveals a sealed value, and one copied to another row does not open there.
 * `pinDigest` is the keyed HMAC a transfer PIN is stored as: without the key, its 10^6
 * possibilities cannot be tried against a stolen database.
 */
export type Sealer = {
  seal(purpose: SealPurpose, boundTo: string, plain: string): string;
  /** Opens under the current secret, or the previous one while a rotation is under way. */
  open(purpose: SealPurpose, boundTo: string, sealed: string): string;
  pinDigest(boundTo: string, pin: string): string;
  /** True when `pin` is the one stored for `boundTo`, under the current or previous secret. */
  pinMatches(boundTo: string, pin: string, stored: string): Promise<boolean>;
};

type Keys = { seal: (purpose: SealPurpose) => Buffer; pin: Buffer; legacySeal: Buffer };

function deriveKeys(appSecret: string): Keys {
  const derive = (info: string) =>
    Buffer.from(hkdfSync("sha256", appSecret, "assent", `assent ${info} v1`, 32));
  const seal = new Map(sealPurposes.map((purpose) => [purpose, derive(`seal ${purpose}`)]));
  return {
    seal: (purpose) => seal.get(purpose) as Buffer,
    pin: derive("transfer pin"),
    legacySeal: createHash("sha256").update(`assent-seal:${appSecret}`).digest(),
  };
}

const sealedPrefix = "s1";

function associatedData(purpose: SealPurpose, boundTo: string): Buffer {
  return Buffer.from(`${purpose}\n${boundTo}`, "utf8");
}

function openWith(key: Buffer, aad: Buffer | null, iv: Buffer, tag: Buffer, body: Buffer): string {
  // A full-length tag only: a truncated one would make forgeries cheaper.
  const decipher = createDecipheriv("aes-256-gcm", key, iv, { authTagLength: 16 });
  if (aad) decipher.setAAD(aad);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(body), decipher.final()]).toString("utf8");
}

function pinHmac(key: Buffer, boundTo: string, pin: string): string {
  return createHmac("sha256", key).update(`${boundTo}\n${pin}`).digest("base64url");
}

export function createSealer(appSecret: string, previousSecret?: string | null): Sealer {
  const keyring = [deriveKeys(appSecret), ...(previousSecret ? [deriveKeys(previousSecret)] : [])];
  const current = keyring[0] as Keys;
  return {
    seal(purpose, boundTo, plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", current.seal(purpose), iv);
      cipher.setAAD(associatedData(purpose, boundTo));
      const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
      const parts = [iv, cipher.getAuthTag(), body].map((b) => b.toString("base64url"));
      return [sealedPrefix, ...parts].join(".");
    },
    open(purpose, boundTo, sealed) {
      const parts = sealed.split(".");
      // Values sealed before keys were derived per purpose (three parts, no binding) still open
      // under the old key, so that what was in flight at the upgrade is not lost.
      const legacy = parts.length === 3;
      if (!legacy && (parts.length !== 4 || parts[0] !== sealedPrefix)) {
        throw new Error("malformed sealed value");
      }
      const [iv, tag, body] = parts.slice(legacy ? 0 : 1).map((p) => Buffer.from(p, "base64url"));
      if (iv?.length !== 12 || tag?.length !== 16 || !body) {
        throw new Error("malformed sealed value");
      }
      const aad = legacy ? null : associatedData(purpose, boundTo);
      let failure: unknown;
      for (const keys of keyring) {
        try {
          return openWith(legacy ? keys.legacySeal : keys.seal(purpose), aad, iv, tag, body);
        } catch (error) {
          failure = error;
        }
      }
      throw failure;
    },
    pinDigest(boundTo, pin) {
      return `hmac$${pinHmac(current.pin, boundTo, pin)}`;
    },
    async pinMatches(boundTo, pin, stored) {
      // PINs issued before they were keyed were kept as salted scrypt; they expire soon anyway.
      if (stored.startsWith("scrypt$")) return verifyPassword(pin, stored);
      const [scheme, digest] = stored.split("$");
      if (scheme !== "hmac" || !digest) return false;
      const expected = Buffer.from(digest, "base64url");
      return keyring.some((keys) => {
        const actual = Buffer.from(pinHmac(keys.pin, boundTo, pin), "base64url");
        return actual.length === expected.length && timingSafeEqual(actual, expected);
      });
    },
  };
}
