/**
 * Where to send the browser after sign-in: a path on this site, or nothing. A prefix check is not
 * enough: browsers strip tabs and newlines from URLs and read `\` as `/`, so `/%09/evil.example`,
 * `/\evil.example` and `//evil.example` all leave the site. The value is therefore resolved as the
 * browser would resolve it, against a stand-in origin, and kept only if it stays on that origin.
 */
const STAND_IN_ORIGIN = "https://next-path.invalid";

/** Control characters (C0, DEL, C1) and the backslash, which browsers treat as a slash. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is this expression's purpose
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\\]/;

export function safeNextPath(value: unknown): string | undefined {
  if (typeof value !== "string" || value.length === 0 || value.length > 2048) return undefined;
  if (!value.startsWith("/") || value.startsWith("//")) return undefined;
  if (UNSAFE_CHARACTERS.test(value) || UNSAFE_CHARACTERS.test(decodeOrNull(value) ?? "\\")) return undefined;
  let url: URL;
  try {
    url = new URL(value, STAND_IN_ORIGIN);
  } catch {
    return undefined;
  }
  if (url.origin !== STAND_IN_ORIGIN || url.pathname.startsWith("//")) return undefined;
  // A path whose decoded form starts with "//" (/%2F%2Fevil.example) is one a later decode or a
  // proxy could turn into a protocol-relative URL.
  if ((decodeOrNull(url.pathname) ?? "//").startsWith("//")) return undefined;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** Fully percent-decoded (repeatedly, so double encoding cannot hide a character), or null when malformed. */
function decodeOrNull(value: string): string | null {
  let current = value;
  for (let round = 0; round < 3; round++) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(current);
    } catch {
      return null;
    }
    if (decoded === current) return decoded;
    current = decoded;
  }
  return current;
}
