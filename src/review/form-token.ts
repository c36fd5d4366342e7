import { maxLinkTtlSeconds } from "../domain/consent-rules.js";
import { hashSecret, type Sealer, sameDigest } from "../secrets.js";

/**
 * The anti-forgery value of the review form (L2). It is the link token's hash and the time the
 * page was shown, sealed under the application key: only this server can make one, and one made
 * for another link does not fit this one. It needs no storage and no cookie, so it works the same
 * on every instance and in browsers that block cookies.
 */

const purpose = "reviewForm";
// A page cannot be older than the longest link it could show.
const maxAgeMs = maxLinkTtlSeconds * 1000;

type FormTokenPayload = { p: string; h: string; t: number };

export function issueFormToken(sealer: Sealer, linkToken: string, now: number): string {
  const payload: FormTokenPayload = { p: purpose, h: hashSecret(linkToken), t: now };
  return sealer.seal("formToken", payload.h, JSON.stringify(payload));
}

export function verifyFormToken(
  sealer: Sealer,
  linkToken: string,
  value: unknown,
  now: number,
): boolean {
  if (typeof value !== "string" || value.length === 0 || value.length > 512) return false;
  let payload: Partial<FormTokenPayload>;
  try {
    payload = JSON.parse(
      sealer.open("formToken", hashSecret(linkToken), value),
    ) as Partial<FormTokenPayload>;
  } catch {
    return false;
  }
  if (payload.p !== purpose || typeof payload.h !== "string" || typeof payload.t !== "number") {
    return false;
  }
  const age = now - payload.t;
  return age >= 0 && age <= maxAgeMs && sameDigest(payload.h, hashSecret(linkToken));
}
