import { isAppError } from "@/lib/errors/app-error";
import { toErrorResponse } from "@/lib/errors/to-error-response";
import { toUserError } from "@/lib/errors/to-user-error";
import { rateLimitErrorHeaders } from "@/lib/rate-limit/rate-limit-headers";

const TITLES: Record<number, string> = {
  403: "Not allowed",
  404: "File not available",
  409: "Not ready yet",
  422: "Cannot download this file",
  429: "Too many downloads",
};

// The page is built here, under /api, where proxy.ts sets no policy: no script, only its own <style>.
const ERROR_PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Someone followed a link in a browser, as opposed to a script or pdf.js fetching the file. */
export function isBrowserNavigation(request: Request): boolean {
  return (request.headers.get("accept") ?? "").includes("text/html");
}

/** The page the person came from, when it is one of ours: the way back from the error. */
function sameOriginReferrer(request: Request): string | null {
  const referrer = request.headers.get("referer");
  if (!referrer) return null;
  try {
    const from = new URL(referrer);
    return from.origin === new URL(request.url).origin ? `${from.pathname}${from.search}` : null;
  } catch {
    return null;
  }
}

/**
 * A failed download. A link clicked in the browser gets a small readable page (the download
 * navigates away from the app, so raw JSON would replace it); API clients keep the JSON error.
 */
export function downloadErrorResponse(request: Request, error: unknown, fallbackHref: string | null): Response {
  if (!isBrowserNavigation(request)) return toErrorResponse(error);
  const { message } = toUserError(error);
  const status = isAppError(error) ? error.status : 500;
  const back = sameOriginReferrer(request) ?? fallbackHref;
  const title = TITLES[status] ?? "Download failed";
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>${escapeHtml(title)} · SCR Platform</title>
<style>body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#15282c;background:#f6f8f8;display:grid;place-items:center;min-height:100vh}
main{max-width:28rem;margin:1.5rem;padding:1.75rem;background:#fff;border:1px solid #e1e7e8;border-radius:12px}
h1{font-size:1.25rem;margin:0 0 .5rem}p{margin:0 0 1.25rem;color:#5a6a6e}a{color:#1d7462;font-weight:600}</style></head>
<body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p>${back ? `<a href="${escapeHtml(back)}">Go back</a>` : ""}</main></body></html>`;
  return new Response(html, {
    status,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
      "content-security-policy": ERROR_PAGE_POLICY,
      ...rateLimitErrorHeaders(error),
    },
  });
}
