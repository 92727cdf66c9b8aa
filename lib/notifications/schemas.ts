import { z } from "zod";
import { notificationPreferencesSchema } from "./notification-preferences";

export const markNotificationReadSchema = z.object({ notificationId: z.uuid("Unknown notification.") });
export type MarkNotificationReadInput = z.infer<typeof markNotificationReadSchema>;

export const updateNotificationPreferencesSchema = notificationPreferencesSchema;
export type UpdateNotificationPreferencesInput = z.infer<typeof updateNotificationPreferencesSchema>;

export const NOTIFICATIONS_PAGE_SIZE = 20;
/** How many the bell's popover shows. */
export const BELL_LATEST_COUNT = 5;
