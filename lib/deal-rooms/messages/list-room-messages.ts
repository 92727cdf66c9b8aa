import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { getMessageRoomOrThrow } from "./get-message-room-or-throw";
import { ROOM_THREADS_SHOWN } from "./room-message-limits";

export type RoomMessageDto = { id: string; body: string; authorName: string; orgName: string; fromAlly: boolean; mentioned: string[]; createdAt: string };
export type RoomThreadDto = RoomMessageDto & { replies: RoomMessageDto[] };
export type RoomMessagesDto = { threads: RoomThreadDto[]; totalThreads: number };

const include = { author: { select: { fullName: true } }, org: { select: { name: true } } } as const;

/**
 * A room's latest threads, oldest first as a conversation reads, each with its replies. Mentions
 * are named from the users table, so a renamed person reads under the new name.
 */
export async function listRoomMessages(scope: Pick<TenantContext, "org" | "user">, roomId: string): Promise<RoomMessagesDto> {
  const room = await getMessageRoomOrThrow(scope, roomId);
  const where = { dealRoomId: room.id, parentId: null };
  const [latest, totalThreads] = await Promise.all([
    db.dealRoomMessage.findMany({ where, include, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: ROOM_THREADS_SHOWN }),
    db.dealRoomMessage.count({ where }),
  ]);
  const threads = latest.reverse();
  const replies = await db.dealRoomMessage.findMany({
    where: { dealRoomId: room.id, parentId: { in: threads.map((thread) => thread.id) } },
    include,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const mentionedIds = [...new Set([...threads, ...replies].flatMap((message) => message.mentionedUserIds))];
  const names = new Map((await db.user.findMany({ where: { id: { in: mentionedIds } }, select: { id: true, fullName: true } })).map((user) => [user.id, user.fullName]));
  const toDto = (message: (typeof replies)[number]): RoomMessageDto => ({
    id: message.id,
    body: message.body,
    authorName: message.author.fullName,
    orgName: message.org.name,
    fromAlly: message.orgId === room.allyOrgId,
    mentioned: message.mentionedUserIds.flatMap((id) => (names.has(id) ? [names.get(id)!] : [])),
    createdAt: message.createdAt.toISOString(),
  });
  return {
    threads: threads.map((thread) => ({ ...toDto(thread), replies: replies.filter((reply) => reply.parentId === thread.id).map(toDto) })),
    totalThreads,
  };
}
