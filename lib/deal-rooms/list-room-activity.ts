import type { Actor } from "@/lib/auth/actor";
import { describeAuditEntry } from "@/lib/audit/describe-audit-entry";
import { sentenceText } from "@/lib/audit/sentence-parts";
import type { JsonObject } from "@/lib/audit/types";
import { db } from "@/lib/db/client";
import { getAllyRoomOrThrow } from "./get-room-or-throw";

export const ROOM_ACTIVITY_PAGE_SIZE = 50;

export type RoomActivityDto = { id: string; at: string; orgName: string; text: string; kind: "change" | "document" };
export type RoomActivityPage = { room: { id: string; name: string; projectId: string }; rows: RoomActivityDto[]; total: number; page: number; pageCount: number };

type Row = {
  id: string;
  source: "audit" | "access";
  at: Date;
  action: string;
  changes: { before?: JsonObject; after?: JsonObject } | null;
  user_name: string | null;
  /** Set for an outside guest's rows: their name, or their address before they typed one. */
  guest_name: string | null;
  org_name: string | null;
  document_name: string | null;
};

const ACCESS_VERBS: Record<string, string> = { VIEWED: "opened", DOWNLOADED: "downloaded" };

/**
 * Everything that happened in one of the ally's rooms, newest first: what either side did to the
 * room (audited in the acting org: opened, shared, NDA accepted, messages) and every document a
 * member or outside guest opened or downloaded through it (the developer's access log). One page per query, so a
 * busy room's history stays as cheap as a quiet one's.
 */
export async function listRoomActivity(actor: Pick<Actor, "org">, roomId: string, requested = 1): Promise<RoomActivityPage> {
  const room = await getAllyRoomOrThrow(actor, roomId);
  const [{ total }] = await db.$queryRaw<{ total: number }[]>`
    SELECT ((SELECT count(*) FROM audit_logs WHERE entity_type = 'DealRoom' AND entity_id = ${room.id}::uuid)
      + (SELECT count(*) FROM document_access_logs WHERE org_id = ${room.allyOrgId}::uuid AND metadata_->>'dealRoomId' = ${room.id}))::int AS total`;
  const pageCount = Math.max(1, Math.ceil(total / ROOM_ACTIVITY_PAGE_SIZE));
  const page = Math.min(Math.max(1, requested), pageCount);
  const rows = await db.$queryRaw<Row[]>`
    SELECT e.id, e.source, e.at, e.action, e.changes, u.full_name AS user_name, e.guest_name, o.name AS org_name, d.name AS document_name
    FROM (
      SELECT a.id::text, 'audit' AS source, a.timestamp AS at, a.action, a.changes, a.user_id,
        CASE WHEN k.kind = 'guest' THEN NULL ELSE a.org_id END AS org_id, NULL::uuid AS document_id,
        CASE WHEN k.kind = 'guest' THEN coalesce(a.changes->'after'->>'guestName', a.changes->'after'->>'guestEmail') END AS guest_name
      FROM audit_logs a LEFT JOIN audit_log_actors k ON k.audit_log_id = a.id
      WHERE a.entity_type = 'DealRoom' AND a.entity_id = ${room.id}::uuid
      UNION ALL
      SELECT l.id::text, 'access', l.created_at, l.action::text, NULL, l.user_id, (l.metadata_->>'viewerOrgId')::uuid, l.document_id,
        CASE WHEN l.metadata_->>'guestId' IS NOT NULL THEN coalesce(l.metadata_->>'viewerName', l.metadata_->>'viewerEmail') END
      FROM document_access_logs l WHERE l.org_id = ${room.allyOrgId}::uuid AND l.metadata_->>'dealRoomId' = ${room.id}
    ) e
    LEFT JOIN users u ON u.id = e.user_id
    LEFT JOIN organizations o ON o.id = e.org_id
    LEFT JOIN documents d ON d.id = e.document_id
    ORDER BY e.at DESC, e.id DESC
    LIMIT ${ROOM_ACTIVITY_PAGE_SIZE} OFFSET ${(page - 1) * ROOM_ACTIVITY_PAGE_SIZE}`;
  return { room: { id: room.id, name: room.name, projectId: room.projectId }, rows: rows.map((row) => toDto(row, room.name)), total, page, pageCount };
}

function toDto(row: Row, roomName: string): RoomActivityDto {
  const base = { id: row.id, at: row.at.toISOString(), orgName: row.guest_name !== null ? "Outside guest" : (row.org_name ?? "") };
  if (row.source === "access") {
    const verb = ACCESS_VERBS[row.action] ?? row.action.toLowerCase();
    return { ...base, kind: "document", text: `${row.user_name ?? row.guest_name ?? "Someone"} ${verb} ${row.document_name ?? "a document no longer in the data room"}` };
  }
  const facts = {
    action: row.action,
    entityType: "DealRoom",
    actor: row.user_name,
    entity: roomName,
    before: row.changes?.before ?? null,
    after: row.changes?.after ?? null,
    ref: () => null,
  };
  return { ...base, kind: "change", text: sentenceText(describeAuditEntry(facts)) };
}
