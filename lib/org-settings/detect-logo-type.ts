import { fileTypeFromBuffer } from "file-type";
import { AppError } from "@/lib/errors/app-error";
import { LOGO_MAX_BYTES, LOGO_MIME_TYPES } from "./schemas";

const logoError = (message: string) => new AppError("VALIDATION", message, { fieldErrors: { logo: [message] } });

/**
 * The image type of an upload, read from its bytes: the file name and the browser's declared
 * type are the client's word and are ignored. Anything but PNG, JPEG or WebP is refused.
 */
export async function detectLogoType(bytes: Uint8Array): Promise<{ mime: (typeof LOGO_MIME_TYPES)[number]; ext: string }> {
  if (bytes.byteLength === 0) throw logoError("That file is empty.");
  if (bytes.byteLength > LOGO_MAX_BYTES) throw logoError("The logo must be 2 MB or smaller.");
  const type = await fileTypeFromBuffer(bytes);
  const mime = LOGO_MIME_TYPES.find((allowed) => allowed === type?.mime);
  if (!type || !mime) {
    throw logoError(`Upload a PNG, JPEG or WebP image${type ? ` (that file is ${type.ext.toUpperCase()})` : ": that file is not an image"}.`);
  }
  return { mime, ext: type.ext };
}
