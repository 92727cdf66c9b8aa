import { auditedWrite, diffChanges } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/db/generated/client";
import { notFound } from "@/lib/errors/app-error";
import { readNotificationPreferences, type NotificationPreferences } from "./notification-preferences";

/**
 * Stores the user's own notification settings under `notifications` in `users.preferences`,
 * keeping every other key of that JSON. The row is locked so two tabs saving at once cannot drop
 * each other's other keys.
 */
export async function updateNotificationPreferences(actor: Actor, input: NotificationPreferences): Promise<NotificationPreferences> {
  return auditedWrite(actor, async (tx) => {
    const [row] = await tx.$queryRaw<{ preferences: Prisma.JsonValue }[]>`
      SELECT preferences FROM users WHERE id = ${actor.user.id}::uuid AND org_id = ${actor.org.id}::uuid FOR UPDATE`;
    if (!row) throw notFound("User");
    const stored = (row.preferences && typeof row.preferences === "object" && !Array.isArray(row.preferences) ? row.preferences : {}) as Prisma.JsonObject;
    const before = readNotificationPreferences(stored);
    const after: NotificationPreferences = { email: { ...input.email }, weeklyDigest: input.weeklyDigest };
    await tx.user.updateMany({ where: { id: actor.user.id, orgId: actor.org.id }, data: { preferences: { ...stored, notifications: after } } });
    return {
      result: after,
      audit: {
        action: "user.notification_preferences_changed",
        entityType: "User",
        entityId: actor.user.id,
        changes: diffChanges({ ...before.email, weeklyDigest: before.weeklyDigest }, { ...after.email, weeklyDigest: after.weeklyDigest }),
      },
    };
  });
}
