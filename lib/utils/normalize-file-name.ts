/**
 * One rule for every name a person gives a file (upload, folder create and rename) and for every
 * name sent back in a header. A name is shown in lists, written into Content-Disposition and saved
 * to disk by browsers: CR/LF would split a header, U+202E ("right-to-left override") makes
 * "invoice\u202Efdp.exe" read as "invoiceexe.pdf", and "../" walks out of a download folder.
 */
export const FILE_NAME_MAX_LENGTH = 255;
const FALLBACK = "file";

// Control characters (C0, DEL, C1) and the invisible format characters that reorder or hide text:
// bidi embeddings, overrides and isolates, directional marks, zero-width space, byte-order mark.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
const EXTENSION = /\.([\p{L}\p{N}]{1,10})$/u;

/** Cuts to `max` code points, never inside a surrogate pair. */
const cut = (text: string, max: number) => Array.from(text).slice(0, max).join("");

export function normalizeFileName(raw: string, maxLength = FILE_NAME_MAX_LENGTH): string {
  const cleaned = raw
    .normalize("NFC")
    .replace(INVISIBLE, "")
    .replace(/[/\\]/g, "_")
    // No ".." segment can survive: every run of dots is one dot.
    .replace(/\.{2,}/g, ".")
    .trim()
    // Leading dots hide a file on Unix; trailing dots and spaces are dropped by Windows anyway.
    .replace(/^[.\s]+|[.\s]+$/g, "");
  if (!cleaned) return FALLBACK;
  const extension = EXTENSION.exec(cleaned)?.[0] ?? "";
  const base = cleaned.slice(0, cleaned.length - extension.length).replace(/[.\s]+$/, "") || FALLBACK;
  const room = Math.max(1, maxLength - Array.from(extension).length);
  return `${cut(base, room).replace(/[.\s]+$/, "") || FALLBACK}${extension}`;
}
