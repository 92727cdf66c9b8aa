/** Paths served without a session: sign-in, health, and endpoints that authenticate themselves. */
const PUBLIC_PATHS = ["/sign-in", "/api/health", "/api/webhooks", "/api/inngest"];

export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`));
}
