import { db } from "@/lib/db/client";

export type RoomParticipantDto = { id: string; name: string; orgName: string };

/**
 * The people a message may mention: the active users of the developer's org and of the room's
 * current member orgs. A member user still has to accept the NDA to read what they are sent to.
 */
export async function listRoomParticipants(room: { id: string; allyOrgId: string }): Promise<RoomParticipantDto[]> {
  const users = await db.user.findMany({
    where: { isActive: true, OR: [{ orgId: room.allyOrgId }, { org: { dealRoomMemberships: { some: { dealRoomId: room.id, removedAt: null } } } }] },
    select: { id: true, fullName: true, org: { select: { name: true } } },
    orderBy: [{ fullName: "asc" }, { id: "asc" }],
  });
  return users.map((user) => ({ id: user.id, name: user.fullName, orgName: user.org.name }));
}
