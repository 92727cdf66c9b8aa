import type { Actor } from "@/lib/auth/actor";
import { visibleDocumentsWhere } from "@/lib/dataroom/access-rules";
import { db } from "@/lib/db/client";
import { getProjectOrThrow } from "@/lib/projects/get-project-or-throw";
import { listEligibleInvestors, type EligibleInvestorDto } from "./eligible-investors";
import { getAllyRoomOrThrow } from "./get-room-or-throw";
import { listRoomDocuments } from "./list-room-documents";
import { ndaSha256 } from "./nda-sha256";
import { isRoomClassification, ROOM_CLASSIFICATIONS, type DealRoomStatus, type MemberAccessLevel } from "./room-rules";

export type AllyRoomListItemDto = { id: string; name: string; status: DealRoomStatus; memberCount: number; documentCount: number; createdAt: string };

export type AllyRoomViewDto = {
  id: string;
  projectId: string;
  name: string;
  status: DealRoomStatus;
  ndaRequired: boolean;
  ndaText: string;
  ndaSha256: string;
  members: { orgId: string; orgName: string; accessLevel: MemberAccessLevel; canSeeFinancial: boolean; removedAt: string | null }[];
  documents: {
    sharedDocumentId: string;
    currentId: string;
    name: string;
    version: number;
    classification: string | null;
    isFinancial: boolean;
    hiddenFromMembers: boolean;
    sharedByName: string;
  }[];
  acceptances: { id: string; userName: string; orgName: string; typedName: string; ip: string | null; ndaSha256: string; current: boolean; acceptedAt: string }[];
  eligibleInvestors: EligibleInvestorDto[];
  shareable: { id: string; name: string; version: number; classification: string | null }[];
};

export async function listProjectRooms(actor: { org: Pick<Actor["org"], "id"> }, projectId: string): Promise<AllyRoomListItemDto[]> {
  const project = await getProjectOrThrow(actor, projectId);
  const rooms = await db.dealRoom.findMany({
    where: { projectId: project.id, allyOrgId: actor.org.id },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    include: { _count: { select: { members: { where: { removedAt: null } }, documents: true } } },
  });
  return rooms.map((room) => ({
    id: room.id,
    name: room.name,
    status: room.status as DealRoomStatus,
    memberCount: room._count.members,
    documentCount: room._count.documents,
    createdAt: room.createdAt.toISOString(),
  }));
}

/** Everything the ally manages in one room: members and permissions, shared documents as members see them, every NDA acceptance (members' and guests'). */
export async function getAllyRoomView(actor: Actor, roomId: string): Promise<AllyRoomViewDto> {
  const room = await getAllyRoomOrThrow(actor, roomId);
  const currentHash = ndaSha256(room.ndaText);
  const [members, entries, acceptances, eligibleInvestors] = await Promise.all([
    db.dealRoomMember.findMany({ where: { dealRoomId: room.id }, include: { org: { select: { name: true } } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    listRoomDocuments(room),
    db.ndaAcceptance.findMany({
      where: { dealRoomId: room.id },
      orderBy: [{ acceptedAt: "desc" }, { id: "asc" }],
      take: 500,
      include: { user: { select: { fullName: true } }, guest: { select: { email: true } }, org: { select: { name: true } } },
    }),
    listEligibleInvestors(actor, room.projectId),
  ]);
  const shared = await db.dealRoomDocument.findMany({ where: { dealRoomId: room.id }, select: { documentId: true } });
  const shareable = await db.document.findMany({
    where: {
      ...visibleDocumentsWhere(actor),
      projectId: room.projectId,
      status: { not: "UPLOADING" },
      newerVersions: { none: { isDeleted: false } },
      OR: [{ classification: null }, { classification: { in: [...ROOM_CLASSIFICATIONS] } }],
      id: { notIn: [...shared.map((share) => share.documentId), ...entries.map((entry) => entry.current.id)] },
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 200,
    select: { id: true, name: true, version: true, classification: true },
  });
  return {
    id: room.id,
    projectId: room.projectId,
    name: room.name,
    status: room.status as DealRoomStatus,
    ndaRequired: room.ndaRequired,
    ndaText: room.ndaText,
    ndaSha256: currentHash,
    members: members.map((member) => ({
      orgId: member.orgId,
      orgName: member.org.name,
      accessLevel: member.accessLevel as MemberAccessLevel,
      canSeeFinancial: member.canSeeFinancial,
      removedAt: member.removedAt?.toISOString() ?? null,
    })),
    documents: entries.map((entry) => ({
      sharedDocumentId: entry.sharedDocumentId,
      currentId: entry.current.id,
      name: entry.current.name,
      version: entry.current.version,
      classification: entry.current.classification,
      isFinancial: entry.isFinancial,
      hiddenFromMembers: !isRoomClassification(entry.current.classification),
      sharedByName: entry.sharedByName,
    })),
    acceptances: acceptances.map((acceptance) => ({
      id: acceptance.id,
      userName: acceptance.user?.fullName ?? acceptance.typedName,
      orgName: acceptance.guest ? `Guest: ${acceptance.guest.email}` : acceptance.org.name,
      typedName: acceptance.typedName,
      ip: acceptance.ip,
      ndaSha256: acceptance.ndaSha256,
      current: acceptance.ndaSha256 === currentHash,
      acceptedAt: acceptance.acceptedAt.toISOString(),
    })),
    eligibleInvestors,
    shareable,
  };
}
