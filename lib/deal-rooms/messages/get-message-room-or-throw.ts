import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { looksLikeUuid } from "@/lib/utils/looks-like-uuid";
import { hasAcceptedCurrentNda } from "../get-room-or-throw";

export type MessageRoom = { id: string; name: string; projectId: string; allyOrgId: string; status: string; side: "ally" | "member" };

/**
 * A room the user may read the messages of: the developer's own room (whatever its status: the
 * team keeps the history), or an open room the user's org is a current member of, once the user
 * accepted its NDA. Anyone else gets the same 404 as an unknown room.
 */
export async function getMessageRoomOrThrow(scope: Pick<TenantContext, "org" | "user">, roomId: string): Promise<MessageRoom> {
  const room = looksLikeUuid(roomId)
    ? await db.dealRoom.findFirst({
        where: {
          id: roomId,
          OR: [{ allyOrgId: scope.org.id }, { status: "open", members: { some: { orgId: scope.org.id, removedAt: null } } }],
        },
      })
    : null;
  if (!room) throw notFound("Deal room");
  const side = room.allyOrgId === scope.org.id ? "ally" : "member";
  if (side === "member" && !(await hasAcceptedCurrentNda(scope, room))) throw new AppError("FORBIDDEN", "Accept the room's NDA to read and write its messages.");
  return { id: room.id, name: room.name, projectId: room.projectId, allyOrgId: room.allyOrgId, status: room.status, side };
}
