import { describe, expect, it } from "vitest";
import { requestMetaFrom } from "@/lib/auth/request-meta";
import { clientAddressFrom, normaliseAddress, trustsForwardedHost } from "@/lib/auth/trusted-proxies";

const env = (trusted?: string) => ({ NODE_ENV: "test", TRUSTED_PROXIES: trusted }) as NodeJS.ProcessEnv;

describe("the client address from X-Forwarded-For", () => {
  it.each([
    // [X-Forwarded-For, TRUSTED_PROXIES, recorded address]
    ["203.0.113.7", undefined, "203.0.113.7"],
    // A client's own header, with our edge's entry appended: the edge's entry, never the client's claim.
    ["1.1.1.1, 203.0.113.7", undefined, "203.0.113.7"],
    ["1.1.1.1, 203.0.113.7", "", "203.0.113.7"],
    // Inner hops listed as trusted are skipped from the right; the first untrusted entry is the client.
    ["1.1.1.1, 203.0.113.7, 10.0.0.5", "10.0.0.0/8", "203.0.113.7"],
    ["1.1.1.1, 203.0.113.7, 10.0.0.5, 10.1.2.3", "10.0.0.0/8", "203.0.113.7"],
    ["1.1.1.1, 203.0.113.7, 172.16.0.9, 10.0.0.5", "10.0.0.0/8, 172.16.0.9", "203.0.113.7"],
    // A forged trusted-looking entry to the left of a real client changes nothing.
    ["10.0.0.1, 203.0.113.7, 10.0.0.5", "10.0.0.0/8", "203.0.113.7"],
    // Every hop is ours: the request started inside.
    ["10.0.0.4, 10.0.0.5", "10.0.0.0/8", "10.0.0.4"],
    ["2001:db8::1, 2001:db8:ffff::2", "2001:db8:ffff::/48", "2001:db8::1"],
    ["[2001:db8::1]:443", undefined, "2001:db8::1"],
    ["203.0.113.7:51234", undefined, "203.0.113.7"],
    ["::ffff:203.0.113.7", undefined, "203.0.113.7"],
    // Garbage ends the walk: nothing to its left can be believed, and it is never stored.
    ["203.0.113.7, not-an-ip", undefined, null],
    ["1.1.1.1, <script>, 10.0.0.5", "10.0.0.0/8", null],
    [`203.0.113.7, ${"9".repeat(60)}`, undefined, null],
    ["", undefined, null],
    [null, undefined, null],
  ])("%j with TRUSTED_PROXIES=%j -> %j", (forwardedFor, trusted, expected) => {
    expect(clientAddressFrom(forwardedFor, env(trusted))).toBe(expected);
  });

  it("is what the audit and access logs record", () => {
    const headers = new Headers({ "x-forwarded-for": "6.6.6.6, 198.51.100.20", "x-real-ip": "6.6.6.6", "user-agent": "ua" });
    expect(requestMetaFrom(headers, env())).toEqual({ ipAddress: "198.51.100.20", userAgent: "ua" });
  });

  it("refuses a TRUSTED_PROXIES entry that is not an address or range", () => {
    for (const bad of ["10.0.0.0/33", "proxy.internal", "10.0.0.0/8/1", "2001:db8::/129", "10.0.0.0/x"]) {
      expect(() => clientAddressFrom("203.0.113.7", env(bad))).toThrow(/TRUSTED_PROXIES/);
    }
  });

  it("normalises addresses with ports, brackets and IPv4-mapped IPv6", () => {
    expect(normaliseAddress(" 192.0.2.1 ")).toBe("192.0.2.1");
    expect(normaliseAddress("[::1]")).toBe("::1");
    expect(normaliseAddress("unknown")).toBeNull();
  });

  it("believes X-Forwarded-Host only behind a configured proxy", () => {
    expect(trustsForwardedHost(env())).toBe(false);
    expect(trustsForwardedHost(env(" "))).toBe(false);
    expect(trustsForwardedHost(env("10.0.0.0/8"))).toBe(true);
  });
});
