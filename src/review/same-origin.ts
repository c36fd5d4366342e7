import type { IncomingHttpHeaders } from "node:http";

/**
 * Whether a form post comes from one of our own pages (L2). Browsers mark every request with
 * `Sec-Fetch-Site`, which a page cannot forge; when it is present it decides. Older browsers send
 * only `Origin`, which must then be ours. With `Referrer-Policy: no-referrer` browsers send
 * `Origin: null` even for a same-origin form, so `null` proves nothing either way and is left to
 * the form's anti-forgery value, as is a request with neither header (not a browser).
 */
export function isSameOriginPost(
  headers: IncomingHttpHeaders,
  ownOrigins: readonly string[],
): boolean {
  const site = headers["sec-fetch-site"];
  if (site !== undefined) return site === "same-origin";
  const origin = headers.origin;
  if (origin === undefined || origin === "null") return true;
  return ownOrigins.includes(origin);
}
