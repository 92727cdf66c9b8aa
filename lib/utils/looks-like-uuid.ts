import { isUuid } from "./parse-uuid";

/**
 * Ids come from URLs and forms: anything that is not a UUID is simply not found, instead of a
 * database error for a malformed uuid. The rule itself is parseUuid's.
 */
export function looksLikeUuid(value: string): boolean {
  return isUuid(value);
}
