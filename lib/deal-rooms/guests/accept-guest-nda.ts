import { auditedWrite } from "@/lib/audit/audited-write";
import { guestActor } from "@/lib/auth/actor";
import type { RequestMeta } from "@/lib/auth/tenant-context";
import { AppError } from "@/lib/errors/app-error";
import { ndaSha256 } from "../nda-sha256";
import { getGuestRoomOrThrow, guestHasAcceptedCurrentNda } from "./get-guest-room-or-throw";
import type { AcceptGuestNdaInput } from "./guest-schemas";

/** A guest already in the room accepts an NDA the developer changed after they joined. */
export async function acceptGuestNda(sessionCookie: string | undefined, input: AcceptGuestNdaInput, request: RequestMeta) {
  const { room, guest } = await getGuestRoomOrThrow(sessionCookie, input.roomId);
  if (!room.ndaRequired || !room.ndaText.trim()) throw new AppError("VALIDATION", "This room has no NDA to accept.");
  if (await guestHasAcceptedCurrentNda(guest.id, room)) throw new AppError("CONFLICT", "You have already accepted this NDA.");
  const hash = ndaSha256(room.ndaText);
  if (input.ndaSha256 !== hash) throw new AppError("STALE_WRITE", "The NDA changed while you were reading it. Read the new text and accept again.");
  const typedName = input.typedName.trim();
  return auditedWrite(guestActor(guest.orgId, guest, request), async (tx) => {
    const acceptance = await tx.ndaAcceptance.create({
      data: {
        dealRoomId: room.id,
        guestId: guest.id,
        orgId: guest.orgId,
        typedName,
        ip: request.ipAddress?.slice(0, 45) ?? null,
        userAgent: request.userAgent?.slice(0, 500) ?? null,
        ndaSha256: hash,
      },
    });
    return {
      result: acceptance,
      audit: {
        action: "deal_room.guest_nda_accepted",
        entityType: "DealRoom",
        entityId: room.id,
        changes: { after: { name: room.name, guestEmail: guest.email, typedName, ndaSha256: hash } },
      },
    };
  });
}
