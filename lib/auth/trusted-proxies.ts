import { BlockList, isIP } from "node:net";
import { AppError } from "@/lib/errors/app-error";

/**
 * Which forwarding headers to believe. `TRUSTED_PROXIES` lists, comma-separated, the addresses or
 * CIDR ranges of our own proxy hops (load balancer, ingress); by default it is empty and none is.
 *
 * The client address: X-Forwarded-For is read from the right, since every proxy appends the
 * address it received the request from and only the entries our own hops wrote can be believed.
 * Entries that are trusted proxies are skipped; the first one that is not is the client. With no
 * trusted proxies the right-most entry is taken: the one the immediate hop wrote (Next fills the
 * header with the socket's address when nobody sent one). The left-most entry is never taken on
 * its own: a client writes whatever it likes there. A malformed entry ends the walk with no
 * address, as nothing to its left can be trusted.
 *
 * Limitation: a client talking straight to Next (no proxy in front) keeps its own X-Forwarded-For,
 * and Next then does not add the socket address, so the recorded address is only as good as the
 * deployment: put the app behind a proxy that appends to the header, and list its inner hops here.
 *
 * X-Forwarded-Host and X-Forwarded-Proto are believed only when TRUSTED_PROXIES is set, i.e. a
 * proxy of ours sits in front and overwrites them; otherwise the Host header is the host
 * (proxy.ts rewrites the forwarded ones before Next's own server-action origin check reads them).
 */
type TrustedProxies = { list: BlockList; configured: boolean };

let cached: { source: string; proxies: TrustedProxies } | undefined;

export function trustedProxies(env: NodeJS.ProcessEnv = process.env): TrustedProxies {
  const source = env.TRUSTED_PROXIES ?? "";
  if (cached?.source === source) return cached.proxies;
  const list = new BlockList();
  const entries = source
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const [address, prefix, extra] = entry.split("/");
    const family = isIP(address);
    const bits = prefix === undefined ? null : /^\d{1,3}$/.test(prefix) ? Number(prefix) : Number.NaN;
    if (!family || extra !== undefined || (bits !== null && !(bits <= (family === 6 ? 128 : 32)))) {
      throw new AppError("CONFIGURATION", `TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range (e.g. 10.0.0.0/8, 2001:db8::/32).`);
    }
    const type = family === 6 ? "ipv6" : "ipv4";
    if (bits === null) list.addAddress(address, type);
    else list.addSubnet(address, bits, type);
  }
  const proxies = { list, configured: entries.length > 0 };
  cached = { source, proxies };
  return proxies;
}

/** An X-Forwarded-For entry as a bare address ("[2001:db8::1]:443" -> "2001:db8::1", "::ffff:192.0.2.1" -> "192.0.2.1"), or null. */
export function normaliseAddress(entry: string): string | null {
  let value = entry.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(value);
  if (mapped) value = mapped[1];
  return isIP(value) ? value : null;
}

function isTrusted(address: string, proxies: TrustedProxies): boolean {
  return proxies.list.check(address, isIP(address) === 6 ? "ipv6" : "ipv4");
}

/** The client's address from an X-Forwarded-For value, by the rule above; null when there is none to believe. */
export function clientAddressFrom(forwardedFor: string | null, env: NodeJS.ProcessEnv = process.env): string | null {
  const entries = (forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const proxies = trustedProxies(env);
  let leftmostTrusted: string | null = null;
  for (let index = entries.length - 1; index >= 0; index--) {
    const address = normaliseAddress(entries[index]);
    if (!address) return null;
    if (!isTrusted(address, proxies)) return address;
    leftmostTrusted = address;
  }
  // Every hop is one of ours: the request started inside (a health check, a job calling back).
  return leftmostTrusted;
}

/** Whether X-Forwarded-Host and X-Forwarded-Proto come from a proxy of ours (see above). */
export function trustsForwardedHost(env: NodeJS.ProcessEnv = process.env): boolean {
  return trustedProxies(env).configured;
}
