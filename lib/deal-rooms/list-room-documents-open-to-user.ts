import { db } from "@/lib/db/client";
import { hasAcceptedCurrentNda } from "./get-room-or-throw";
import { listRoomDocuments, memberMayOpen } from "./list-room-documents";

/**
 * The documents of one project a user could open right now through its org's deal rooms: open
 * rooms the org is still a member of, whose current NDA the user accepted, each document at its
 * current version and within the member's permissions. What a screen run for that user may read
 * beyond the public listing.
 */
export async function listRoomDocumentsOpenToUser(projectId: string, user: { id: string; orgId: string }): Promise<{ id: string; name: string }[]> {
  const rooms = await db.dealRoom.findMany({
    where: { projectId, status: "open", members: { some: { orgId: user.orgId, removedAt: null } } },
    include: { members: { where: { orgId: user.orgId, removedAt: null }, select: { canSeeFinancial: true } } },
  });
  const open = new Map<string, string>();
  for (const room of rooms) {
    if (!(await hasAcceptedCurrentNda({ user }, room))) continue;
    for (const entry of await listRoomDocuments(room)) {
      if (memberMayOpen(entry, room.members[0])) open.set(entry.current.id, entry.current.name);
    }
  }
  return [...open].map(([id, name]) => ({ id, name }));
}
