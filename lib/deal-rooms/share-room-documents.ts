import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { getDocumentOrThrow } from "@/lib/dataroom/get-document-or-throw";
import type { Tx } from "@/lib/db/create-db-client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { emit } from "@/lib/events/emit";
import { getAllyRoomOrThrow } from "./get-room-or-throw";
import { isFinancialFolderPath, isRoomClassification } from "./room-rules";

/** The names of the folder a document is filed in and of every folder above it. */
async function folderPathNames(tx: Tx, orgId: string, folderId: string | null): Promise<string[]> {
  const names: string[] = [];
  const seen = new Set<string>();
  for (let id = folderId; id && !seen.has(id); ) {
    seen.add(id);
    const folder = await tx.documentFolder.findFirst({ where: { id, orgId }, select: { name: true, parentFolderId: true } });
    if (!folder) break;
    names.push(folder.name);
    id = folder.parentFolderId;
  }
  return names;
}

/** Shares a document of the room's project (one the sharer may see) into the room; RESTRICTED and above never leave the org. */
export async function shareRoomDocument(actor: Actor, input: { roomId: string; documentId: string }) {
  const room = await getAllyRoomOrThrow(actor, input.roomId);
  const document = await getDocumentOrThrow(actor, input.documentId);
  if (document.projectId !== room.projectId) throw notFound("Document");
  if (!isRoomClassification(document.classification)) {
    throw new AppError("VALIDATION", `${document.name} is ${document.classification}: only PUBLIC and CONFIDENTIAL documents can be shared into a deal room.`);
  }
  return auditedWrite(actor, async (tx) => {
    const existing = await tx.dealRoomDocument.findUnique({ where: { dealRoomId_documentId: { dealRoomId: room.id, documentId: document.id } } });
    if (existing) throw new AppError("CONFLICT", `${document.name} is already shared in this room.`);
    const isFinancial = isFinancialFolderPath(await folderPathNames(tx, actor.org.id, document.folderId));
    const share = await tx.dealRoomDocument.create({ data: { dealRoomId: room.id, documentId: document.id, isFinancial, sharedBy: actor.user.id } });
    await emit(tx, "deal_room.document_shared", { orgId: actor.org.id, dealRoomId: room.id, projectId: room.projectId, documentId: document.id });
    return {
      result: share,
      audit: {
        action: "deal_room.document_shared",
        entityType: "DealRoom",
        entityId: room.id,
        changes: { after: { name: room.name, documentId: document.id, documentName: document.name, isFinancial } },
      },
    };
  });
}

/** Members lose the document at once; the access log keeps who opened it. */
export async function unshareRoomDocument(actor: Actor, input: { roomId: string; documentId: string }) {
  const room = await getAllyRoomOrThrow(actor, input.roomId);
  return auditedWrite(actor, async (tx) => {
    const share = await tx.dealRoomDocument.findFirst({
      where: { dealRoomId: room.id, documentId: input.documentId },
      include: { document: { select: { name: true } } },
    });
    if (!share) throw notFound("Shared document");
    await tx.dealRoomDocument.delete({ where: { id: share.id } });
    return {
      result: { documentId: share.documentId },
      audit: {
        action: "deal_room.document_unshared",
        entityType: "DealRoom",
        entityId: room.id,
        changes: { before: { name: room.name, documentId: share.documentId, documentName: share.document.name } },
      },
    };
  });
}
