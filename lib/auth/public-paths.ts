/**
 * Paths served without a session: sign-in, health, and endpoints that authenticate themselves
 * (webhooks by signature; data-room share links by their signed, expiring token; deal-room guests
 * by their single-use invite token, then by the signed cookie it gave them; the public API by its
 * Bearer key, lib/api/with-api-key.ts).
 */
const PUBLIC_PATHS = ["/sign-in", "/api/health", "/api/webhooks", "/api/inngest", "/shared", "/api/dataroom/shared", "/guest", "/api/guest", "/api/v1"];

export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`));
}
