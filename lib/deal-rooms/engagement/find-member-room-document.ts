import { db } from "@/lib/db/client";
import type { DocumentClassification } from "@/lib/db/generated/client";
import { looksLikeUuid } from "@/lib/utils/looks-like-uuid";
import { memberMayOpen } from "../list-room-documents";
import { viewablePageCount } from "./viewable-pages";

export type MemberRoomDocument = { id: string; name: string; fileType: string; version: number; isFinancial: boolean; pageCount: number | null };

type Row = {
  id: string;
  name: string;
  file_type: string;
  version: number;
  classification: DocumentClassification | null;
  is_financial: boolean;
  page_count: number | null;
};

/**
 * One document of a room as listRoomDocuments + memberMayOpen decide it, without listing the room:
 * the current version of a shared chain (walked up from the document to the shares among its
 * ancestors, then down from those shares as the listing walks), the first such share by date
 * giving the financial flag, and the member org's permissions. Null answers "not in this room for
 * you": the recording endpoint runs this on every beacon, so it must not cost a room's worth of rows.
 */
export async function findMemberRoomDocument(
  room: { id: string; allyOrgId: string },
  member: { canSeeFinancial: boolean },
  documentId: string,
): Promise<MemberRoomDocument | null> {
  if (!looksLikeUuid(documentId)) return null;
  const [row] = await db.$queryRaw<Row[]>`
    WITH RECURSIVE up(id, parent_id) AS (
      SELECT d.id, d.parent_version_id FROM documents d WHERE d.id = ${documentId}::uuid AND d.org_id = ${room.allyOrgId}::uuid
      UNION
      SELECT d.id, d.parent_version_id FROM documents d JOIN up ON d.id = up.parent_id WHERE d.org_id = ${room.allyOrgId}::uuid
    ),
    shares AS (
      SELECT s.id, s.document_id, s.is_financial, s.shared_at FROM deal_room_documents s
      WHERE s.deal_room_id = ${room.id}::uuid AND s.document_id IN (SELECT id FROM up)
    ),
    chain(root_id, id) AS (
      SELECT s.document_id, s.document_id FROM shares s
      UNION
      SELECT c.root_id, d.id FROM documents d JOIN chain c ON d.parent_version_id = c.id
      WHERE d.org_id = ${room.allyOrgId}::uuid AND NOT d.is_deleted AND d.status <> 'UPLOADING'
    ),
    currents AS (
      SELECT DISTINCT ON (c.root_id) c.root_id, d.id FROM chain c JOIN documents d ON d.id = c.id
      WHERE d.org_id = ${room.allyOrgId}::uuid AND NOT d.is_deleted AND d.status <> 'UPLOADING'
      ORDER BY c.root_id, d.version DESC, d.created_at DESC, d.id
    )
    SELECT d.id::text AS id, d.name, d.file_type, d.version, d.classification, s.is_financial,
           (SELECT e.page_count FROM document_extractions e
            WHERE e.document_id = d.id AND e.extraction_type = 'TEXT' AND e.status = 'COMPLETED'
            ORDER BY e.created_at DESC LIMIT 1) AS page_count
    FROM shares s JOIN currents c ON c.root_id = s.document_id JOIN documents d ON d.id = c.id
    WHERE c.id = ${documentId}::uuid
    ORDER BY s.shared_at, s.id
    LIMIT 1`;
  if (!row || !memberMayOpen({ isFinancial: row.is_financial, current: { classification: row.classification } }, member)) return null;
  const document = { fileType: row.file_type, pageCount: row.page_count };
  return { id: row.id, name: row.name, fileType: row.file_type, version: row.version, isFinancial: row.is_financial, pageCount: viewablePageCount(document) };
}
