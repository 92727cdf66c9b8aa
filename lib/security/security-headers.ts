/**
 * Headers every response of the app carries (proxy.ts adds them): no framing (clickjacking), no
 * MIME sniffing, browser features the app never uses switched off, and in production HSTS, so a
 * browser that has seen the site once never talks to it over plain HTTP again.
 */
export function securityHeaders(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  return {
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "permissions-policy":
      "accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=(), browsing-topics=()",
    ...(env.NODE_ENV === "production" ? { "strict-transport-security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

/** Pages only: route handlers choose their own (a share link's download sends no referrer at all). */
export const PAGE_REFERRER_POLICY = "strict-origin-when-cross-origin";
