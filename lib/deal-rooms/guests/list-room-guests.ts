import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import type { MemberAccessLevel } from "../room-rules";
import { guestStatus, type GuestStatus } from "./guest-rules";

export type RoomGuestDto = {
  id: string;
  email: string;
  name: string | null;
  accessLevel: MemberAccessLevel;
  canSeeFinancial: boolean;
  status: GuestStatus;
  invitedAt: string;
  inviteExpiresAt: string;
  redeemedAt: string | null;
  invitedByName: string | null;
};

/** The outside guests of one of the ally's rooms (the room is already checked to be theirs), newest invite first. */
export async function listRoomGuests(actor: Pick<Actor, "org">, roomId: string): Promise<RoomGuestDto[]> {
  const guests = await db.dealRoomGuest.findMany({
    where: { dealRoomId: roomId, orgId: actor.org.id },
    orderBy: [{ invitedAt: "desc" }, { id: "asc" }],
    take: 200,
    include: { invitedByUser: { select: { fullName: true } } },
  });
  const now = new Date();
  return guests.map((guest) => ({
    id: guest.id,
    email: guest.email,
    name: guest.name,
    accessLevel: guest.accessLevel as MemberAccessLevel,
    canSeeFinancial: guest.canSeeFinancial,
    status: guestStatus(guest, now),
    invitedAt: guest.invitedAt.toISOString(),
    inviteExpiresAt: guest.inviteExpiresAt.toISOString(),
    redeemedAt: guest.redeemedAt?.toISOString() ?? null,
    invitedByName: guest.invitedByUser?.fullName ?? null,
  }));
}
