import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { getMemberRoomOrThrow, hasAcceptedCurrentNda } from "./get-room-or-throw";
import { listRoomDocuments, memberMayOpen } from "./list-room-documents";
import { ndaSha256 } from "./nda-sha256";
import type { MemberAccessLevel } from "./room-rules";

export type MemberRoomDocumentDto = { id: string; name: string; fileType: string; fileSizeBytes: number; version: number; updatedAt: string; isFinancial: boolean };

export type MemberRoomViewDto = {
  id: string;
  name: string;
  projectId: string;
  projectName: string;
  allyOrgId: string;
  allyOrgName: string;
  accessLevel: MemberAccessLevel;
  canSeeFinancial: boolean;
  nda: { required: boolean; text: string; sha256: string; accepted: boolean };
  /** Null until the NDA is accepted: nothing in the room is listed before. */
  documents: MemberRoomDocumentDto[] | null;
};

export type MemberRoomListItemDto = { id: string; name: string; projectName: string; allyOrgName: string; ndaPending: boolean };

/** The room's documents a member (an org, or an outside guest) may open, each at its current version. */
export async function listRoomDocumentsOpenTo(room: { id: string; allyOrgId: string }, member: { canSeeFinancial: boolean }): Promise<MemberRoomDocumentDto[]> {
  return (await listRoomDocuments(room))
    .filter((entry) => memberMayOpen(entry, member))
    .map(({ current, isFinancial }) => ({
      id: current.id,
      name: current.name,
      fileType: current.fileType,
      fileSizeBytes: current.fileSizeBytes,
      version: current.version,
      updatedAt: current.updatedAt.toISOString(),
      isFinancial,
    }));
}

export async function getMemberRoomView(actor: Actor, roomId: string): Promise<MemberRoomViewDto> {
  const { room, member } = await getMemberRoomOrThrow(actor, roomId);
  const accepted = await hasAcceptedCurrentNda(actor, room);
  const documents = accepted ? await listRoomDocumentsOpenTo(room, member) : null;
  return {
    id: room.id,
    name: room.name,
    projectId: room.projectId,
    projectName: room.project.name,
    allyOrgId: room.allyOrgId,
    allyOrgName: room.allyOrg.name,
    accessLevel: member.accessLevel as MemberAccessLevel,
    canSeeFinancial: member.canSeeFinancial,
    nda: { required: room.ndaRequired, text: room.ndaRequired ? room.ndaText : "", sha256: ndaSha256(room.ndaText), accepted },
    documents,
  };
}

/** The open rooms the user's org is a current member of, newest first. */
export async function listMemberRooms(actor: Actor): Promise<MemberRoomListItemDto[]> {
  const rooms = await db.dealRoom.findMany({
    where: { status: "open", members: { some: { orgId: actor.org.id, removedAt: null } } },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: 200,
    include: {
      project: { select: { name: true } },
      allyOrg: { select: { name: true } },
      ndaAcceptances: { where: { userId: actor.user.id }, select: { ndaSha256: true } },
    },
  });
  return rooms.map((room) => ({
    id: room.id,
    name: room.name,
    projectName: room.project.name,
    allyOrgName: room.allyOrg.name,
    ndaPending: room.ndaRequired && !room.ndaAcceptances.some((acceptance) => acceptance.ndaSha256 === ndaSha256(room.ndaText)),
  }));
}
