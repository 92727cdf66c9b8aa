import { normalizeFileName } from "./normalize-file-name";

/** RFC 5987 attr-char: everything else in filename* is percent-encoded UTF-8. */
const ATTR_CHAR = /[A-Za-z0-9!#$&+\-.^_`|~]/;

function encodeRfc5987(value: string): string {
  let out = "";
  for (const char of value) {
    if (ATTR_CHAR.test(char)) out += char;
    else for (const byte of new TextEncoder().encode(char)) out += `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

/**
 * The one Content-Disposition builder for every response that sends a file: the name normalised
 * again (rows stored before names were cleaned on upload still reach here), an ASCII `filename`
 * for old clients with quotes and backslashes escaped, and the exact name as `filename*`.
 */
export function contentDisposition(kind: "inline" | "attachment", fileName: string): string {
  const name = normalizeFileName(fileName);
  const ascii = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\x20-\x7e]/g, "_")
    .replace(/["\\]/g, "\\$&");
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeRfc5987(name)}`;
}
