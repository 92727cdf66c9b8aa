/**
 * The prose at the top of the reference: what every endpoint shares (authentication, pages, errors,
 * limits, retries). Markdown, as Swagger UI and most generators render the description so.
 */
export const API_REFERENCE_DESCRIPTION = `The SCR Platform API lets your own programs read and write your organisation's data: projects,
portfolios and holdings, documents, scores, matches and Q&A, and receive webhooks.

## Authentication
Create a key under **Settings → API keys** (organisation admins). Send it on every request:

    Authorization: Bearer scr_…

A key acts for its organisation only and carries scopes. Each operation names the one scope it needs
(\`x-required-scope\`); a key without it is answered 403 with \`details.missingScope\`. A missing,
unknown, expired or revoked key is a 401. Another organisation's id answers 404, exactly as an id that
does not exist. While the organisation's subscription is past due, the API is read-only (writes are 403).

## Pagination
Lists are paginated by keyset, newest first: pass \`limit\` (1–100, default 25), then pass the page's
\`nextCursor\` back as \`cursor\` until \`nextCursor\` is null. Cursors are opaque; rows added meanwhile do
not shift the pages.

## Errors
Every failure has one shape: \`{"error": {"code", "message", "details"}}\`. \`code\` is stable
(UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, VALIDATION, CONFLICT, RATE_LIMITED, ...); \`message\` is a sentence
for people; \`details\` is what a program may act on (\`fieldErrors\` per field, \`missingScope\`,
\`retryAfterSeconds\`). A malformed query string is a 400, an invalid body a 422.

## Rate limits
Requests are counted per organisation (the plan's rate), or per key when the key has its own limit.
Every answer after authentication carries \`RateLimit-Limit\`, \`RateLimit-Remaining\` and
\`RateLimit-Reset\` (seconds until the window ends); a refused request is a 429 with \`Retry-After\`.

## Idempotency
A POST may carry an \`Idempotency-Key\` header (up to 255 characters, unique per request you mean). Sending
it again with the same body within 24 hours returns the first answer again (header
\`Idempotent-Replayed: true\`) instead of writing twice; the same key with another body or path is a 422,
and while the first request is still running a 409. Only successes and refusals of the request as sent
(400, 422) are remembered: a 404 or 409, which depend on the data, and server errors (5xx) are not, so a
retry after one runs again.`;
