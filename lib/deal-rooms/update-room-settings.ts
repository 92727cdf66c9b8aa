import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { emit } from "@/lib/events/emit";
import { getAllyRoomOrThrow } from "./get-room-or-throw";
import { ndaSha256 } from "./nda-sha256";
import type { DealRoomStatus } from "./room-rules";

/** A new NDA text is a new version: acceptances of the old text no longer open the room, so every member user accepts again. */
export async function updateRoomNda(actor: Actor, input: { roomId: string; ndaRequired: boolean; ndaText: string }) {
  const room = await getAllyRoomOrThrow(actor, input.roomId);
  return auditedWrite(actor, async (tx) => {
    const updated = await tx.dealRoom.update({ where: { id: room.id }, data: { ndaRequired: input.ndaRequired, ndaText: input.ndaText } });
    const version = (r: { ndaRequired: boolean; ndaText: string }) => ({ name: room.name, ndaRequired: r.ndaRequired, ndaSha256: ndaSha256(r.ndaText) });
    return {
      result: updated,
      audit: { action: "deal_room.nda_updated", entityType: "DealRoom", entityId: room.id, changes: { before: version(room), after: version(updated) } },
    };
  });
}

/** Closing or archiving shuts every member out (404) and keeps the history; reopening lets current members back in. */
export async function setRoomStatus(actor: Actor, input: { roomId: string; status: DealRoomStatus }) {
  const room = await getAllyRoomOrThrow(actor, input.roomId);
  if (room.status === input.status) throw new AppError("VALIDATION", `The room is already ${input.status}.`);
  return auditedWrite(actor, async (tx) => {
    const { count } = await tx.dealRoom.updateMany({ where: { id: room.id, allyOrgId: actor.org.id, status: room.status }, data: { status: input.status } });
    if (count !== 1) throw new AppError("STALE_WRITE", "The room changed meanwhile. Reload the page.");
    await emit(tx, "deal_room.status_changed", { orgId: actor.org.id, dealRoomId: room.id, projectId: room.projectId, status: input.status });
    return {
      result: { id: room.id, status: input.status },
      audit: {
        action: "deal_room.status_changed",
        entityType: "DealRoom",
        entityId: room.id,
        changes: { before: { name: room.name, status: room.status }, after: { name: room.name, status: input.status } },
      },
    };
  });
}
