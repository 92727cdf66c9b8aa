import { usesClerk } from "@/lib/auth/auth-mode";
import { trustsForwardedHost } from "@/lib/auth/trusted-proxies";
import { buildContentSecurityPolicy, clerkFrontendApiFrom, createNonce } from "./content-security-policy";
import { forwardRequestHeaders } from "./forward-request-headers";
import { PAGE_REFERRER_POLICY, securityHeaders } from "./security-headers";

/**
 * What proxy.ts adds to every response it passes on or answers itself:
 * - the security headers, and on pages a nonce CSP and the referrer policy; /api routes keep
 *   their own (Next drops a route's header when the proxy already set one of that name, and file
 *   responses need their sandbox policy);
 * - on the request that goes on, the CSP (Next reads the nonce for its scripts from it) and
 *   x-nonce, and X-Forwarded-Host/-Proto replaced by the real Host unless a trusted proxy set
 *   them: Next's own server-action check compares Origin with X-Forwarded-Host before Host, so a
 *   client's forged one must never reach it.
 */
export function secureProxyResponse(request: Request, passed: Response, env: NodeJS.ProcessEnv = process.env): Response {
  const response = withMutableHeaders(passed);
  const pathname = new URL(request.url).pathname;
  const isPage = pathname !== "/api" && !pathname.startsWith("/api/");
  for (const [name, value] of Object.entries(securityHeaders(env))) response.headers.set(name, value);

  const forwarded: Record<string, string | null> = {};
  if (isPage) {
    const nonce = createNonce();
    const policy = buildContentSecurityPolicy({
      nonce,
      development: env.NODE_ENV === "development",
      clerkFrontendApi: usesClerk(env) ? clerkFrontendApiFrom(env.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY) : null,
    });
    response.headers.set("content-security-policy", policy);
    response.headers.set("referrer-policy", PAGE_REFERRER_POLICY);
    forwarded["content-security-policy"] = policy;
    forwarded["x-nonce"] = nonce;
  }
  if (!trustsForwardedHost(env)) {
    forwarded["x-forwarded-host"] = request.headers.get("host");
    forwarded["x-forwarded-proto"] = null;
  }
  forwardRequestHeaders(response, request, forwarded);
  return response;
}

/** Response.redirect() and fetched responses have read-only headers: copy those into one that can take ours. */
function withMutableHeaders(response: Response): Response {
  try {
    response.headers.set("x-content-type-options", "nosniff");
    return response;
  } catch {
    return new Response(response.body, response);
  }
}
