/**
 * Ids come from URLs and forms: anything that is not UUID-shaped is simply not found, instead of
 * a database error for a malformed uuid.
 */
export function looksLikeUuid(value: string): boolean {
  return /^[0-9a-f-]{36}$/i.test(value);
}
