import { z } from "zod";
import { NOTIFICATION_KINDS, type NotificationKind } from "./notification-kinds";

/**
 * A user's notification settings, kept under `notifications` in `users.preferences` (the rest of
 * that JSON belongs to other features and is left alone). Mail goes by default only for what asks
 * something of the user or concerns them directly; the weekly digest is opt-in. Safe for client
 * components: no database here.
 */
export const DEFAULT_EMAIL_KINDS: Record<NotificationKind, boolean> = { action_required: true, warning: true, mention: true, info: false, system: false };

export const notificationPreferencesSchema = z.object({
  email: z.object(Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, z.boolean()])) as Record<NotificationKind, z.ZodBoolean>),
  weeklyDigest: z.boolean(),
});
export type NotificationPreferences = z.infer<typeof notificationPreferencesSchema>;

export const DEFAULT_NOTIFICATION_PREFERENCES: NotificationPreferences = { email: DEFAULT_EMAIL_KINDS, weeklyDigest: false };

/** The stored settings over the defaults; anything malformed in storage falls back to the default, key by key. */
export function readNotificationPreferences(preferences: unknown): NotificationPreferences {
  const stored = (preferences as { notifications?: { email?: Record<string, unknown>; weeklyDigest?: unknown } } | null)?.notifications;
  const email = { ...DEFAULT_EMAIL_KINDS };
  for (const kind of NOTIFICATION_KINDS) {
    const value = stored?.email?.[kind];
    if (typeof value === "boolean") email[kind] = value;
  }
  return { email, weeklyDigest: typeof stored?.weeklyDigest === "boolean" ? stored.weeklyDigest : DEFAULT_NOTIFICATION_PREFERENCES.weeklyDigest };
}

export function wantsEmail(preferences: unknown, kind: NotificationKind): boolean {
  return readNotificationPreferences(preferences).email[kind];
}
