"use server";

import { revalidatePath } from "next/cache";
import { orgActionClient } from "@/lib/auth/action-clients";
import { acceptNda } from "./accept-nda";
import { dealRoomsAccess } from "./access";
import { inviteRoomMember, removeRoomMember } from "./manage-room-members";
import { openDealRoom } from "./open-deal-room";
import { acceptNdaSchema, inviteMemberSchema, openDealRoomSchema, removeMemberSchema, roomDocumentSchema, setRoomStatusSchema, updateNdaSchema } from "./schemas";
import { shareRoomDocument, unshareRoomDocument } from "./share-room-documents";
import { setRoomStatus, updateRoomNda } from "./update-room-settings";

const revalidateAllyRoom = (projectId: string, roomId: string) => {
  revalidatePath(`/projects/${projectId}/deal-rooms`);
  revalidatePath(`/projects/${projectId}/deal-rooms/${roomId}`);
};

export const openDealRoomAction = orgActionClient
  .metadata({ actionName: "openDealRoom", access: dealRoomsAccess.manage })
  .inputSchema(openDealRoomSchema)
  .action(async ({ parsedInput, ctx }) => {
    const room = await openDealRoom(ctx.actor, parsedInput);
    revalidateAllyRoom(room.projectId, room.id);
    return { id: room.id, projectId: room.projectId };
  });

export const inviteRoomMemberAction = orgActionClient
  .metadata({ actionName: "inviteRoomMember", access: dealRoomsAccess.manage })
  .inputSchema(inviteMemberSchema)
  .action(async ({ parsedInput, ctx }) => {
    const member = await inviteRoomMember(ctx.actor, parsedInput);
    revalidatePath("/projects", "layout");
    return { orgId: member.orgId };
  });

export const removeRoomMemberAction = orgActionClient
  .metadata({ actionName: "removeRoomMember", access: dealRoomsAccess.manage })
  .inputSchema(removeMemberSchema)
  .action(async ({ parsedInput, ctx }) => {
    const removed = await removeRoomMember(ctx.actor, parsedInput);
    revalidatePath("/projects", "layout");
    return removed;
  });

export const shareRoomDocumentAction = orgActionClient
  .metadata({ actionName: "shareRoomDocument", access: dealRoomsAccess.manage })
  .inputSchema(roomDocumentSchema)
  .action(async ({ parsedInput, ctx }) => {
    const share = await shareRoomDocument(ctx.actor, parsedInput);
    revalidatePath("/projects", "layout");
    return { documentId: share.documentId, isFinancial: share.isFinancial };
  });

export const unshareRoomDocumentAction = orgActionClient
  .metadata({ actionName: "unshareRoomDocument", access: dealRoomsAccess.manage })
  .inputSchema(roomDocumentSchema)
  .action(async ({ parsedInput, ctx }) => {
    const removed = await unshareRoomDocument(ctx.actor, parsedInput);
    revalidatePath("/projects", "layout");
    return removed;
  });

export const updateRoomNdaAction = orgActionClient
  .metadata({ actionName: "updateRoomNda", access: dealRoomsAccess.manage })
  .inputSchema(updateNdaSchema)
  .action(async ({ parsedInput, ctx }) => {
    const room = await updateRoomNda(ctx.actor, parsedInput);
    revalidateAllyRoom(room.projectId, room.id);
    return { ndaRequired: room.ndaRequired };
  });

export const setRoomStatusAction = orgActionClient
  .metadata({ actionName: "setRoomStatus", access: dealRoomsAccess.manage })
  .inputSchema(setRoomStatusSchema)
  .action(async ({ parsedInput, ctx }) => {
    const room = await setRoomStatus(ctx.actor, parsedInput);
    revalidatePath("/projects", "layout");
    return room;
  });

export const acceptNdaAction = orgActionClient
  .metadata({ actionName: "acceptNda", access: dealRoomsAccess.acceptNda })
  .inputSchema(acceptNdaSchema)
  .action(async ({ parsedInput, ctx }) => {
    const acceptance = await acceptNda(ctx.actor, parsedInput);
    revalidatePath("/deal-rooms");
    revalidatePath(`/deal-rooms/${parsedInput.roomId}`);
    return { acceptedAt: acceptance.acceptedAt.toISOString() };
  });
