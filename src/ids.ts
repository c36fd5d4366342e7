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
} as const;

export type IdKind = keyof typeof idPrefixes;

const alphabet = "0123456789abcdefghjkmnpqrstvwxyz"; // Crockford base32, lowercase

function base32(bytes: Uint8Array): string {
  let out = "";
  for (const byte of bytes) out += alphabet[byte & 31];
  return out;
}

function timePart(ms: number): string {
  let out = "";
  let rest = Math.max(0, Math.floor(ms));
  for (let i = 0; i < 10; i++) {
    out = alphabet[rest % 32] + out;
    rest = Math.floor(rest / 32);
  }
  return out;
}

/**
 * Ids sort by creation time (a 10-character time part, then 16 random characters), so that lists
 * can page by id alone: `id < cursor` walks back in time at a cost independent of depth.
 */
export function newId(kind: IdKind, now: number): string {
  return `${idPrefixes[kind]}_${timePart(now)}${base32(randomBytes(16))}`;
}

export function hasIdShape(kind: IdKind, value: string): boolean {
  return new RegExp(`^${idPrefixes[kind]}_[0-9a-hjkmnp-tv-z]{26}$`).test(value);
}
