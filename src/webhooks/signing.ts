import { createHmac, randomBytes } from "node:crypto";
import type { Sealer } from "../secrets.js";

/**
 * Signing per Standard Webhooks (W2): the secret is `whsec_` and base64 of 32 random bytes; a
 * signature is `v1,` and base64 of HMAC-SHA256, keyed by the decoded secret, over
 * `id.timestamp.body`. During a rotation both secrets sign: the header lists both signatures,
 * separated by a space, and a receiver that knows either accepts the message.
 */
export const secretPrefix = "whsec_";

export function newEndpointSecret(): string {
  return `${secretPrefix}${randomBytes(32).toString("base64")}`;
}

export function signingKey(secret: string): Buffer {
  return Buffer.from(secret.slice(secretPrefix.length), "base64");
}

export function signatureHeader(
  keys: readonly Buffer[],
  id: string,
  timestampSeconds: number,
  body: string,
): string {
  const content = `${id}.${timestampSeconds}.${body}`;
  return keys
    .map((key) => `v1,${createHmac("sha256", key).update(content).digest("base64")}`)
    .join(" ");
}

/**
 * Endpoint secrets are read back to sign, so they are sealed rather than hashed: under the
 * webhook secrets' own key, bound to the endpoint, so a sealed secret copied to another endpoint's
 * row does not open there.
 */
export function sealSecret(sealer: Sealer, endpointId: string, secret: string): string {
  return sealer.seal("webhookSecret", endpointId, secret);
}

export function openSecret(sealer: Sealer, endpointId: string, sealed: string): string {
  return sealer.open("webhookSecret", endpointId, sealed);
}
