import { randomBytes } from "node:crypto";

export const idPrefixes = {
  organization: "org",
  project: "prj",
  member: "mbr",
  apiKey: "key",
  user: "usr",
  sim: "sim",
  subscription: "sub",
  consentRequest: "csr",
  event: "evt",
  job: "job",
  message: "msg",
  webhookEndpoint: "whe",
  webhookAttempt: "wha",
} as const;

export type IdKind = keyof typeof idPrefixes;

const alphabet = "0123456789abcdefghjkmnpqrstvwxyz"; // Crockford base32, lowercase

function base32(digits: readonly number[]): string {
  let out = "";
  for (const digit of digits) out += alphabet[digit];
  return out;
}

function timePart(ms: number): string {
  let out = "";
  let rest = ms;
  for (let i = 0; i < 10; i++) {
    out = alphabet[rest % 32] + out;
    rest = Math.floor(rest / 32);
  }
  return out;
}

// The random part of the last id, as base-32 digits, and the millisecond it was made in.
let lastMs = -1;
let lastRandom: number[] = [];

/** The next random part: fresh in a new millisecond, the previous one plus one within it. */
function randomPart(ms: number): number[] {
  if (ms === lastMs) {
    const next = [...lastRandom];
    let i = next.length - 1;
    while (i >= 0 && next[i] === 31) next[i--] = 0;
    if (i >= 0) {
      next[i] = (next[i] as number) + 1;
      lastRandom = next;
      return next;
    }
  }
  lastMs = ms;
  lastRandom = [...randomBytes(16)].map((byte) => byte & 31);
  return lastRandom;
}

/**
 * Ids sort by creation time (a 10-character time part, then 16 random characters), so that lists
 * can page by id alone: `id < cursor` walks back in time at a cost independent of depth. Ids made
 * in one millisecond by one process keep their order too (as ULIDs do), so the events one change
 * writes at one instant list in the order they happened.
 */
export function newId(kind: IdKind, now: number): string {
  const ms = Math.max(0, Math.floor(now));
  return `${idPrefixes[kind]}_${timePart(ms)}${base32(randomPart(ms))}`;
}

export function hasIdShape(kind: IdKind, value: string): boolean {
  return new RegExp(`^${idPrefixes[kind]}_[0-9a-hjkmnp-tv-z]{26}$`).test(value);
}
