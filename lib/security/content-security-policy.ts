/**
 * The pages' Content-Security-Policy, one per request (proxy.ts). Scripts run only with the
 * request's nonce, which Next stamps on its own script tags when it finds the policy on the
 * request, or when loaded by such a script ('strict-dynamic': code-split chunks, the pdf.js
 * viewer). No inline script is allowed. Styles allow 'unsafe-inline': React renders `style`
 * attributes (charts, progress bars, Radix positioning) into the HTML, and a style attribute
 * cannot carry a nonce; styles cannot run code, so the cost is only CSS injection.
 */
export type ContentSecurityPolicyOptions = {
  nonce: string;
  /** `next dev`: React Refresh and the dev overlay evaluate code. */
  development: boolean;
  /** Clerk's Frontend API host, when Clerk is the auth provider: clerk-js loads from and talks to it. */
  clerkFrontendApi?: string | null;
};

export function buildContentSecurityPolicy({ nonce, development, clerkFrontendApi }: ContentSecurityPolicyOptions): string {
  const clerk = clerkFrontendApi ? `https://${clerkFrontendApi}` : null;
  // Clerk's bot protection runs in a Cloudflare Turnstile frame.
  const turnstile = clerk ? "https://challenges.cloudflare.com" : null;
  const directives: Record<string, (string | null | false)[]> = {
    "default-src": ["'self'"],
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", development && "'unsafe-eval'", clerk, turnstile],
    "style-src": ["'self'", "'unsafe-inline'"],
    // blob: previews of images being chosen (cover, logo), data: for small inline images.
    "img-src": ["'self'", "blob:", "data:", clerk && "https://img.clerk.com"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'", clerk],
    // pdf.js runs its worker from /api/dataroom/pdf-worker.
    "worker-src": ["'self'", "blob:"],
    "frame-src": turnstile ? [turnstile] : ["'none'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources.filter(Boolean)].join(" "))
    .join("; ");
}

/** A fresh, unguessable nonce for one response (128 bits, base64). */
export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/** The Frontend API host inside a Clerk publishable key (`pk_test_<base64 of "host$">`), or null. */
export function clerkFrontendApiFrom(publishableKey: string | undefined): string | null {
  const encoded = /^pk_(?:test|live)_([A-Za-z0-9+/=_-]+)$/.exec(publishableKey ?? "")?.[1];
  if (!encoded) return null;
  const host = Buffer.from(encoded, "base64").toString("utf8").replace(/\$$/, "");
  return /^[a-z0-9.-]+(?::\d+)?$/i.test(host) ? host : null;
}

/**
 * For files served from the data room, share links and uploaded images, inline or not: a
 * document that is opened directly (an SVG, an HTML file renamed to .pdf) runs in a sandbox with
 * no script, no plugin, no form and no access to this origin; images, media and the styles a
 * browser's own viewer needs still load. The app shows PDFs with pdf.js and images with <img>,
 * which this header does not restrict.
 */
export const FILE_CONTENT_SECURITY_POLICY =
  "sandbox; default-src 'none'; img-src 'self' data: blob:; media-src 'self' blob:; style-src 'unsafe-inline'; font-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
