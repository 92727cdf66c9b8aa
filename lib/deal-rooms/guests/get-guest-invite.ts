import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { ndaSha256 } from "../nda-sha256";
import { hashGuestInviteToken, looksLikeGuestInviteToken } from "./guest-invite-token";

type Inviter = { allyOrgName: string };
export type GuestInviteView =
  | (Inviter & { state: "open"; email: string; roomName: string; projectName: string; expiresAt: string; nda: { text: string; sha256: string } | null })
  | (Inviter & { state: "expired"; expiredAt: string })
  | (Inviter & { state: "used"; roomId: string })
  | (Inviter & { state: "withdrawn" });

/**
 * What the invite link's page shows. The token is the credential: an unknown one is a 404, and a
 * known one that no longer opens says why (expired, used, withdrawn or the room closed) and whom to ask.
 */
export async function getGuestInvite(token: string, now = new Date()): Promise<GuestInviteView> {
  const guest = looksLikeGuestInviteToken(token)
    ? await db.dealRoomGuest.findUnique({
        where: { inviteTokenHash: hashGuestInviteToken(token) },
        include: { dealRoom: { include: { project: { select: { name: true } }, allyOrg: { select: { name: true } } } } },
      })
    : null;
  if (!guest) throw notFound("Invitation");
  const room = guest.dealRoom;
  const inviter = { allyOrgName: room.allyOrg.name };
  if (guest.removedAt || room.status !== "open") return { ...inviter, state: "withdrawn" };
  if (guest.redeemedAt) return { ...inviter, state: "used", roomId: room.id };
  if (guest.inviteExpiresAt <= now) return { ...inviter, state: "expired", expiredAt: guest.inviteExpiresAt.toISOString() };
  return {
    ...inviter,
    state: "open",
    email: guest.email,
    roomName: room.name,
    projectName: room.project.name,
    expiresAt: guest.inviteExpiresAt.toISOString(),
    nda: room.ndaRequired ? { text: room.ndaText, sha256: ndaSha256(room.ndaText) } : null,
  };
}
