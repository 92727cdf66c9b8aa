import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { looksLikeUuid } from "@/lib/utils/looks-like-uuid";
import { ndaSha256 } from "../nda-sha256";
import { findMemberRoomDocument, type MemberRoomDocument, type RoomDocumentRow, toMemberRoomDocument } from "./find-member-room-document";

export type RecordingGate = {
  room: { id: string; allyOrgId: string };
  ndaAccepted: boolean;
  /** Null when the document is not one the member org may open in the room. */
  document: MemberRoomDocument | null;
};

type GateRow = Partial<RoomDocumentRow> & {
  ally_org_id: string;
  can_see_financial: boolean;
  nda_required: boolean;
  nda_text: string;
  accepted: string[];
  /** The document is shared itself, live, with no earlier version and no live newer one: its own current version, no other share can claim it. */
  direct: boolean;
};

/**
 * What recordPageViews checks before writing, in one query for the usual case (a beacon every 15 s
 * per reader has a budget of a few milliseconds): the org's current membership of the open room (as
 * getMemberRoomOrThrow), the user's acceptances of its NDA (compared with the current text's hash
 * as hasAcceptedCurrentNda does), and the document when it was shared as it is (a first version
 * with no newer one). A document with versions takes findMemberRoomDocument's walk of the chain.
 * Null: not a member of an open room.
 */
export async function loadRecordingGate(actor: Pick<Actor, "org" | "user">, roomId: string, documentId: string): Promise<RecordingGate | null> {
  if (!looksLikeUuid(roomId) || !looksLikeUuid(documentId)) return null;
  const [row] = await db.$queryRaw<GateRow[]>`
    SELECT r.ally_org_id::text AS ally_org_id, r.nda_required, r.nda_text, m.can_see_financial,
           (SELECT coalesce(array_agg(a.nda_sha256::text), '{}') FROM nda_acceptances a WHERE a.deal_room_id = r.id AND a.user_id = ${actor.user.id}::uuid) AS accepted,
           d.id::text AS id, d.name, d.file_type, d.version, d.classification, s.is_financial,
           (SELECT e.page_count FROM document_extractions e
            WHERE e.document_id = d.id AND e.extraction_type = 'TEXT' AND e.status = 'COMPLETED'
            ORDER BY e.created_at DESC LIMIT 1) AS page_count,
           (d.id IS NOT NULL AND d.parent_version_id IS NULL AND NOT EXISTS (
              SELECT 1 FROM documents n WHERE n.parent_version_id = d.id AND n.org_id = r.ally_org_id AND NOT n.is_deleted AND n.status <> 'UPLOADING'
           )) AS direct
    FROM deal_room_members m
    JOIN deal_rooms r ON r.id = m.deal_room_id
    LEFT JOIN deal_room_documents s ON s.deal_room_id = r.id AND s.document_id = ${documentId}::uuid
    LEFT JOIN documents d ON d.id = s.document_id AND d.org_id = r.ally_org_id AND NOT d.is_deleted AND d.status <> 'UPLOADING'
    WHERE m.deal_room_id = ${roomId}::uuid AND m.org_id = ${actor.org.id}::uuid AND m.removed_at IS NULL AND r.status = 'open'`;
  if (!row) return null;
  const room = { id: roomId, allyOrgId: row.ally_org_id };
  const member = { canSeeFinancial: row.can_see_financial };
  const ndaAccepted = !row.nda_required || row.accepted.includes(ndaSha256(row.nda_text));
  if (!ndaAccepted) return { room, ndaAccepted, document: null };
  const document = row.direct ? toMemberRoomDocument(row as RoomDocumentRow, member) : await findMemberRoomDocument(room, member, documentId);
  return { room, ndaAccepted, document };
}
