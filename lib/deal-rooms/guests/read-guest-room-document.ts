import type { RequestMeta } from "@/lib/auth/tenant-context";
import { accessLogRow } from "@/lib/dataroom/log-document-access";
import { readDocumentFile, type DocumentDownload } from "@/lib/dataroom/read-document-file";
import { db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { listRoomDocuments, memberMayOpen } from "../list-room-documents";
import { getGuestRoomOrThrow, guestHasAcceptedCurrentNda } from "./get-guest-room-or-throw";

/**
 * A document of the room for its guest, under a member's rules (current version, classification,
 * financial permission, download permission, NDA first). The copy is stamped with the guest's name
 * and address, and the developer's access log names them.
 */
export async function readGuestRoomDocument(
  sessionCookie: string | undefined,
  roomId: string,
  documentId: string,
  options: { inline: boolean; request: RequestMeta },
): Promise<DocumentDownload> {
  const { room, guest } = await getGuestRoomOrThrow(sessionCookie, roomId);
  if (!(await guestHasAcceptedCurrentNda(guest.id, room))) throw new AppError("FORBIDDEN", "Accept this room's NDA before opening its documents.");
  const entry = (await listRoomDocuments(room)).find((candidate) => candidate.current.id === documentId && memberMayOpen(candidate, guest));
  if (!entry) throw notFound("Document");
  if (!options.inline && guest.accessLevel !== "downloader") {
    throw new AppError("FORBIDDEN", "Your invitation lets you view this room's documents in the browser, not download them.");
  }
  const document = entry.current;
  const name = guest.name ?? guest.email;
  const download = await readDocumentFile(document, { name, email: guest.email, orgName: `Guest of ${room.allyOrg.name}`, at: new Date() });
  await db.documentAccessLog.create({
    data: accessLogRow({ orgId: room.allyOrgId, userId: null, request: options.request }, document.id, options.inline ? "VIEWED" : "DOWNLOADED", {
      version: document.version,
      watermarked: download.watermarked,
      via: "deal_room",
      dealRoomId: room.id,
      guestId: guest.id,
      viewerName: name,
      viewerEmail: guest.email,
    }),
  });
  return download;
}
