import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { emit } from "@/lib/events/emit";
import { createNotifications } from "@/lib/notifications/create-notifications";
import { getMessageRoomOrThrow } from "./get-message-room-or-throw";
import { listRoomParticipants } from "./list-room-participants";
import { roomMentionContent } from "./room-message-notification";
import type { PostRoomMessageInput } from "./schemas";

/**
 * A message, or a reply to a thread, in an open room. Mentions must name people of the room;
 * each of them (not the author) is notified after the commit. Audited in the author's org.
 */
export async function postRoomMessage(actor: Actor, input: PostRoomMessageInput) {
  const room = await getMessageRoomOrThrow(actor, input.roomId);
  if (room.status !== "open") throw new AppError("CONFLICT", `The room is ${room.status}: it takes no new messages.`);
  if (input.parentId) {
    const parent = await db.dealRoomMessage.findFirst({ where: { id: input.parentId, dealRoomId: room.id }, select: { parentId: true } });
    if (!parent) throw notFound("Message");
    if (parent.parentId) throw new AppError("VALIDATION", "Reply to the thread's first message.");
  }
  const participants = await listRoomParticipants(room);
  const byId = new Map(participants.map((person) => [person.id, person]));
  if (input.mentionedUserIds.some((id) => !byId.has(id))) {
    throw new AppError("VALIDATION", "Mention only people of this room.", { fieldErrors: { mentionedUserIds: ["Not a person of this room."] } });
  }
  const message = await auditedWrite(actor, async (tx) => {
    const row = await tx.dealRoomMessage.create({
      data: {
        dealRoomId: room.id,
        orgId: actor.org.id,
        authorId: actor.user.id,
        parentId: input.parentId ?? null,
        body: input.body,
        mentionedUserIds: input.mentionedUserIds,
      },
    });
    await emit(tx, "deal_room.message_posted", { orgId: actor.org.id, dealRoomId: room.id, projectId: room.projectId, messageId: row.id });
    return {
      result: row,
      audit: {
        action: "deal_room.message_posted",
        entityType: "DealRoom",
        entityId: room.id,
        changes: { after: { name: room.name, messageId: row.id, reply: row.parentId !== null, mentioned: input.mentionedUserIds.map((id) => byId.get(id)!.name) } },
      },
    };
  });
  await notifyMentioned(actor, room, message, input.mentionedUserIds);
  return message;
}

async function notifyMentioned(actor: Actor, room: Awaited<ReturnType<typeof getMessageRoomOrThrow>>, message: { id: string; body: string }, userIds: string[]) {
  const people = await db.user.findMany({ where: { id: { in: userIds.filter((id) => id !== actor.user.id) }, isActive: true }, select: { id: true, orgId: true } });
  for (const side of ["ally", "member"] as const) {
    const recipients = people.filter((person) => (person.orgId === room.allyOrgId) === (side === "ally")).map((person) => ({ orgId: person.orgId, userId: person.id }));
    const facts = { messageId: message.id, roomId: room.id, projectId: room.projectId, roomName: room.name, authorName: actor.user.fullName, body: message.body };
    await createNotifications(recipients, roomMentionContent({ ...facts, recipientSide: side }));
  }
}
