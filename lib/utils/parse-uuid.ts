/**
 * RFC 4122 text form only: 8-4-4-4-12 hexadecimal digits. Ids come from URLs, forms and tokens;
 * anything else (36 dashes, 36 hex digits without dashes, a broken percent-escape) is "not
 * found" before it reaches PostgreSQL, whose uuid cast would fail the request with a 500.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The id in canonical (lower-case) form, or null when the value is not a UUID. */
export function parseUuid(value: unknown): string | null {
  return typeof value === "string" && UUID.test(value) ? value.toLowerCase() : null;
}

export function isUuid(value: unknown): value is string {
  return parseUuid(value) !== null;
}
