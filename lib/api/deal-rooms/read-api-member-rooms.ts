import "server-only";
import type { ApiKeyActor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { dealRoomsAccess } from "@/lib/deal-rooms/access";
import { listRoomDocumentsOpenTo } from "@/lib/deal-rooms/get-member-room-view";
import { getMemberRoomOrThrow, hasAcceptedCurrentNda } from "@/lib/deal-rooms/get-room-or-throw";
import { ndaSha256 } from "@/lib/deal-rooms/nda-sha256";
import { assertApiFeature } from "../assert-api-feature";
import { afterCursor, decodeCursor, toKeysetPage } from "../keyset-cursor";
import { keyPerson } from "./key-person";

/**
 * The open rooms the key's (investor) org is a current member of, as the deal rooms page lists them
 * (listMemberRooms' rule), newest first by keyset; ndaPending is the key creator's.
 */
export async function listApiMemberRooms(actor: ApiKeyActor, query: { cursor?: string; limit: number }) {
  await assertApiFeature(actor, dealRoomsAccess.read);
  const person = await keyPerson(actor);
  const where = { status: "open" as const, members: { some: { orgId: actor.org.id, removedAt: null } } };
  const rooms = await db.dealRoom.findMany({
    where: query.cursor ? { AND: [where, afterCursor(decodeCursor(query.cursor))] } : where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    include: {
      project: { select: { name: true } },
      allyOrg: { select: { name: true } },
      ndaAcceptances: { where: { userId: person.id }, select: { ndaSha256: true } },
    },
  });
  const { page, nextCursor } = toKeysetPage(rooms, query.limit);
  const data = page.map((room) => ({
    id: room.id,
    name: room.name,
    projectId: room.projectId,
    projectName: room.project.name,
    allyOrgName: room.allyOrg.name,
    ndaPending: room.ndaRequired && !room.ndaAcceptances.some((acceptance) => acceptance.ndaSha256 === ndaSha256(room.ndaText)),
    createdAt: room.createdAt.toISOString(),
  }));
  return { data, nextCursor };
}

/**
 * One room as its member sees it (getMemberRoomView's rule: a current member, the room open, else
 * 404): the documents shared into it that the member may open, listed only once the key's creator
 * has accepted the current NDA (null before, as on the page).
 */
export async function getApiMemberRoom(actor: ApiKeyActor, roomId: string) {
  await assertApiFeature(actor, dealRoomsAccess.read);
  const { room, member } = await getMemberRoomOrThrow(actor, roomId);
  const accepted = await hasAcceptedCurrentNda({ user: await keyPerson(actor) }, room);
  return {
    id: room.id,
    name: room.name,
    projectId: room.projectId,
    projectName: room.project.name,
    allyOrgName: room.allyOrg.name,
    accessLevel: member.accessLevel,
    canSeeFinancial: member.canSeeFinancial,
    nda: { required: room.ndaRequired, text: room.ndaRequired ? room.ndaText : "", sha256: ndaSha256(room.ndaText), accepted },
    documents: accepted ? await listRoomDocumentsOpenTo(room, member) : null,
  };
}
