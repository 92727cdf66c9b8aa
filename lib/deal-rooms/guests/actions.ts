"use server";

import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { actionClient, orgActionClient } from "@/lib/auth/action-clients";
import { getRequestMeta } from "@/lib/auth/request-meta";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { dealRoomsAccess } from "../access";
import { acceptGuestNda } from "./accept-guest-nda";
import { guestCookieName, guestRoomPath } from "./guest-rules";
import { acceptGuestNdaSchema, inviteGuestSchema, redeemGuestInviteSchema, removeGuestSchema } from "./guest-schemas";
import { inviteRoomGuest } from "./invite-room-guest";
import { redeemGuestInvite } from "./redeem-guest-invite";
import { removeRoomGuest } from "./remove-room-guest";

export const inviteRoomGuestAction = orgActionClient
  .metadata({ actionName: "inviteRoomGuest", access: dealRoomsAccess.manage })
  .inputSchema(inviteGuestSchema)
  .action(async ({ parsedInput, ctx }) => {
    const invite = await inviteRoomGuest(ctx.actor, parsedInput);
    revalidatePath("/projects", "layout");
    return invite;
  });

export const removeRoomGuestAction = orgActionClient
  .metadata({ actionName: "removeRoomGuest", access: dealRoomsAccess.manage })
  .inputSchema(removeGuestSchema)
  .action(async ({ parsedInput, ctx }) => {
    const removed = await removeRoomGuest(ctx.actor, parsedInput);
    revalidatePath("/projects", "layout");
    return removed;
  });

/** Public: the invite token is the credential. Counted per address first, so guessing tokens spends the allowance. */
export const redeemGuestInviteAction = actionClient
  .metadata({ actionName: "redeemGuestInvite" })
  .inputSchema(redeemGuestInviteSchema)
  .action(async ({ parsedInput }) => {
    const request = await getRequestMeta();
    await consumeRateLimit("share-open", { ip: request.ipAddress });
    const { roomId, session } = await redeemGuestInvite(parsedInput, request);
    (await cookies()).set(guestCookieName(roomId), session.value, {
      httpOnly: true,
      sameSite: "lax",
      secure: process.env.NODE_ENV === "production" && process.env.LOCAL_SESSION_INSECURE !== "1",
      path: "/",
      expires: session.expiresAt,
    });
    redirect(guestRoomPath(roomId));
  });

/** Public: the room's guest cookie is the credential. */
export const acceptGuestNdaAction = actionClient
  .metadata({ actionName: "acceptGuestNda" })
  .inputSchema(acceptGuestNdaSchema)
  .action(async ({ parsedInput }) => {
    const cookie = (await cookies()).get(guestCookieName(parsedInput.roomId))?.value;
    const acceptance = await acceptGuestNda(cookie, parsedInput, await getRequestMeta());
    revalidatePath(guestRoomPath(parsedInput.roomId));
    return { acceptedAt: acceptance.acceptedAt.toISOString() };
  });
