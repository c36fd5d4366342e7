import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from "node:crypto";
import { AppError } from "../errors.js";
import type { Deps } from "./deps.js";

/**
 * Member passwords: salted scrypt at OWASP's current parameters (N=2^17, r=8, p=1), stored with
 * the parameters so that older hashes still verify and are replaced at the next login (T4).
 * Hashing is CPU- and memory-heavy (128 MiB each), so it runs a few at a time: a burst of logins
 * waits its turn, or is turned away, instead of taking every thread of the pool.
 *
 * Stored forms: `scrypt$ln=17,r=8,p=1$<salt>$<key>`, and the older `scrypt$<salt>$<key>` made
 * with Node's defaults (N=2^14).
 */

export type ScryptParams = { logN: number; r: number; p: number };

/** https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html#scrypt */
export const owaspScrypt: ScryptParams = { logN: 17, r: 8, p: 1 };
const legacyScrypt: ScryptParams = { logN: 14, r: 8, p: 1 };

export type PasswordVerification = { ok: boolean; needsRehash: boolean };

export type PasswordHasher = {
  hash(password: string): Promise<string>;
  verify(password: string, stored: string): Promise<PasswordVerification>;
  /** A stored hash that matches no password, of the current cost, for unknown logins. */
  readonly dummyHash: string;
};

/** Thrown when more hashes wait than the hasher queues: 429, try again in a moment. */
export class HasherBusyError extends AppError {
  constructor() {
    super("tooManyRequests", "Too many passwords are being checked at once; try again shortly.");
    this.name = "HasherBusyError";
  }
}

function scryptAsync(password: string, salt: Buffer, keylen: number, params: ScryptParams) {
  const N = 2 ** params.logN;
  const options: ScryptOptions = {
    N,
    r: params.r,
    p: params.p,
    // Node refuses more than 32 MiB by default; OWASP's N needs 128 * N * r bytes and a little.
    maxmem: 2 * 128 * N * params.r * params.p,
  };
  return new Promise<Buffer>((resolve, reject) =>
    scrypt(password, salt, keylen, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

function parse(stored: string): { params: ScryptParams; salt: Buffer; key: Buffer } | undefined {
  const parts = stored.split("$");
  if (parts[0] !== "scrypt") return undefined;
  if (parts.length === 3 && parts[1] && parts[2]) {
    return {
      params: legacyScrypt,
      salt: Buffer.from(parts[1], "base64url"),
      key: Buffer.from(parts[2], "base64url"),
    };
  }
  const match = /^ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})$/.exec(parts[1] ?? "");
  if (parts.length !== 4 || !match || !parts[2] || !parts[3]) return undefined;
  return {
    params: { logN: Number(match[1]), r: Number(match[2]), p: Number(match[3]) },
    salt: Buffer.from(parts[2], "base64url"),
    key: Buffer.from(parts[3], "base64url"),
  };
}

const sameParams = (a: ScryptParams, b: ScryptParams) =>
  a.logN === b.logN && a.r === b.r && a.p === b.p;

/** Runs at most `concurrency` tasks at once; at most `maxWaiting` more wait their turn. */
export function concurrencyLimit(concurrency: number, maxWaiting: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= concurrency) {
      if (waiting.length >= maxWaiting) throw new HasherBusyError();
      // The finishing task hands its slot over, so `running` stays counted.
      await new Promise<void>((resolve) => waiting.push(resolve));
    } else {
      running += 1;
    }
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running -= 1;
    }
  };
}

export function createPasswordHasher(
  options: { params?: ScryptParams; concurrency?: number; maxWaiting?: number } = {},
): PasswordHasher {
  const params = options.params ?? owaspScrypt;
  const limit = concurrencyLimit(options.concurrency ?? 2, options.maxWaiting ?? 16);
  const encode = (salt: Buffer, key: Buffer) =>
    `scrypt$ln=${params.logN},r=${params.r},p=${params.p}$${salt.toString("base64url")}$${key.toString("base64url")}`;
  return {
    dummyHash: encode(Buffer.alloc(16), Buffer.alloc(32)),
    async hash(password) {
      const salt = randomBytes(16);
      const key = await limit(() => scryptAsync(password, salt, 32, params));
      return encode(salt, key);
    },
    async verify(password, stored) {
      const parsed = parse(stored);
      if (!parsed || parsed.key.length === 0) return { ok: false, needsRehash: false };
      const actual = await limit(() =>
        scryptAsync(password, parsed.salt, parsed.key.length, parsed.params),
      );
      const ok = timingSafeEqual(actual, parsed.key);
      return { ok, needsRehash: ok && !sameParams(parsed.params, params) };
    },
  };
}

/**
 * The hasher of the process: OWASP's parameters, two hashes at a time (of libuv's four threads),
 * sixteen more waiting (a few seconds' worth); beyond that a login is told to try again.
 */
export const defaultPasswordHasher: PasswordHasher = createPasswordHasher();

export function passwordHasher(deps: Deps): PasswordHasher {
  return deps.passwords ?? defaultPasswordHasher;
}
