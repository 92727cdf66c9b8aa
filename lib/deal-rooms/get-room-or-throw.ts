import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { looksLikeUuid } from "@/lib/utils/looks-like-uuid";
import { ndaSha256 } from "./nda-sha256";

/** A room on one of the ally's own projects, whatever its status (the ally keeps the history). */
export async function getAllyRoomOrThrow(actor: Pick<Actor, "org">, roomId: string) {
  const room = looksLikeUuid(roomId) ? await db.dealRoom.findFirst({ where: { id: roomId, allyOrgId: actor.org.id } }) : null;
  if (!room) throw notFound("Deal room");
  return room;
}

/**
 * A room the investor's org is a current member of, while it is open. A removed member, a closed
 * or archived room and another org's room answer alike: 404.
 */
export async function getMemberRoomOrThrow(actor: { org: Pick<Actor["org"], "id"> }, roomId: string) {
  const member = looksLikeUuid(roomId)
    ? await db.dealRoomMember.findFirst({
        where: { dealRoomId: roomId, orgId: actor.org.id, removedAt: null, dealRoom: { status: "open" } },
        include: { dealRoom: { include: { project: { select: { name: true } }, allyOrg: { select: { name: true } } } } },
      })
    : null;
  if (!member) throw notFound("Deal room");
  const { dealRoom: room, ...membership } = member;
  return { room, member: membership };
}

/** Whether the user has accepted the room's current NDA text (a room without an NDA needs none). */
export async function hasAcceptedCurrentNda(actor: { user: { id: string } }, room: { id: string; ndaRequired: boolean; ndaText: string }): Promise<boolean> {
  if (!room.ndaRequired) return true;
  const accepted = await db.ndaAcceptance.findFirst({ where: { dealRoomId: room.id, userId: actor.user.id, ndaSha256: ndaSha256(room.ndaText) }, select: { id: true } });
  return accepted !== null;
}

/** Nothing in a room opens before its NDA is accepted: the member knows the room, so this is a clear refusal, not a 404. */
export async function assertNdaAccepted(actor: Pick<Actor, "user">, room: { id: string; ndaRequired: boolean; ndaText: string }): Promise<void> {
  if (!(await hasAcceptedCurrentNda(actor, room))) throw new AppError("FORBIDDEN", "Accept this room's NDA before opening its documents.");
}
