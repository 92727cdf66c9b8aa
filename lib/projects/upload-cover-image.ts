import { fileTypeFromBuffer } from "file-type";
import { AppError } from "@/lib/errors/app-error";
import { deleteObject, newObjectKey, putObject } from "@/lib/storage/objects";
import { COVER_IMAGE_MAX_BYTES } from "./schemas";

export const COVER_IMAGE_TYPES = ["image/png", "image/jpeg", "image/webp"] as const;

export type CheckedCoverImage = { bytes: Uint8Array; contentType: (typeof COVER_IMAGE_TYPES)[number]; ext: string };

const coverError = (message: string) => new AppError("VALIDATION", message, { fieldErrors: { coverImage: [message] } });

/** The cover's type read from its bytes: the file name and the browser's declared type are the client's word. */
export async function checkCoverImage(file: Blob): Promise<CheckedCoverImage> {
  if (file.size === 0) throw coverError("The cover image file is empty.");
  if (file.size > COVER_IMAGE_MAX_BYTES) throw coverError("The cover image is larger than 5 MB: choose a smaller image.");
  const bytes = new Uint8Array(await file.arrayBuffer());
  const type = await fileTypeFromBuffer(bytes);
  const contentType = COVER_IMAGE_TYPES.find((allowed) => allowed === type?.mime);
  if (!type || !contentType) {
    throw coverError(`The cover must be a PNG, JPEG or WebP image${type ? `: that file is ${type.ext.toUpperCase()}` : ": that file is not an image"}.`);
  }
  return { bytes, contentType, ext: type.ext };
}

/**
 * Stores a checked cover under the org's prefix and returns its key. Storage is not part of the
 * database transaction: the caller deletes the object again if its write fails (discardCoverImage).
 */
export async function uploadCoverImage(orgId: string, cover: CheckedCoverImage): Promise<string> {
  const key = newObjectKey(orgId, "project-covers", `cover.${cover.ext}`);
  await putObject(key, cover.bytes, cover.contentType, cover.bytes.byteLength);
  return key;
}

/** Best effort: an orphaned object costs storage, not correctness, so a failure is only logged. */
export async function discardCoverImage(key: string | null | undefined): Promise<void> {
  if (!key) return;
  await deleteObject(key).catch((error: unknown) => console.warn("[project cover] could not delete", key, error));
}
