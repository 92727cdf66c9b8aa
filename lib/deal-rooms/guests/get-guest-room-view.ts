import { ndaSha256 } from "../nda-sha256";
import { listRoomDocumentsOpenTo, type MemberRoomDocumentDto } from "../get-member-room-view";
import type { MemberAccessLevel } from "../room-rules";
import { getGuestRoomOrThrow, guestHasAcceptedCurrentNda } from "./get-guest-room-or-throw";

export type GuestRoomViewDto = {
  id: string;
  name: string;
  projectName: string;
  allyOrgName: string;
  guest: { name: string; email: string; accessLevel: MemberAccessLevel };
  /** Set while the guest has not accepted the room's current NDA (the developer changed it since they joined). */
  ndaToAccept: { text: string; sha256: string } | null;
  /** Null until the current NDA is accepted: nothing in the room is listed before. */
  documents: MemberRoomDocumentDto[] | null;
};

/** The room as its guest sees it: the documents their permissions open, under the same rules as a member org's. */
export async function getGuestRoomView(sessionCookie: string | undefined, roomId: string): Promise<GuestRoomViewDto> {
  const { room, guest } = await getGuestRoomOrThrow(sessionCookie, roomId);
  const accepted = await guestHasAcceptedCurrentNda(guest.id, room);
  const documents = accepted ? await listRoomDocumentsOpenTo(room, guest) : null;
  return {
    id: room.id,
    name: room.name,
    projectName: room.project.name,
    allyOrgName: room.allyOrg.name,
    guest: { name: guest.name ?? guest.email, email: guest.email, accessLevel: guest.accessLevel as MemberAccessLevel },
    ndaToAccept: accepted ? null : { text: room.ndaText, sha256: ndaSha256(room.ndaText) },
    documents,
  };
}
