import type { Actor } from "@/lib/auth/actor";
import { notFound } from "@/lib/errors/app-error";
import { getMemberRoomOrThrow, hasAcceptedCurrentNda } from "../get-room-or-throw";
import { type MemberRoomDocument, findMemberRoomDocument } from "./find-member-room-document";

export type MemberRoomDocumentViewDto =
  | { ndaPending: true; roomId: string }
  | { ndaPending: false; room: { id: string; name: string; projectName: string }; document: MemberRoomDocument; canDownload: boolean };

/**
 * The viewer page of a room's document, for a member investor: the same rules as the file route
 * (404 for anything not open to the org); before the NDA the page sends the reader to the room's gate.
 */
export async function getMemberRoomDocumentView(actor: Actor, roomId: string, documentId: string): Promise<MemberRoomDocumentViewDto> {
  const { room, member } = await getMemberRoomOrThrow(actor, roomId);
  if (!(await hasAcceptedCurrentNda(actor, room))) return { ndaPending: true, roomId: room.id };
  const document = await findMemberRoomDocument(room, member, documentId);
  if (!document) throw notFound("Document");
  return { ndaPending: false, room: { id: room.id, name: room.name, projectName: room.project.name }, document, canDownload: member.accessLevel === "downloader" };
}
