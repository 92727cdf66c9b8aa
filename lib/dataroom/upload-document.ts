import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor, ApiKeyActor } from "@/lib/auth/actor";
import type { Role } from "@/lib/auth/tenant-context";
import type { SubscriptionTier } from "@/lib/db/generated/client";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { emit } from "@/lib/events/emit";
import { deleteObject, newObjectKey, putObject } from "@/lib/storage/objects";
import { getStorage } from "@/lib/storage/s3-client";
import { assertStorageQuota } from "./assert-storage-quota";
import { detectFileType, SNIFF_BYTES } from "./detect-file-type";
import { DuplicateDocumentError } from "./duplicate-document-error";
import { resolveUploadTarget } from "./resolve-upload-target";
import { roomDocumentsWhere, roomOwner } from "./rooms/get-room-or-throw";
import type { UploadParams } from "./schemas";
import { toDocumentDto } from "./to-document-dto";
import { getUploadLimit } from "./get-upload-limit";
import { formatBytes } from "./upload-limits";
import { countedStream, readHead } from "./upload-stream";

/** Until the last byte has streamed the checksum is unknown; the row says UPLOADING meanwhile. */
const CHECKSUM_PENDING = "0".repeat(64);

/**
 * A program uploading with an API key: read as the role its scope stands for, on its org's plan,
 * its files filed under the key's creator (documents.uploaded_by names a user; the audit row names the key).
 */
export type ApiKeyUploader = ApiKeyActor & { org: { tier: SubscriptionTier }; role: Role; uploadedBy: string };

/** Refuses what can be refused from the headers alone, before reading the body. */
export async function assertUploadSize(actor: { org: { id: string; tier: SubscriptionTier } }, declaredLength: number | null): Promise<number> {
  if (declaredLength === null) throw new AppError("VALIDATION", "The upload must declare its size (Content-Length).");
  if (declaredLength === 0) throw new AppError("VALIDATION", "The file is empty (0 bytes). Nothing was stored.");
  const limit = await getUploadLimit(actor);
  if (declaredLength > limit.bytes) {
    throw new AppError("VALIDATION", `The file is ${formatBytes(declaredLength)}; your ${limit.tier} plan accepts files up to ${formatBytes(limit.bytes)}.`);
  }
  await assertStorageQuota(actor, declaredLength);
  return declaredLength;
}

/**
 * Streams one file into the data room: the body goes through a SHA-256 hash and a byte counter
 * straight into S3. The row is UPLOADING while bytes flow and PROCESSING once they are all stored;
 * any failure removes both the object and the row, so nothing half-done stays listed.
 */
export async function uploadDocument(actor: Actor | ApiKeyUploader, params: UploadParams, body: ReadableStream<Uint8Array>, declaredLength: number | null) {
  const expected = await assertUploadSize(actor, declaredLength);
  const target = await resolveUploadTarget(actor, params);
  const reader = body.getReader();
  const { head, ended } = await readHead(reader, Math.min(SNIFF_BYTES, expected));
  const { fileType, mimeType } = await detectFileType(params.fileName, head);

  const key = newObjectKey(actor.org.id, "dataroom", params.fileName);
  const row = await db.document.create({
    data: {
      orgId: actor.org.id,
      ...roomOwner(target.room),
      folderId: target.folderId,
      name: params.fileName,
      fileType,
      mimeType,
      s3Key: key,
      s3Bucket: getStorage().bucket,
      fileSizeBytes: expected,
      version: target.parent ? target.parent.version + 1 : 1,
      parentVersionId: target.parent?.id ?? null,
      status: "UPLOADING",
      uploadedBy: actor.kind === "api-key" ? actor.uploadedBy : actor.user.id,
      checksumSha256: CHECKSUM_PENDING,
      classification: target.classification,
      watermarkEnabled: target.watermarkEnabled,
      metadata: { originalFileName: params.fileName },
    },
  });
  const discard = async () => {
    await reader.cancel().catch(() => {});
    await deleteObject(key).catch(() => {});
    await db.document.deleteMany({ where: { id: row.id, orgId: actor.org.id, status: "UPLOADING" } });
  };

  const counted = countedStream(head, reader, ended, expected);
  try {
    await putObject(key, counted.stream, mimeType, expected);
    const { sha256, bytes } = counted.digest();
    if (bytes !== expected) throw new AppError("VALIDATION", `The upload ended after ${bytes} of ${expected} bytes. Nothing was stored.`);
    const duplicate = await db.document.findFirst({
      where: { orgId: actor.org.id, ...roomDocumentsWhere(target.room), folderId: target.folderId, checksumSha256: sha256, isDeleted: false, id: { not: row.id } },
      orderBy: { version: "desc" },
    });
    if (duplicate) throw new DuplicateDocumentError({ id: duplicate.id, name: duplicate.name, version: duplicate.version });
    const dto = await auditedWrite(actor, async (tx) => {
      const stored = await tx.document.update({ where: { id: row.id }, data: { status: "PROCESSING", checksumSha256: sha256, fileSizeBytes: bytes } });
      const result = toDocumentDto(stored);
      const action = target.parent ? "document.version_uploaded" : "document.uploaded";
      await emit(tx, "document.uploaded", { orgId: actor.org.id, documentId: row.id });
      return { result, audit: { action, entityType: "Document", entityId: row.id, changes: { after: result } } };
    });
    return dto;
  } catch (error) {
    await discard();
    throw counted.failure() ?? error;
  }
}
