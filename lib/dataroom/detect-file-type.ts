import { fileTypeFromBuffer } from "file-type";
import { AppError } from "@/lib/errors/app-error";

/** The data room's allowlist: extension -> the MIME type stored for it. */
export const ALLOWED_TYPES = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  csv: "text/csv",
  txt: "text/plain",
  png: "image/png",
  jpg: "image/jpeg",
} as const;
export type AllowedFileType = keyof typeof ALLOWED_TYPES;

/** How many leading bytes are read before anything is stored: enough for every signature we check. */
export const SNIFF_BYTES = 64 * 1024;

const EXTENSION_ALIASES: Record<string, AllowedFileType> = { jpeg: "jpg" };

export function extensionOf(fileName: string): AllowedFileType | null {
  const raw = /\.([a-z0-9]{1,8})$/i.exec(fileName)?.[1]?.toLowerCase() ?? "";
  const ext = EXTENSION_ALIASES[raw] ?? raw;
  return ext in ALLOWED_TYPES ? (ext as AllowedFileType) : null;
}

/** Plain text: valid UTF-8 (a sequence cut at the end of the sample is fine) with no binary control bytes. */
function looksLikeText(head: Uint8Array): boolean {
  const sample = head.subarray(0, Math.min(head.length, SNIFF_BYTES));
  if (sample.some((byte) => byte === 0 || (byte < 0x20 && ![0x09, 0x0a, 0x0c, 0x0d].includes(byte)))) return false;
  for (let trim = 0; trim < 4 && trim < sample.length; trim += 1) {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(sample.subarray(0, sample.length - trim));
      return true;
    } catch {
      // A multi-byte character split by the sample's end: retry without its first bytes.
    }
  }
  return false;
}

/**
 * Checks the file's first bytes against its extension: the content decides, the name only says
 * what the content must be. Office files are zips; file-type reads their [Content_Types].xml part.
 */
export async function detectFileType(fileName: string, head: Uint8Array): Promise<{ fileType: AllowedFileType; mimeType: string }> {
  const claimed = extensionOf(fileName);
  if (!claimed) {
    throw new AppError("VALIDATION", `"${fileName}" is not an allowed type. Upload PDF, DOCX, XLSX, PPTX, CSV, TXT, PNG or JPG files.`);
  }
  const sniffed = await fileTypeFromBuffer(head);
  const actual: AllowedFileType | null = sniffed
    ? ((EXTENSION_ALIASES[sniffed.ext] ?? sniffed.ext) as AllowedFileType)
    : looksLikeText(head)
      ? claimed === "csv"
        ? "csv"
        : "txt"
      : null;
  if (actual !== claimed) {
    const what = sniffed ? `a ${sniffed.ext.toUpperCase()} file` : actual ? "plain text" : "not a recognisable file";
    throw new AppError("VALIDATION", `"${fileName}" is named .${claimed} but its content is ${what}. Nothing was stored.`);
  }
  return { fileType: claimed, mimeType: ALLOWED_TYPES[claimed] };
}
