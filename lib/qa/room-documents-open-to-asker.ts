import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/create-db-client";
import { listRoomDocuments, memberMayOpen } from "@/lib/deal-rooms/list-room-documents";

/**
 * The documents a question asked in a deal room may name: those the asking org opens in that
 * room now (shared, current version, within its permissions). A closed room or a removed member
 * names none, so a link stops showing once the room is shut.
 */
export async function roomDocumentIdsOpenToAsker(question: { dealRoomId: string | null; orgId: string }, client: Tx = db): Promise<string[]> {
  if (!question.dealRoomId) return [];
  const member = await client.dealRoomMember.findFirst({
    where: { dealRoomId: question.dealRoomId, orgId: question.orgId, removedAt: null, dealRoom: { status: "open" } },
    select: { canSeeFinancial: true, dealRoom: { select: { id: true, allyOrgId: true } } },
  });
  if (!member) return [];
  return (await listRoomDocuments(member.dealRoom)).filter((entry) => memberMayOpen(entry, member)).map((entry) => entry.current.id);
}
