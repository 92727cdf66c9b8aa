"use server";

import { revalidatePath } from "next/cache";
import { orgActionClient } from "@/lib/auth/action-clients";
import { dealRoomsAccess } from "../access";
import { postRoomMessage } from "./post-room-message";
import { postRoomMessageSchema } from "./schemas";

export const postRoomMessageAction = orgActionClient
  .metadata({ actionName: "postRoomMessage", access: dealRoomsAccess.message })
  .inputSchema(postRoomMessageSchema)
  .action(async ({ parsedInput, ctx }) => {
    const message = await postRoomMessage(ctx.actor, parsedInput);
    revalidatePath(`/deal-rooms/${parsedInput.roomId}`);
    revalidatePath("/projects/[projectId]/deal-rooms/[roomId]", "page");
    return { id: message.id };
  });
