import type { LookupAddress } from "node:dns";
import ipaddr from "ipaddr.js";

/**
 * Which resolved addresses a webhook may be sent to: public unicast only. Private, loopback,
 * link-local (169.254.169.254, the cloud metadata service), carrier-grade NAT, multicast and
 * reserved ranges are refused, IPv4-mapped IPv6 (::ffff:127.0.0.1) judged as the IPv4 it wraps.
 * `allowLoopback` exists for tests and local receivers; it never opens private networks.
 */
export type OutboundPolicy = { allowLoopback: boolean };

export function refusalOf(address: string, policy: OutboundPolicy): string | null {
  const bare = address.replace(/^\[|\]$/g, "");
  if (!ipaddr.isValid(bare)) return `${address} is not an IP address`;
  const range = ipaddr.process(bare).range();
  if (range === "unicast") return null;
  if (range === "loopback" && policy.allowLoopback) return null;
  return `${bare} is a ${range} address`;
}

export function isIpLiteral(host: string): boolean {
  return ipaddr.isValid(host.replace(/^\[|\]$/g, ""));
}

/** The first refusal among a name's addresses: one private answer is enough to refuse the name. */
export function refusalOfAny(addresses: readonly LookupAddress[], policy: OutboundPolicy): string | null {
  for (const { address } of addresses) {
    const refusal = refusalOf(address, policy);
    if (refusal) return refusal;
  }
  return addresses.length ? null : "the name has no address";
}

/** From the environment: WEBHOOK_ALLOW_LOOPBACK=true lets tests and local runs receive on 127.0.0.1. */
export function outboundPolicyFromEnv(env: NodeJS.ProcessEnv = process.env): OutboundPolicy {
  return { allowLoopback: env.WEBHOOK_ALLOW_LOOPBACK === "true" };
}
