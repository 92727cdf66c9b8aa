"use server";

import { revalidatePath } from "next/cache";
import { authActionClient } from "@/lib/auth/action-clients";
import { markAllNotificationsRead } from "./mark-all-notifications-read";
import { markNotificationRead } from "./mark-notification-read";
import { markNotificationReadSchema, updateNotificationPreferencesSchema } from "./schemas";
import { updateNotificationPreferences } from "./update-notification-preferences";

// The inbox is the signed-in user's own, whatever their role: these actions need a session, no
// org permission, and every query is scoped to the session's user and org (lib/notifications/inbox-scope.ts).

export const markNotificationReadAction = authActionClient
  .metadata({ actionName: "markNotificationRead" })
  .inputSchema(markNotificationReadSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await markNotificationRead(ctx.actor, parsedInput.notificationId);
    revalidatePath("/notifications");
    return result;
  });

export const markAllNotificationsReadAction = authActionClient.metadata({ actionName: "markAllNotificationsRead" }).action(async ({ ctx }) => {
  const result = await markAllNotificationsRead(ctx.actor);
  revalidatePath("/notifications");
  return result;
});

export const updateNotificationPreferencesAction = authActionClient
  .metadata({ actionName: "updateNotificationPreferences" })
  .inputSchema(updateNotificationPreferencesSchema)
  .action(async ({ parsedInput, ctx }) => updateNotificationPreferences(ctx.actor, parsedInput));
