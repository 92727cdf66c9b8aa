/**
 * Paths served without a session: sign-in, health, and endpoints that authenticate themselves
 * (webhooks by signature; data-room share links by their signed, expiring token).
 */
const PUBLIC_PATHS = ["/sign-in", "/api/health", "/api/webhooks", "/api/inngest", "/shared", "/api/dataroom/shared"];

export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`));
}
