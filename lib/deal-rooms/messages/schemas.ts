import { z } from "zod";
import { hasNoNul, NUL_MESSAGE } from "@/lib/utils/free-text";
import { ROOM_MESSAGE_MAX_LENGTH, ROOM_MESSAGE_MAX_MENTIONS } from "./room-message-limits";

export const postRoomMessageSchema = z.object({
  roomId: z.uuid("Unknown deal room."),
  /** The thread's first message when replying. */
  parentId: z.uuid("Unknown message.").nullish(),
  body: z
    .string()
    .trim()
    .min(1, "Write the message first.")
    .max(ROOM_MESSAGE_MAX_LENGTH, `A message can be at most ${ROOM_MESSAGE_MAX_LENGTH.toLocaleString("en")} characters.`)
    .refine(hasNoNul, NUL_MESSAGE),
  mentionedUserIds: z
    .array(z.uuid("Unknown person."))
    .max(ROOM_MESSAGE_MAX_MENTIONS, `Mention at most ${ROOM_MESSAGE_MAX_MENTIONS} people.`)
    .default([])
    .transform((ids) => [...new Set(ids)]),
});
export type PostRoomMessageInput = z.output<typeof postRoomMessageSchema>;
