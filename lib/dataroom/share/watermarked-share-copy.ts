import { createHash } from "node:crypto";
import type { Document } from "@/lib/db/generated/client";
import { getObjectBytes, getObjectBytesIfExists, putObject } from "@/lib/storage/objects";
import { fromStorage } from "../read-document-file";
import { watermarkLine, watermarkPdf, type WatermarkViewer } from "../watermark-pdf";

/** Bump when watermarkPdf draws differently: every cached copy is then rebuilt once. */
const RENDERER = "watermark-pdf/1";

/** Where one link's cached copies live: revoking the link removes everything under it. */
export function shareCachePrefix(orgId: string, sharedLogId: string): string {
  return `orgs/${orgId}/share-cache/${sharedLogId}/`;
}

/**
 * One link names one version and one recipient, so its watermarked PDF is the same on every
 * download: the key is the link, the version and a hash of what the stamp depends on (the
 * renderer, the exact stamped line, the source file's checksum). Anything that would change the
 * stamp or the source changes the key, so a stale copy is never served and none needs deleting.
 */
export function shareCacheKey(document: Pick<Document, "id" | "orgId" | "checksumSha256">, sharedLogId: string, identity: WatermarkViewer): string {
  const settings = createHash("sha256")
    .update(JSON.stringify({ renderer: RENDERER, line: watermarkLine(identity), source: document.checksumSha256 }))
    .digest("hex")
    .slice(0, 32);
  return `${shareCachePrefix(document.orgId, sharedLogId)}${document.id}-${settings}.pdf`;
}

/**
 * The watermarked PDF for a share link: read from the object store when an earlier download
 * built it, otherwise built once (2 CPU-s and hundreds of MB for a large PDF) and stored. Two
 * first downloads at once may both build it; they write the same bytes to the same key.
 */
export async function watermarkedShareCopy(
  document: Pick<Document, "id" | "orgId" | "checksumSha256" | "s3Key">,
  sharedLogId: string,
  identity: WatermarkViewer,
  missingMessage: string,
): Promise<Uint8Array> {
  const key = shareCacheKey(document, sharedLogId, identity);
  const cached = await getObjectBytesIfExists(key);
  if (cached) return cached;
  const bytes = await watermarkPdf(await fromStorage(getObjectBytes(document.s3Key), missingMessage), identity);
  await putObject(key, bytes, "application/pdf", bytes.length);
  return bytes;
}
