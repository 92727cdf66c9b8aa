import type { Role } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import type { DocumentClassification } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import { assertMayClassify } from "./access-rules";
import { getFolderOrThrow } from "./get-folder-or-throw";
import { latestVersionOf } from "./list-document-versions";
import { assertFolderInRoom } from "./rooms/folder-room";
import { ensureRoomRoot, getRoomOrThrow, type Room } from "./rooms/get-room-or-throw";
import { roomOfDocument } from "./rooms/room-ref";
import type { UploadParams } from "./schemas";

export type UploadTarget = {
  room: Room;
  /** As stored: the room's root folder (NULL in a project) when the file goes to the top level. */
  folderId: string | null;
  parent: { id: string; version: number } | null;
  classification: DocumentClassification | null;
  watermarkEnabled: boolean;
};

/**
 * Where an upload goes, checked against the tenant before a byte is stored. A new version goes
 * on top of the chain's newest version, in its folder, keeping its classification and watermark.
 */
export async function resolveUploadTarget(actor: { org: { id: string }; role: Role }, params: UploadParams): Promise<UploadTarget> {
  if (params.parentDocumentId) {
    const parent = await latestVersionOf(actor, params.parentDocumentId);
    const ref = roomOfDocument(parent);
    if (!ref) throw new AppError("VALIDATION", "This document belongs to no data room, so it cannot take new versions.");
    return {
      room: await getRoomOrThrow(actor, ref),
      folderId: parent.folderId,
      parent: { id: parent.id, version: parent.version },
      classification: parent.classification,
      watermarkEnabled: parent.watermarkEnabled,
    };
  }
  const room = await getRoomOrThrow(actor, params.portfolioId ? { kind: "portfolio", id: params.portfolioId } : { kind: "project", id: params.projectId! });
  if (params.folderId) await assertFolderInRoom(db, room, await getFolderOrThrow(actor, params.folderId));
  else await ensureRoomRoot(db, actor.org.id, room);
  const classification = params.classification ?? null;
  assertMayClassify(actor.role, classification);
  return { room, folderId: params.folderId ?? room.rootFolderId, parent: null, classification, watermarkEnabled: params.watermark === "true" };
}
