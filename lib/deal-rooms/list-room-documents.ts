import { db } from "@/lib/db/client";
import type { Document } from "@/lib/db/generated/client";
import { isRoomClassification } from "./room-rules";

export type RoomDocumentEntry = { sharedDocumentId: string; isFinancial: boolean; sharedAt: Date; sharedByName: string; current: Document };

/**
 * The documents shared into a room, each as the current version of its chain: the newest live,
 * fully uploaded version descending from the shared one (a new version uploaded after sharing
 * replaces it in the room). Two shares of one chain show once.
 */
export async function listRoomDocuments(room: { id: string; allyOrgId: string }): Promise<RoomDocumentEntry[]> {
  const currents = await db.$queryRaw<{ root_id: string; id: string }[]>`
    WITH RECURSIVE chain(root_id, id) AS (
      SELECT s.document_id, s.document_id FROM deal_room_documents s WHERE s.deal_room_id = ${room.id}::uuid
      UNION
      SELECT c.root_id, d.id FROM documents d JOIN chain c ON d.parent_version_id = c.id
      WHERE d.org_id = ${room.allyOrgId}::uuid AND NOT d.is_deleted AND d.status <> 'UPLOADING'
    )
    SELECT DISTINCT ON (c.root_id) c.root_id::text AS root_id, d.id::text AS id
    FROM chain c JOIN documents d ON d.id = c.id
    WHERE d.org_id = ${room.allyOrgId}::uuid AND NOT d.is_deleted AND d.status <> 'UPLOADING'
    ORDER BY c.root_id, d.version DESC, d.created_at DESC, d.id`;
  const [shares, documents] = await Promise.all([
    db.dealRoomDocument.findMany({
      where: { dealRoomId: room.id },
      orderBy: [{ sharedAt: "asc" }, { id: "asc" }],
      include: { sharedByUser: { select: { fullName: true } } },
    }),
    db.document.findMany({ where: { id: { in: currents.map((row) => row.id) }, orgId: room.allyOrgId } }),
  ]);
  const currentOf = new Map(currents.map((row) => [row.root_id, row.id]));
  const byId = new Map(documents.map((document) => [document.id, document]));
  const seen = new Set<string>();
  const entries: RoomDocumentEntry[] = [];
  for (const share of shares) {
    const current = byId.get(currentOf.get(share.documentId) ?? "");
    if (!current || seen.has(current.id)) continue;
    seen.add(current.id);
    entries.push({ sharedDocumentId: share.documentId, isFinancial: share.isFinancial, sharedAt: share.sharedAt, sharedByName: share.sharedByUser.fullName, current });
  }
  return entries.sort((a, b) => a.current.name.localeCompare(b.current.name) || a.current.id.localeCompare(b.current.id));
}

/** What a member org may open: the room's classifications, and financial documents only with that permission. */
export function memberMayOpen(entry: { isFinancial: boolean; current: Pick<Document, "classification"> }, member: { canSeeFinancial: boolean }): boolean {
  return isRoomClassification(entry.current.classification) && (!entry.isFinancial || member.canSeeFinancial);
}
