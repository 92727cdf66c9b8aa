import { NextRequest, type NextFetchEvent } from "next/server";
import { afterEach, describe, expect, it } from "vitest";
import { signLocalSession, LOCAL_SESSION_COOKIE } from "@/lib/auth/local-session";
import { buildContentSecurityPolicy, clerkFrontendApiFrom } from "@/lib/security/content-security-policy";
import { secureProxyResponse } from "@/lib/security/secure-proxy-response";
import { securityHeaders } from "@/lib/security/security-headers";

const { default: proxy } = await import("@/proxy");

afterEach(() => {
  delete process.env.TRUSTED_PROXIES;
});

async function callProxy(path: string, headers: Record<string, string> = {}) {
  const request = new NextRequest(`http://localhost:3000${path}`, { headers: { host: "localhost:3000", ...headers } });
  const response = await proxy(request, { waitUntil: () => {} } as unknown as NextFetchEvent);
  if (!response) throw new Error("the proxy answered nothing");
  return response;
}

/** The request headers the proxy hands on to the page, action or route (Next's override protocol). */
function forwardedRequestHeaders(response: Response): Map<string, string> {
  const names = (response.headers.get("x-middleware-override-headers") ?? "").split(",").filter(Boolean);
  return new Map(names.map((name) => [name, response.headers.get(`x-middleware-request-${name}`) ?? ""]));
}

function directives(policy: string | null): Map<string, string[]> {
  return new Map(
    (policy ?? "")
      .split(";")
      .map((part) => part.trim().split(/\s+/) as [string, ...string[]])
      .map(([name, ...sources]) => [name, sources]),
  );
}

describe("security headers from the proxy", () => {
  it("gives a page a nonce CSP, and hands the same policy and nonce on to Next for its scripts", async () => {
    const response = await callProxy("/sign-in");
    const policy = response.headers.get("content-security-policy");
    const csp = directives(policy);
    const nonce = /'nonce-([A-Za-z0-9+/=]{22,})'/.exec(policy ?? "")?.[1];
    expect(nonce).toBeDefined();
    expect(csp.get("script-src")).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'self'"]);
    expect(csp.get("form-action")).toEqual(["'self'"]);
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("permissions-policy")).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
    expect(response.headers.get("strict-transport-security")).toBeNull();

    const forwarded = forwardedRequestHeaders(response);
    expect(forwarded.get("content-security-policy")).toBe(policy);
    expect(forwarded.get("x-nonce")).toBe(nonce);
    // The rest of the request goes on untouched.
    expect(forwarded.get("host")).toBe("localhost:3000");
  });

  it("makes a new nonce for every request", async () => {
    const nonces = new Set<string>();
    for (let i = 0; i < 5; i++) nonces.add(forwardedRequestHeaders(await callProxy("/sign-in")).get("x-nonce") ?? "");
    expect(nonces.size).toBe(5);
  });

  it("puts them on signed-in pages and on the redirect to sign-in too", async () => {
    const cookie = `${LOCAL_SESSION_COOKIE}=${await signLocalSession("6f1c1d0e-8a3b-4c1e-9f52-7d1b2a3c4d5e")}`;
    const page = await callProxy("/dashboard", { cookie });
    expect(directives(page.headers.get("content-security-policy")).get("frame-ancestors")).toEqual(["'none'"]);
    expect(forwardedRequestHeaders(page).get("x-nonce")).toBeTruthy();
    const redirect = await callProxy("/dashboard");
    expect(redirect.status).toBe(307);
    expect(redirect.headers.get("x-frame-options")).toBe("DENY");
    expect(redirect.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });

  it("leaves the policy and referrer policy of /api routes to the routes (files need their sandbox), the other headers not", async () => {
    const response = await callProxy("/api/health");
    expect(response.headers.get("content-security-policy")).toBeNull();
    expect(response.headers.get("referrer-policy")).toBeNull();
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
  });

  it("adds HSTS in production only, and 'unsafe-eval' in development only", () => {
    expect(securityHeaders({ NODE_ENV: "production" } as NodeJS.ProcessEnv)["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
    expect(securityHeaders({ NODE_ENV: "development" } as NodeJS.ProcessEnv)["strict-transport-security"]).toBeUndefined();
    const dev = directives(buildContentSecurityPolicy({ nonce: "abc", development: true }));
    expect(dev.get("script-src")).toContain("'unsafe-eval'");
    const prod = directives(buildContentSecurityPolicy({ nonce: "abc", development: false }));
    expect(prod.get("script-src")).not.toContain("'unsafe-eval'");
    expect(prod.get("script-src")).not.toContain("'unsafe-inline'");
  });

  it("lets Clerk's own host load and connect when Clerk is the provider", () => {
    const key = `pk_test_${Buffer.from("clerk.scr.example$").toString("base64")}`;
    expect(clerkFrontendApiFrom(key)).toBe("clerk.scr.example");
    expect(clerkFrontendApiFrom("pk_test_bm90IGEgaG9zdCA8c2NyaXB0Pg==")).toBeNull();
    const request = new NextRequest("http://localhost:3000/sign-in", { headers: { host: "localhost:3000" } });
    const env = { NODE_ENV: "production", CLERK_SECRET_KEY: "sk_live_x", NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: key } as NodeJS.ProcessEnv;
    const csp = directives(secureProxyResponse(request, new Response(null), env).headers.get("content-security-policy"));
    expect(csp.get("connect-src")).toEqual(["'self'", "https://clerk.scr.example"]);
    expect(csp.get("script-src")).toContain("https://clerk.scr.example");
  });
});

describe("forwarding headers from the client", () => {
  const forged = { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" };

  it("replaces a client's X-Forwarded-Host with the real Host and drops its X-Forwarded-Proto, so Next's action check compares Origin with the Host", async () => {
    for (const path of ["/sign-in", "/api/health"]) {
      const forwarded = forwardedRequestHeaders(await callProxy(path, forged));
      expect(forwarded.get("x-forwarded-host")).toBe("localhost:3000");
      expect(forwarded.has("x-forwarded-proto")).toBe(false);
    }
  });

  it("keeps them when a trusted proxy is configured: that proxy sets them", async () => {
    process.env.TRUSTED_PROXIES = "10.0.0.0/8";
    const forwarded = forwardedRequestHeaders(await callProxy("/sign-in", { "x-forwarded-host": "scr.example", "x-forwarded-proto": "https" }));
    expect(forwarded.get("x-forwarded-host")).toBe("scr.example");
    expect(forwarded.get("x-forwarded-proto")).toBe("https");
  });
});
