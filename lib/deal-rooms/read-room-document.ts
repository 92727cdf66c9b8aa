import type { Actor } from "@/lib/auth/actor";
import { accessLogRow } from "@/lib/dataroom/log-document-access";
import { readDocumentFile, type DocumentDownload } from "@/lib/dataroom/read-document-file";
import { db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { assertNdaAccepted, getMemberRoomOrThrow } from "./get-room-or-throw";
import { listRoomDocuments, memberMayOpen } from "./list-room-documents";

/**
 * A document of a deal room, for a member investor: a current member of an open room, NDA accepted,
 * the current version of a shared document the member org may open, and for a download the
 * download permission. Like the marketplace, the access-log row is the ally's (their document,
 * their log) and names the investor and their org.
 */
export async function readRoomDocument(actor: Actor, roomId: string, documentId: string, options: { inline: boolean }): Promise<DocumentDownload> {
  const { room, member } = await getMemberRoomOrThrow(actor, roomId);
  await assertNdaAccepted(actor, room);
  const entry = (await listRoomDocuments(room)).find((candidate) => candidate.current.id === documentId && memberMayOpen(candidate, member));
  if (!entry) throw notFound("Document");
  if (!options.inline && member.accessLevel !== "downloader") {
    throw new AppError("FORBIDDEN", "Your organisation may view this room's documents in the browser, not download them.");
  }
  const document = entry.current;
  const download = await readDocumentFile(document, { name: actor.user.fullName, email: actor.user.email, orgName: actor.org.name, at: new Date() });
  await db.documentAccessLog.create({
    data: accessLogRow({ orgId: room.allyOrgId, userId: actor.user.id, request: actor.request }, document.id, options.inline ? "VIEWED" : "DOWNLOADED", {
      version: document.version,
      watermarked: download.watermarked,
      via: "deal_room",
      dealRoomId: room.id,
      viewerName: actor.user.fullName,
      viewerOrgId: actor.org.id,
      viewerOrgName: actor.org.name,
    }),
  });
  return download;
}
