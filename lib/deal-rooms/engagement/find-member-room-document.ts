import { db } from "@/lib/db/client";
import { type DocumentClassification, Prisma } from "@/lib/db/generated/client";
import { looksLikeUuid } from "@/lib/utils/looks-like-uuid";
import { memberMayOpen } from "../list-room-documents";
import { viewablePageCount } from "./viewable-pages";

export type MemberRoomDocument = { id: string; name: string; fileType: string; version: number; isFinancial: boolean; pageCount: number | null };

export type RoomDocumentRow = {
  id: string;
  name: string;
  file_type: string;
  version: number;
  classification: DocumentClassification | null;
  is_financial: boolean;
  page_count: number | null;
};

/**
 * CTEs (for a WITH RECURSIVE) ending in `room_document`: one document of a room as
 * listRoomDocuments decides it, without listing the room. The current version of a shared chain,
 * walked up from the document to the shares among its ancestors, then down from those shares as
 * the listing walks; the first such share by date gives the financial flag.
 */
export function roomDocumentCtes(roomId: Prisma.Sql, allyOrgId: Prisma.Sql, documentId: string): Prisma.Sql {
  return Prisma.sql`
    up(id, parent_id) AS (
      SELECT d.id, d.parent_version_id FROM documents d WHERE d.id = ${documentId}::uuid AND d.org_id = ${allyOrgId}
      UNION
      SELECT d.id, d.parent_version_id FROM documents d JOIN up ON d.id = up.parent_id WHERE d.org_id = ${allyOrgId}
    ),
    shares AS (
      SELECT s.id, s.document_id, s.is_financial, s.shared_at FROM deal_room_documents s
      WHERE s.deal_room_id = ${roomId} AND s.document_id IN (SELECT id FROM up)
    ),
    chain(root_id, id) AS (
      SELECT s.document_id, s.document_id FROM shares s
      UNION
      SELECT c.root_id, d.id FROM documents d JOIN chain c ON d.parent_version_id = c.id
      WHERE d.org_id = ${allyOrgId} AND NOT d.is_deleted AND d.status <> 'UPLOADING'
    ),
    currents AS (
      SELECT DISTINCT ON (c.root_id) c.root_id, d.id FROM chain c JOIN documents d ON d.id = c.id
      WHERE d.org_id = ${allyOrgId} AND NOT d.is_deleted AND d.status <> 'UPLOADING'
      ORDER BY c.root_id, d.version DESC, d.created_at DESC, d.id
    ),
    room_document AS (
      SELECT d.id::text AS id, d.name, d.file_type, d.version, d.classification, s.is_financial,
             (SELECT e.page_count FROM document_extractions e
              WHERE e.document_id = d.id AND e.extraction_type = 'TEXT' AND e.status = 'COMPLETED'
              ORDER BY e.created_at DESC LIMIT 1) AS page_count
      FROM shares s JOIN currents c ON c.root_id = s.document_id JOIN documents d ON d.id = c.id
      WHERE c.id = ${documentId}::uuid
      ORDER BY s.shared_at, s.id
      LIMIT 1
    )`;
}

/** The row as the member org sees it (memberMayOpen), or null: "not in this room for you". */
export function toMemberRoomDocument(row: RoomDocumentRow | null | undefined, member: { canSeeFinancial: boolean }): MemberRoomDocument | null {
  if (!row || !memberMayOpen({ isFinancial: row.is_financial, current: { classification: row.classification } }, member)) return null;
  const pageCount = viewablePageCount({ fileType: row.file_type, pageCount: row.page_count });
  return { id: row.id, name: row.name, fileType: row.file_type, version: row.version, isFinancial: row.is_financial, pageCount };
}

/** One document of a room the member org may open (listRoomDocuments + memberMayOpen for one id), or null. */
export async function findMemberRoomDocument(
  room: { id: string; allyOrgId: string },
  member: { canSeeFinancial: boolean },
  documentId: string,
): Promise<MemberRoomDocument | null> {
  if (!looksLikeUuid(documentId)) return null;
  const [row] = await db.$queryRaw<RoomDocumentRow[]>`
    WITH RECURSIVE ${roomDocumentCtes(Prisma.sql`${room.id}::uuid`, Prisma.sql`${room.allyOrgId}::uuid`, documentId)}
    SELECT * FROM room_document`;
  return toMemberRoomDocument(row, member);
}
