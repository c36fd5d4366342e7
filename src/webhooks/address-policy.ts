import type { LookupAddress } from "node:dns";
import { lookup as dnsLookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";
import { ConfigError } from "../config.js";

/**
 * Which addresses a webhook may reach (W5). Only public addresses, unless WEBHOOK_ALLOW_PRIVATE
 * lists the address; plain http only to listed addresses. The check runs when an endpoint is
 * created or changed and again on the address each delivery connects to (sender.ts), so that a
 * DNS answer that changes between the check and the connection cannot reach inside.
 */

export type ResolvedAddress = { address: string; family: 4 | 6 };

/** Resolves a host name to every address it has; injectable so tests control DNS. */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: Resolver = async (hostname) => {
  const found: LookupAddress[] = await dnsLookup(hostname, { all: true, verbatim: true });
  return found.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};

export type AddressPolicy = {
  /** Why `address` may not be reached over `protocol` ("is not a public address"), or null. */
  refusal(address: string, protocol: "http:" | "https:"): string | null;
  resolve: Resolver;
};

/** Ranges that are not the public internet (IANA special-purpose registries). */
const nonPublicRanges: [string, number, "ipv4" | "ipv6"][] = [
  ["0.0.0.0", 8, "ipv4"],
  ["10.0.0.0", 8, "ipv4"],
  ["100.64.0.0", 10, "ipv4"],
  ["127.0.0.0", 8, "ipv4"],
  ["169.254.0.0", 16, "ipv4"],
  ["172.16.0.0", 12, "ipv4"],
  ["192.0.0.0", 24, "ipv4"],
  ["192.0.2.0", 24, "ipv4"],
  ["192.88.99.0", 24, "ipv4"],
  ["192.168.0.0", 16, "ipv4"],
  ["198.18.0.0", 15, "ipv4"],
  ["198.51.100.0", 24, "ipv4"],
  ["203.0.113.0", 24, "ipv4"],
  ["224.0.0.0", 4, "ipv4"],
  ["240.0.0.0", 4, "ipv4"],
  ["::", 128, "ipv6"],
  ["::1", 128, "ipv6"],
  // IPv4-mapped and -translated addresses reach IPv4 hosts, private ones included.
  ["::ffff:0:0", 96, "ipv6"],
  ["64:ff9b::", 96, "ipv6"],
  ["64:ff9b:1::", 48, "ipv6"],
  ["100::", 64, "ipv6"],
  ["2001::", 23, "ipv6"],
  ["2001:db8::", 32, "ipv6"],
  ["2002::", 16, "ipv6"],
  ["fc00::", 7, "ipv6"],
  ["fe80::", 10, "ipv6"],
  ["fec0::", 10, "ipv6"],
  ["ff00::", 8, "ipv6"],
];

// One list per family: Node matches IPv4 addresses against IPv6 rules by their mapped form, so
// in one list ::ffff:0:0/96 would take in every IPv4 address.
const nonPublic = { ipv4: new BlockList(), ipv6: new BlockList() };
for (const [network, prefix, family] of nonPublicRanges) {
  nonPublic[family].addSubnet(network, prefix, family);
}

function familyOf(address: string): "ipv4" | "ipv6" | null {
  const version = isIP(address);
  return version === 4 ? "ipv4" : version === 6 ? "ipv6" : null;
}

/** The IPv4 address inside an IPv4-mapped IPv6 address (::ffff:a.b.c.d), if it is one. */
function mappedIpv4(address: string): string | null {
  const match = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (match?.[1]) return match[1];
  const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address);
  if (!hex?.[1] || !hex[2]) return null;
  const high = Number.parseInt(hex[1], 16);
  const low = Number.parseInt(hex[2], 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join(".");
}

/** Parses WEBHOOK_ALLOW_PRIVATE: comma-separated CIDRs (or single addresses). */
export function parseAllowList(cidrs: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of cidrs) {
    const [network = "", prefix] = entry.trim().split("/");
    const family = familyOf(network);
    const bits = prefix === undefined ? undefined : Number(prefix);
    const max = family === "ipv4" ? 32 : 128;
    if (!family || (bits !== undefined && (!Number.isInteger(bits) || bits < 0 || bits > max))) {
      throw new ConfigError(
        `WEBHOOK_ALLOW_PRIVATE must list CIDRs such as 127.0.0.0/8 or fd00::/8 (got "${entry.trim()}")`,
      );
    }
    if (bits === undefined) list.addAddress(network, family);
    else list.addSubnet(network, bits, family);
  }
  return list;
}

export function createAddressPolicy(
  allowPrivate: readonly string[],
  resolve: Resolver = systemResolver,
): AddressPolicy {
  const allowed = parseAllowList(allowPrivate);
  const isAllowed = (address: string, family: "ipv4" | "ipv6") => {
    if (allowed.check(address, family)) return true;
    const inner = family === "ipv6" ? mappedIpv4(address) : null;
    return inner !== null && allowed.check(inner, "ipv4");
  };
  return {
    resolve,
    refusal(address, protocol) {
      const family = familyOf(address);
      if (!family) return "is not an IP address";
      if (isAllowed(address, family)) return null;
      if (nonPublic[family].check(address, family)) {
        return "is not a public address";
      }
      if (protocol === "http:") return "takes https only (plain http only to allowed addresses)";
      return null;
    },
  };
}

/** The host of a URL as an address or name: IPv6 literals lose their brackets. */
export function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, "$1");
}

/**
 * Why the URL may not be used for a webhook, or null: https (or http to an allowed address),
 * no credentials in it, and a host whose every address may be reached.
 */
export async function urlRefusal(policy: AddressPolicy, raw: string): Promise<string | null> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "must be an absolute URL";
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return "must be an https URL";
  if (url.username !== "" || url.password !== "") return "must not carry credentials";
  const protocol = url.protocol;
  const host = hostOf(url);
  let addresses: ResolvedAddress[];
  if (isIP(host)) {
    addresses = [{ address: host, family: isIP(host) === 6 ? 6 : 4 }];
  } else {
    try {
      addresses = await policy.resolve(host);
    } catch {
      return `its host ${host} does not resolve`;
    }
    if (addresses.length === 0) return `its host ${host} does not resolve`;
  }
  for (const { address } of addresses) {
    const refused = policy.refusal(address, protocol);
    if (refused) return host === address ? `${host} ${refused}` : `${host} (${address}) ${refused}`;
  }
  return null;
}
