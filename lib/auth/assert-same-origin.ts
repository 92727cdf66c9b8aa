import { AppError } from "@/lib/errors/app-error";
import { trustsForwardedHost } from "./trusted-proxies";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * What Next checks for server actions, for route handlers that change data on the strength of the
 * session cookie: the browser's Origin must be this app. SameSite=Lax cookies still ride along on
 * POSTs from sibling subdomains (same site, other origin), so the cookie alone proves nothing.
 * Without an Origin a request is refused when it carries cookies (every browser sends Origin on
 * POST and PUT; only old or non-browser clients omit it) and let through when it has none, since
 * then no session cookie can authenticate it.
 *
 * This app's host is the Host header (or, behind a trusted proxy, X-Forwarded-Host; see
 * lib/auth/trusted-proxies.ts), or the host of APP_URL when that is set.
 */
export function assertSameOrigin(request: Request, env: NodeJS.ProcessEnv = process.env): void {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return;
  const origin = request.headers.get("origin");
  if (origin === null) {
    if (request.headers.has("cookie")) throw crossOrigin();
    return;
  }
  const originHost = hostOf(origin);
  if (!originHost || !appHosts(request, env).includes(originHost)) throw crossOrigin();
}

function crossOrigin(): AppError {
  return new AppError("FORBIDDEN", "This request did not come from this app (its Origin does not match), so it was refused.");
}

function hostOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.host.toLowerCase() : null;
  } catch {
    return null;
  }
}

function appHosts(request: Request, env: NodeJS.ProcessEnv): string[] {
  const hosts: string[] = [];
  // A Request built outside an HTTP server (tests, scripts) has no Host header: its URL names the host.
  const host = request.headers.get("host") ?? new URL(request.url).host;
  hosts.push(host.toLowerCase());
  const forwardedHost = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  if (forwardedHost && trustsForwardedHost(env)) hosts.push(forwardedHost.toLowerCase());
  const appHost = env.APP_URL ? hostOf(env.APP_URL) : null;
  if (appHost) hosts.push(appHost);
  return hosts;
}
